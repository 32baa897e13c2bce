using Microsoft.Data.Sqlite;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>
/// Every mistake a user can make gets one line naming the thing and the reason, exit 2 for the command line
/// and 1 for files that cannot be used, and never "internal error". One test per fix, named after it.
/// </summary>
public sealed class UserMistakeTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private string Db => _temp.File("sahel.db");
    private CliRunner Cli => new(Db);

    private async Task<CliResult> SweptCli(params string[] args)
    {
        var fetched = await Cli.RunAsync("fetch", "--feeds", Path.Combine(RepoPaths.Samples, "feeds.opml"), "--quiet");
        Assert.Equal(0, fetched.ExitCode);
        return await Cli.RunAsync(args);
    }

    private static void AssertOneLine(CliResult result, int exitCode, string expected)
    {
        Assert.True(exitCode == result.ExitCode, result.ToString());
        var lines = result.Error.Trim().Split('\n').Where(l => !l.StartsWith("Run 'sahel", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, result.ToString());
        Assert.Contains(expected, lines[0]);
        Assert.DoesNotContain("internal error", result.Error);
        Assert.DoesNotContain("System.", result.Error);
    }

    [Theory]
    [InlineData("stories")]
    [InlineData("timeline")]
    [InlineData("incidents")]
    [InlineData("changes")]
    [InlineData("diff inc-0123456789abcdef")]
    [InlineData("eval --labels LABELS")]
    [InlineData("feeds remove https://a.example/feed")]
    public async Task MissingStore_ReadingCommandsRefuse_AndCreateNothing(string commandLine)
    {
        var labels = _temp.Write("labels.json", """{"https://a.example/1": "I1"}""");
        var result = await Cli.RunAsync(commandLine.Replace("LABELS", labels).Split(' '));
        AssertOneLine(result, ExitCodes.Failure, $"no store at {Db}: run `sahel fetch` first, or pass --db");
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task MissingStore_FeedsListShowsTheBuiltInList_WithoutCreatingOne()
    {
        var result = await Cli.RunAsync("feeds", "list");
        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task CorruptStore_IsNamed_ExitOne()
    {
        await Cli.RunAsync("fetch", "--feeds", Path.Combine(RepoPaths.Samples, "feeds.opml"), "--quiet");
        // Damage the pages after the header: SQLite opens the file and fails when it reads the tables.
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(Db);
        for (var i = 4096; i < bytes.Length; i++)
            bytes[i] = (byte)(i * 7);
        File.WriteAllBytes(Db, bytes);
        var result = await Cli.RunAsync("stories");
        AssertOneLine(result, ExitCodes.Failure, $"{Db}: ");
        Assert.Contains("corrupt", result.Error);
    }

    [Fact]
    public async Task NotAStore_IsNamed_ExitOne()
    {
        File.WriteAllText(Db, new string('x', 5000));
        AssertOneLine(await Cli.RunAsync("stories"), ExitCodes.Failure, $"{Db}: cannot open the store: not a sahel store");
    }

    [Fact]
    public async Task StoriesLimitNegative_IsUsage()
    {
        AssertOneLine(await Cli.RunAsync("stories", "--limit", "-1"), ExitCodes.Usage, "--limit must be 0 or more, not -1");
    }

    [Theory]
    [InlineData("stories --limit abc", "--limit: 'abc' is not a whole number")]
    [InlineData("fetch --timeout soon", "--timeout: 'soon' is not a whole number")]
    [InlineData("incidents --distance far", "--distance: 'far' is not a number")]
    [InlineData("diff x --from one", "--from: 'one' is not a whole number")]
    public async Task NumberOptionText_IsNamedInWords_NotAsADotNetType(string commandLine, string expected)
    {
        AssertOneLine(await Cli.RunAsync(commandLine.Split(' ')), ExitCodes.Usage, expected);
    }

    [Fact]
    public async Task EmptyDbPath_IsUsage()
    {
        var result = await new CliRunner("").RunAsync("stories");
        AssertOneLine(result, ExitCodes.Usage, "--db: the path is empty");
    }

    [Fact]
    public async Task DirectoryAsStore_IsNamedAsADirectory()
    {
        var folder = Directory.CreateDirectory(_temp.File("folder")).FullName;
        AssertOneLine(await new CliRunner(folder).RunAsync("stories"), ExitCodes.Failure, $"{folder}: is a directory, not a store file");
        AssertOneLine(await new CliRunner(folder).RunAsync("fetch", "--feeds", Path.Combine(RepoPaths.Samples, "feeds.opml")), ExitCodes.Failure, "is a directory, not a store file");
    }

    [Fact]
    public async Task DirectoryAsFeedList_IsNamedAsADirectory_NotAccessDenied()
    {
        var folder = Directory.CreateDirectory(_temp.File("lists")).FullName;
        var result = await Cli.RunAsync("fetch", "--feeds", folder);
        AssertOneLine(result, ExitCodes.Failure, $"{folder}: is a directory, not a feed list");
        Assert.DoesNotContain("denied", result.Error);
        Assert.False(File.Exists(Db), "a mistake in --feeds creates no store");
    }

    [Fact]
    public async Task OutputIntoADirectory_IsUsage_NamingTheTarget()
    {
        var folder = Directory.CreateDirectory(_temp.File("out")).FullName;
        AssertOneLine(await SweptCli("timeline", "-o", folder), ExitCodes.Usage, $"{folder}: is a directory; -o takes a file name");
    }

    [Fact]
    public async Task OutputIntoUnwritablePlace_NamesTheTarget_NotATemporaryFile()
    {
        var target = OperatingSystem.IsWindows() ? @"Z:\no\such\drive\digest.md" : "/proc/sahel-digest.md";
        var result = await SweptCli("timeline", "-o", target);
        AssertOneLine(result, ExitCodes.Failure, $"{target}: cannot write the output");
        Assert.DoesNotContain(".tmp-", result.Error);
    }

    [Theory]
    [InlineData("stories")]
    [InlineData("timeline")]
    [InlineData("incidents")]
    [InlineData("changes")]
    [InlineData("sweep")]
    public async Task ReversedSinceUntil_IsUsage(string command)
    {
        var result = await Cli.RunAsync(command, "--since", "24h", "--until", "48h", "--now", "2026-03-12T00:00:00Z");
        AssertOneLine(result, ExitCodes.Usage, "--since 24h (2026-03-11T00:00:00Z) is not before --until 48h (2026-03-10T00:00:00Z)");
        Assert.False(File.Exists(Db), "a reversed window fetches nothing and creates no store");
    }

    [Fact]
    public async Task EmptyOpmlImport_IsUsage_WithOneLine()
    {
        var opml = _temp.Write("empty.opml", "<opml version=\"2.0\"><head/><body></body></opml>");
        var result = await Cli.RunAsync("feeds", "import", opml);
        AssertOneLine(result, ExitCodes.Usage, $"{opml}: no feeds in this list; nothing imported");
        Assert.DoesNotContain("imported 0", result.Error);
    }

    [Fact]
    public async Task SweepWithEmptyList_SaysTheListIsEmpty_NotThatTheStoreIs()
    {
        var empty = _temp.Write("empty.txt", "");
        var result = await SweptCli("sweep", "--feeds", empty);
        AssertOneLine(result, ExitCodes.Usage, $"{empty}: no feeds in this list; nothing to fetch");
        Assert.DoesNotContain("No stories", result.Out + result.Error);
    }

    [Fact]
    public async Task Warnings_NameTheFileOnce()
    {
        var opml = _temp.Write("subs.opml", "<opml version=\"2.0\"><body><outline text=\"x\" xmlUrl=\"gopher://x.example/\"/><outline text=\"y\" xmlUrl=\"https://y.example/feed\"/></body></opml>");
        var result = await Cli.RunAsync("feeds", "import", opml);
        Assert.Equal(0, result.ExitCode);
        var warning = result.Error.Split('\n').Single(l => l.Contains("gopher"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(warning, "subs.opml"));
    }

    [Fact]
    public async Task EvalWithGroundTruthFile_ReadsItsItems_NoCrash()
    {
        var result = await SweptCli("eval", "--labels", Path.Combine(RepoPaths.Samples, "ground-truth.json"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("(88 labelled stories", result.Out);
        Assert.Contains("(3 labelled copies)", result.Out);
    }

    [Fact]
    public async Task EvalOnAStoreWithoutTheLabelledStories_PrintsNoScores()
    {
        await Cli.RunAsync("feeds", "add", "https://a.example/feed");
        var result = await Cli.RunAsync("eval", "--labels", Path.Combine(RepoPaths.Samples, "labels.json"));
        AssertOneLine(result, ExitCodes.Failure, "none of the 88 labelled stories is in the store");
        Assert.DoesNotContain("1.000", result.Out);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task ExtractOnAFeed_IsRefused()
    {
        var result = await Cli.RunAsync("extract", Path.Combine(RepoPaths.Samples, "letamarinier.rss.xml"));
        AssertOneLine(result, ExitCodes.Usage, "a feed (RSS), not an article page");
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task FeedsExport_EndsWithANewline()
    {
        var result = await Cli.RunAsync("feeds", "export");
        Assert.EndsWith("</opml>\n", result.Out);
    }

    [Fact]
    public async Task StoriesOutputOption_WritesTheFile()
    {
        var file = _temp.File("stories.json");
        var result = await SweptCli("stories", "--format", "json", "-o", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Out);
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(88, document.RootElement.GetProperty("stories").GetArrayLength());
    }

    [Fact]
    public async Task NoArguments_PrintsTheHelp()
    {
        var result = await Cli.RunAsync([]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("sweep", result.Out);
        Assert.DoesNotContain("Required command", result.Error);
    }

    [Theory]
    [InlineData("stoires", "unknown command 'stoires'; did you mean 'stories'?")]
    [InlineData("timelien --since 24h", "unknown command 'timelien'; did you mean 'timeline'?")]
    [InlineData("feeds improt x.opml", "unknown command 'improt'; did you mean 'import'?")]
    [InlineData("stories --serach kidal", "unknown option '--serach' for 'stories'; did you mean '--search'?")]
    public async Task MistypedCommand_GetsDidYouMean(string commandLine, string expected)
    {
        var result = await Cli.RunAsync(commandLine.Split(' '));
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal($"sahel: {expected}", result.Error.Split('\n')[0]);
        Assert.DoesNotContain("Required command", result.Error);
    }

    [Theory]
    [InlineData("stories --format xml", 2, "--format: 'xml' is not one of: table, json, ndjson")]
    [InlineData("fetch --feeds EMPTY", 2, "--feeds: the file name is empty")]
    [InlineData("extract DIR", 2, "is a directory; extract takes one page")]
    [InlineData("incidents --gazetteer DIR", 1, "is a directory, not a JSON file")]
    [InlineData("incidents --gazetteer MISSING", 1, "missing.json: cannot read: no such file")]
    [InlineData("eval --labels DIR", 1, "is a directory, not a labels file")]
    public async Task ChoicesDirectoriesAndEmptyNames_AreOneLine(string commandLine, int exitCode, string expected)
    {
        var folder = Directory.CreateDirectory(_temp.File("folder")).FullName;
        var args = commandLine.Split(' ').Select(a => a switch { "EMPTY" => "", "DIR" => folder, "MISSING" => _temp.File("missing.json"), _ => a }).ToArray();
        if (!commandLine.StartsWith("fetch", StringComparison.Ordinal) && !commandLine.StartsWith("extract", StringComparison.Ordinal))
            Sahel.Store.SahelStore.Open(Db).Dispose();
        AssertOneLine(await Cli.RunAsync(args), exitCode, expected);
    }

    public void Dispose() => _temp.Dispose();
}
