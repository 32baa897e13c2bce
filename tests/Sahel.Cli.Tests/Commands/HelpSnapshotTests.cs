using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>Every command's --help is what users read first; a change to it shows up in review.</summary>
public sealed class HelpSnapshotTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public static TheoryData<string> Commands => new()
    {
        "", "feeds", "feeds list", "feeds add", "feeds remove", "feeds import", "feeds export",
        "fetch", "stories", "timeline", "incidents", "eval", "eval claims", "extract", "sweep", "diff", "changes", "reconcile", "completions", "store", "store copy",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help(string command)
    {
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();
        var result = await new CliRunner(_temp.File("sahel.db")).RunAsync(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Out);
        Snapshot.Match(result.Out.Replace(_temp.File("sahel.db"), "<db>"), new SnapshotNameExtension(command.Length == 0 ? "root" : command.Replace(' ', '-')));
    }

    public void Dispose() => _temp.Dispose();
}
