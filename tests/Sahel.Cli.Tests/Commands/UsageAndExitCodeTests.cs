using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>Exit codes are a contract with scripts: usage 2, failed run 1, and one clear line on stderr.</summary>
public sealed class UsageAndExitCodeTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private CliRunner Cli => new(_temp.File("sahel.db"));

    [Theory]
    [InlineData("timeline --since 3x", "--since: '3x' is not a duration")]
    [InlineData("timeline --format html", "html")]
    [InlineData("stories --until yesterday", "--until: 'yesterday' is not")]
    [InlineData("fetch --timeout 0", "--timeout must be at least 1")]
    [InlineData("frobnicate", "unknown command 'frobnicate'")]
    [InlineData("completions tcsh", "tcsh")]
    [InlineData("--now someday timeline", "--now: 'someday' is not")]
    public async Task UsageErrors_ExitTwo_WithTheReason(string commandLine, string expected)
    {
        var result = await Cli.RunAsync(commandLine.Split(' '));
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task MissingFeedList_ExitsOne_NamingTheFile()
    {
        var result = await Cli.RunAsync("fetch", "--feeds", _temp.File("nope.opml"));
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("nope.opml: cannot read the feed list", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task BrokenOpml_ExitsOne_NamingTheFile()
    {
        var opml = _temp.Write("bad.opml", "<opml><body><outline xmlUrl='a.xml'></body>");
        var result = await Cli.RunAsync("fetch", "--feeds", opml);
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("bad.opml: not valid OPML", result.Error);
    }

    [Fact]
    public async Task UnopenableStore_ExitsOne_NamingTheStore()
    {
        var notADatabase = _temp.Write("garbage.db", new string('x', 4096));
        var result = await new CliRunner(notADatabase).RunAsync("stories");
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("garbage.db: cannot open the store", result.Error);
    }

    [Fact]
    public async Task EmptyStore_Timeline_IsSuccessWithNoStories()
    {
        // An empty store (created, nothing fetched yet); a missing one is refused (UserMistakeTests).
        Sahel.Store.SahelStore.Open(_temp.File("sahel.db")).Dispose();
        var result = await Cli.RunAsync("timeline", "--since", "24h", "--now", "2026-03-12T00:00:00Z");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No stories since 2026-03-11 00:00.", result.Out);
    }

    [Fact]
    public async Task Version_PrintsSemVerAndTheCommit()
    {
        var result = await Cli.RunAsync("--version");
        Assert.Equal(0, result.ExitCode);
        // 0.1.0+1a2b3c4d5e6f, or 0.1.0+unknown when built without git (Directory.Build.props).
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\+([0-9a-f]{12}|unknown)\n?$", result.Out.ReplaceLineEndings("\n"));
        Assert.Equal(result.Out.Trim(), SahelVersion.Full);
        Assert.DoesNotContain('+', SahelVersion.Version); // User-Agent and JSON do not change with every commit
        Assert.Equal(SahelVersion.Full, $"{SahelVersion.Version}+{SahelVersion.Commit}");
    }

    public void Dispose() => _temp.Dispose();
}
