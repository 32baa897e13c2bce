using System.CommandLine;
using Sahel.Cli.Infrastructure;

namespace Sahel.Cli.Commands.Completions;

/// <summary>`sahel completions SHELL`: a completion script generated from the command tree.</summary>
public static class CompletionsCommand
{
    public static readonly IReadOnlyList<string> Shells = ["bash", "zsh", "fish", "pwsh"];

    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment, Func<RootCommand> root)
    {
        var shell = new Argument<string>("SHELL") { Description = "bash, zsh, fish or pwsh" };
        shell.AcceptOnlyFromAmong([.. Shells]);
        var command = new SahelCommand("completions", "Print a shell completion script generated from the command tree",
            "source <(sahel completions bash)",
            "sahel completions fish > ~/.config/fish/completions/sahel.fish",
            "sahel completions zsh > \"${fpath[1]}/_sahel\"") { shell };
        command.SetHandler(globals, environment, (parse, context, _) =>
        {
            context.Out.Write(Generate(parse.GetValue(shell)!, root()));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    public static string Generate(string shell, RootCommand root)
    {
        var model = CompletionModel.From(root);
        return shell switch
        {
            "bash" => BashCompletionScript.Generate(model),
            "zsh" => ZshCompletionScript.Generate(model),
            "fish" => FishCompletionScript.Generate(model),
            _ => PwshCompletionScript.Generate(model),
        };
    }

    public static string FileName(string shell) => shell switch
    {
        "bash" => "sahel.bash",
        "zsh" => "_sahel",
        "fish" => "sahel.fish",
        _ => "sahel.ps1",
    };
}
