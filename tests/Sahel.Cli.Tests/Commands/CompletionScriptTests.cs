using Sahel.Cli.Commands.Completions;
using Sahel.Cli.Infrastructure;
using Sahel.Cli.Terminal;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>
/// completions/ holds the generated scripts; this fails when they no longer match the command tree.
/// Regenerate with `scripts/update-completions.sh`.
/// </summary>
public sealed class CompletionScriptTests
{
    public static TheoryData<string> Shells => [.. CompletionsCommand.Shells];

    [Theory]
    [MemberData(nameof(Shells))]
    public void CheckedInScript_MatchesTheCommandTree(string shell)
    {
        var generated = CompletionsCommand.Generate(shell, CommandTree.Build(Environment()));
        var path = Path.Combine(RepoPaths.Root, "completions", CompletionsCommand.FileName(shell));
        Assert.True(File.Exists(path), $"{path} is missing: run scripts/update-completions.sh");
        Assert.True(File.ReadAllText(path) == generated, $"{path} is stale: run scripts/update-completions.sh");
    }

    [Fact]
    public void Bash_CompletesEveryCommandAndFormatValue()
    {
        var script = CompletionsCommand.Generate("bash", CommandTree.Build(Environment()));
        foreach (var word in (string[])["feeds", "fetch", "stories", "timeline", "sweep", "completions", "import", "export"])
            Assert.Contains(word, script);
        Assert.Contains("\"sahel timeline|--format\") COMPREPLY=($(compgen -W \"atom geojson json jsonfeed md\"", script);
        Assert.Contains("\"sahel stories|--format\") COMPREPLY=($(compgen -W \"csv json ndjson table\"", script);
        Assert.Contains("\"sahel sweep|--feeds\") COMPREPLY=($(compgen -f", script);
    }

    [Fact]
    public void BashScript_IsValidSyntax()
    {
        var path = Path.Combine(RepoPaths.Root, "completions", "sahel.bash");
        using var bash = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", ["-n", path]) { RedirectStandardError = true })!;
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        Assert.True(bash.ExitCode == 0, errors);
    }

    private static CliEnvironment Environment() =>
        new() { Streams = new ConsoleStreams(TextWriter.Null, TextWriter.Null, false, false) };
}
