using Sahel.Cli.Commands.Completions;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>
/// Each checked-in script in completions/, sourced by its real shell and asked for completions the way the
/// shell would ask: bash through COMP_WORDS/COMP_CWORD and the registered function, fish through its own
/// engine (`complete -C`), PowerShell through TabExpansion2. zsh's engine only runs inside a line editor, so the
/// script runs in real zsh with compadd/_describe/_files replaced by functions that print what they were given.
/// A shell that is not installed is skipped with its name (pwsh is not in Debian).
/// </summary>
public sealed class CompletionShellTests
{
    public static TheoryData<string> Shells => ["bash", "zsh", "fish", "pwsh"];

    [SkippableTheory]
    [MemberData(nameof(Shells))]
    public void CompletionsCommand_OffersTheShellNames(string shell)
    {
        var offered = Complete(shell, "sahel", "completions", "");
        Assert.Superset(new HashSet<string> { "bash", "zsh", "fish", "pwsh" }, offered.ToHashSet());
    }

    [SkippableTheory]
    [MemberData(nameof(Shells))]
    public void TopLevel_OffersTheCommands(string shell)
    {
        var offered = Complete(shell, "sahel", "");
        Assert.Superset(new HashSet<string> { "feeds", "fetch", "timeline", "sweep", "diff", "completions" }, offered.ToHashSet());
        Assert.DoesNotContain(offered, word => word.StartsWith('/'));
    }

    [SkippableTheory]
    [MemberData(nameof(Shells))]
    public void Options_AreOfferedInUnixSpellingOnly(string shell)
    {
        var offered = Complete(shell, "sahel", "timeline", "-");
        Assert.Superset(new HashSet<string> { "--help", "-h", "--since", "--format", "--db" }, offered.ToHashSet());
        Assert.DoesNotContain("/?", offered);
        Assert.DoesNotContain("/h", offered);
    }

    [SkippableTheory]
    [MemberData(nameof(Shells))]
    public void OptionValue_OffersTheFixedValues(string shell)
    {
        // Only the option's values: no options, no commands, no files. (Formats may be added; none removed.)
        var offered = Complete(shell, "sahel", "stories", "--format", "");
        Assert.Superset(new HashSet<string> { "json", "ndjson", "table" }, offered.ToHashSet());
        Assert.DoesNotContain(offered, word => word.StartsWith('-') || word is "feeds" or "timeline");
        Assert.Equal(offered.Count, offered.Distinct().Count());
    }

    [SkippableTheory]
    [MemberData(nameof(Shells))]
    public void Subcommands_AreOfferedAfterTheirParent(string shell)
    {
        var offered = Complete(shell, "sahel", "feeds", "");
        Assert.Superset(new HashSet<string> { "list", "add", "remove", "import", "export" }, offered.ToHashSet());
        Assert.DoesNotContain("timeline", offered);
    }

    [SkippableFact]
    public void Fish_SourcesTheScriptWithoutAnError()
    {
        var fish = Require("fish");
        var result = ExternalProgram.Run(fish, ["--no-config", "-c", $"source '{Script("fish")}'"]);
        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, result.ToString());
    }

    [SkippableFact]
    public void Zsh_SourcesTheScriptUnderCompinit_AndRegistersIt()
    {
        var zsh = Require("zsh");
        var home = Path.Combine(Path.GetTempPath(), "sahel-zsh-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(home);
        try
        {
            var result = ExternalProgram.Run(zsh, ["-f", "-c",
                $"autoload -U compinit && compinit -u -d '{home}/zcompdump' && source '{Script("zsh")}' && print -r -- $_comps[sahel]"]);
            Assert.True(result.ExitCode == 0 && result.Error.Length == 0, result.ToString());
            Assert.Equal("_sahel", result.Out.Trim());
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    /// <summary>The words the shell offers for the command line WORDS, whose last word is being completed.</summary>
    private static IReadOnlyList<string> Complete(string shell, params string[] words)
    {
        var program = Require(shell == "pwsh" ? "pwsh" : shell);
        var script = Script(shell);
        var result = shell switch
        {
            "bash" => ExternalProgram.Run(program, ["--norc", "--noprofile", "-c",
                "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); " +
                "$(complete -p sahel | sed -e 's/.*-F \\([^ ]*\\) .*/\\1/') sahel; printf '%s\\n' \"${COMPREPLY[@]}\"",
                "bash", script, .. words]),
            "zsh" => ExternalProgram.Run(program, ["-f", "-c",
                "compdef() { :; }; source \"$1\"; shift; " +
                "compadd() { while [[ $# -gt 0 && $1 != -- ]]; do shift; done; shift; print -rl -- \"$@\"; }; " +
                "_describe() { print -rl -- ${${(P)${@[-1]}}%%:*}; }; _files() { :; }; _message() { :; }; " +
                "words=(\"$@\"); CURRENT=$#; _sahel | grep -e \"^${words[CURRENT]}\" || true",
                "zsh", script, .. words]),
            "fish" => ExternalProgram.Run(program, ["--no-config", "-c",
                "source $argv[1]; complete -C (string join ' ' -- $argv[2..-1]) | string replace -r '\\t.*' ''; true",
                script, .. words]),
            _ => ExternalProgram.Run(program, ["-NoProfile", "-NonInteractive", "-Command",
                $". '{script}'; $line = '{string.Join(' ', words)}'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText"]),
        };
        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, result.ToString());
        return result.Lines;
    }

    private static string Require(string shell)
    {
        var path = ExternalProgram.Find(shell);
        Skip.If(path is null, $"{shell} is not installed: its completion script is not exercised");
        return path!;
    }

    private static string Script(string shell) => Path.Combine(RepoPaths.Root, "completions", CompletionsCommand.FileName(shell));
}
