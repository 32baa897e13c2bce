using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;

namespace Sahel.Cli.Commands.Completions;

/// <summary>
/// The command tree flattened for completion scripts: every command path with its subcommands and options,
/// and for each option whether it takes a value, and which (fixed values, a file, or free text).
/// Scripts are generated from this, never written by hand, so they cannot drift from the parser.
/// </summary>
public sealed record CompletionModel(IReadOnlyList<CompletionNode> Nodes)
{
    public static CompletionModel From(RootCommand root)
    {
        var nodes = new List<CompletionNode>();
        Walk(root, "sahel", [], nodes);
        return new CompletionModel(nodes);
    }

    private static void Walk(Command command, string path, IReadOnlyList<Option> inherited, List<CompletionNode> nodes)
    {
        var recursive = inherited.Concat(command.Options.Where(o => o.Recursive)).ToList();
        var options = command.Options.Where(o => !o.Recursive).Concat(recursive).Where(o => !o.Hidden)
            .Select(Describe).ToList();
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();
        nodes.Add(new CompletionNode(path, command.Description ?? "",
            subcommands.Select(c => new CompletionWord(c.Name, c.Description ?? "")).ToList(), options,
            command.Arguments.Any(a => a.ValueType == typeof(string) && (a.Name is "FILE" or "URL")),
            ArgumentValues(command)));
        foreach (var sub in subcommands)
            Walk(sub, path + " " + sub.Name, recursive, nodes);
    }

    /// <summary>The fixed values of the command's arguments (`sahel completions bash|zsh|fish|pwsh`).</summary>
    private static List<string> ArgumentValues(Command command) =>
        command.Arguments.Where(a => a.ValueType == typeof(string))
            .SelectMany(a => a.GetCompletions(CompletionContext.Empty)).Select(c => c.Label).Distinct().ToList();

    private static CompletionOption Describe(Option option)
    {
        // Only the Unix spellings: `/?` and `/h` are accepted for Windows habits but are noise in a Unix shell.
        var names = new[] { option.Name }.Concat(option.Aliases.Order(StringComparer.Ordinal))
            .Where(n => n.StartsWith('-')).Distinct().ToList();
        if (option.ValueType == typeof(bool) || option is HelpOption or VersionOption)
            return new CompletionOption(names, option.Description ?? "", ValueKind.None, []);
        var values = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        var kind = values.Count > 0 ? ValueKind.Fixed
            : option.HelpName is "FILE" or "PATH" ? ValueKind.File
            : ValueKind.Text;
        return new CompletionOption(names, option.Description ?? "", kind, values);
    }
}

public sealed record CompletionNode(string Path, string Description, IReadOnlyList<CompletionWord> Subcommands, IReadOnlyList<CompletionOption> Options, bool TakesFileArgument, IReadOnlyList<string> ArgumentValues);

public sealed record CompletionWord(string Name, string Description);

public sealed record CompletionOption(IReadOnlyList<string> Names, string Description, ValueKind Kind, IReadOnlyList<string> Values);

public enum ValueKind
{
    None,
    Fixed,
    File,
    Text,
}
