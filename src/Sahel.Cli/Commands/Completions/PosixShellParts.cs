using System.Text;

namespace Sahel.Cli.Commands.Completions;

/// <summary>
/// What the bash and zsh scripts share: walking the words typed so far to find the command path, and
/// completing an option's value from the previous word. Only the words' variables and the actions differ.
/// </summary>
internal static class PosixShellParts
{
    /// <param name="firstWord">Index of the first word after `sahel` (bash 1, zsh 2).</param>
    /// <param name="current">The index variable of the word being completed.</param>
    /// <param name="words">The array of typed words.</param>
    public static void AppendPathWalk(StringBuilder script, CompletionModel model, int firstWord, string current, string words)
    {
        script.AppendLine($"    for ((i = {firstWord}; i < {current}; i++)); do");
        script.AppendLine($"        w=\"${{{words}[i]}}\"");
        script.AppendLine("        case \"$cmdpath $w\" in");
        foreach (var node in model.Nodes.Skip(1))
            script.AppendLine($"            \"{node.Path}\") cmdpath=\"{node.Path}\" ;;");
        script.AppendLine("        esac");
        script.AppendLine("    done");
    }

    /// <summary>A case over "path|previous word" that completes option values, with the shell's own actions.</summary>
    public static void AppendOptionValues(StringBuilder script, CompletionModel model, Func<CompletionOption, string> action)
    {
        script.AppendLine("    case \"$cmdpath|$prev\" in");
        foreach (var node in model.Nodes)
        {
            foreach (var option in node.Options.Where(o => o.Kind != ValueKind.None))
            {
                var pattern = string.Join('|', option.Names.Select(n => $"\"{node.Path}|{n}\""));
                script.AppendLine($"        {pattern}) {action(option)}");
            }
        }
        script.AppendLine("    esac");
    }
}
