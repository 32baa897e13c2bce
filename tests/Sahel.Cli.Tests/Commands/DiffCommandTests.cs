using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>
/// `diff URL`, `diff ID` and `changes` on a store swept twice from local feed files (so story ids do not
/// depend on a port): one article per language edited between the sweeps, another only touched up.
/// </summary>
public sealed class DiffCommandTests : IAsyncLifetime
{
    private const string FirstSweep = "2026-03-10T12:00:00Z";
    private const string SecondSweep = "2026-03-11T12:00:00Z";
    private readonly TempDirectory _temp = new();
    private CliRunner Cli => new(_temp.File("sahel.db"));

    public async Task InitializeAsync()
    {
        var list = _temp.Write("feeds.txt", string.Join('\n', EditedFeeds.All.Select(e => _temp.File($"{e.Lang}.xml"))));
        await Sweep(list, edited: false, FirstSweep, new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc));
        await Sweep(list, edited: true, SecondSweep, new DateTime(2026, 3, 11, 12, 0, 0, DateTimeKind.Utc));
    }

    private async Task Sweep(string list, bool edited, string now, DateTime modified)
    {
        foreach (var edition in EditedFeeds.All)
        {
            var path = _temp.Write($"{edition.Lang}.xml", EditedFeeds.Rss(edition, edited));
            File.SetLastWriteTimeUtc(path, modified); // the file fetcher's validators are size and modification time
        }
        var result = await Cli.RunAsync("fetch", "--feeds", list, "--now", now);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task DiffUrl_Markdown_IsApproved(string lang)
    {
        var result = await Cli.RunAsync("diff", EditedFeeds.ByLang(lang).EditedUrl, "--now", SecondSweep);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("~~", result.Out);
        Assert.Contains("**", result.Out);
        Snapshot.Match(result.Out, new SnapshotNameExtension(lang));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task DiffUrl_Json_IsApproved_AndItsRunsSpellBothVersions(string lang)
    {
        var result = await Cli.RunAsync("diff", EditedFeeds.ByLang(lang).EditedUrl, "--format", "json", "--now", SecondSweep);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.True(root.GetProperty("changed").GetBoolean());
        foreach (var part in new[] { "title", "text" })
        {
            var runs = root.GetProperty(part).GetProperty("diff").EnumerateArray().Select(r => (Op: r.GetProperty("op").GetString(), Text: r.GetProperty("text").GetString())).ToList();
            Assert.Equal(root.GetProperty(part).GetProperty("before").GetString(), string.Concat(runs.Where(r => r.Op != "added").Select(r => r.Text)));
            Assert.Equal(root.GetProperty(part).GetProperty("after").GetString(), string.Concat(runs.Where(r => r.Op != "removed").Select(r => r.Text)));
        }
        // The feed is a file in this test's temporary folder.
        Snapshot.Match(result.Out.Replace(_temp.Path, "<temp>", StringComparison.Ordinal), new SnapshotNameExtension(lang));
    }

    [Fact]
    public async Task DiffById_IsTheSameAsByUrl_AndTrackingParametersDoNotMatter()
    {
        var byUrl = await Cli.RunAsync("diff", EditedFeeds.French.EditedUrl + "?utm_source=x", "--format", "json", "--now", SecondSweep);
        using var document = JsonDocument.Parse(byUrl.Out);
        var id = document.RootElement.GetProperty("story").GetProperty("id").GetString()!;
        var byId = await Cli.RunAsync("diff", id, "--format", "json", "--now", SecondSweep);
        Assert.Equal(0, byId.ExitCode);
        Assert.Equal(byUrl.Out, byId.Out);
    }

    [Fact]
    public async Task ExitCode_IsFiveForAnEditedArticle_ZeroForATouchedUpOne()
    {
        Assert.Equal(ExitCodes.DifferencesFound, (await Cli.RunAsync("diff", EditedFeeds.Arabic.EditedUrl, "--exit-code")).ExitCode);
        var touched = await Cli.RunAsync("diff", EditedFeeds.Arabic.TouchedUrl, "--exit-code");
        Assert.Equal(ExitCodes.Success, touched.ExitCode);
        Assert.Contains("One version: not edited", touched.Out);
    }

    [Fact]
    public async Task FromAndTo_PickVersions_AndAWindowBeforeTheEditShowsNone()
    {
        var same = await Cli.RunAsync("diff", EditedFeeds.English.EditedUrl, "--from", "2", "--exit-code");
        Assert.Equal(ExitCodes.Success, same.ExitCode);
        var beforeEdit = await Cli.RunAsync("diff", EditedFeeds.English.EditedUrl, "--until", "2026-03-11T00:00:00Z", "--exit-code");
        Assert.Equal(ExitCodes.Success, beforeEdit.ExitCode);
        var acrossEdit = await Cli.RunAsync("diff", EditedFeeds.English.EditedUrl, "--since", "2026-03-11T00:00:00Z", "--exit-code");
        Assert.Equal(ExitCodes.DifferencesFound, acrossEdit.ExitCode);
        var tooFar = await Cli.RunAsync("diff", EditedFeeds.English.EditedUrl, "--to", "3");
        Assert.Equal(ExitCodes.Usage, tooFar.ExitCode);
        Assert.Contains("--to 3: the article has versions 1 to 2", tooFar.Error);
    }

    [Theory]
    [InlineData("https://guetteur.example/2026/03/10/nowhere", 1, "no stored article has the URL")]
    [InlineData("0123456789abcdef", 1, "no stored story has the id")]
    [InlineData("kidal", 2, "is not an incident id (inc-…), a story id (16 hex digits) or an http(s) article URL")]
    [InlineData("ftp://guetteur.example/x", 2, "is not an incident id")]
    public async Task UnknownOrMalformedTargets_AreOneLineErrors(string target, int exitCode, string message)
    {
        var result = await Cli.RunAsync("diff", target);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task AnIncidentId_GoesToTheIncidentDiff_WhichTakesNoVersions()
    {
        var unknown = await Cli.RunAsync("diff", "inc-0123456789abcdef");
        Assert.Equal(ExitCodes.Failure, unknown.ExitCode);
        Assert.Contains("no incident 'inc-0123456789abcdef'", unknown.Error);
        var versions = await Cli.RunAsync("diff", "inc-0123456789abcdef", "--from", "1");
        Assert.Equal(ExitCodes.Usage, versions.ExitCode);
        Assert.Contains("--from and --to pick versions of an article", versions.Error);
    }

    [Fact]
    public async Task Changes_ListsOnlyTheEditedArticles_Markdown_IsApproved()
    {
        var result = await Cli.RunAsync("changes", "--since", "2026-03-11", "--now", SecondSweep);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("3 articles edited", result.Out);
        foreach (var edition in EditedFeeds.All)
            Assert.DoesNotContain(new Uri(edition.TouchedUrl).AbsolutePath, result.Out);
        Snapshot.Match(result.Out);
    }

    [Fact]
    public async Task Changes_OutsideTheWindow_AreNotListed_AndJsonSaysWhatChanged()
    {
        var none = await Cli.RunAsync("changes", "--until", "2026-03-11", "--now", SecondSweep);
        Assert.Contains("No article edited before 2026-03-11 00:00.", none.Out);
        var json = await Cli.RunAsync("changes", "--format", "json", "--now", SecondSweep);
        using var document = JsonDocument.Parse(json.Out);
        var articles = document.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(3, articles.Count);
        Assert.All(articles, a =>
        {
            Assert.Equal(2, a.GetProperty("versions").GetInt32());
            Assert.True(a.GetProperty("titleChanged").GetBoolean());
            Assert.True(a.GetProperty("textChanged").GetBoolean());
            Assert.Equal(["2026-03-11T12:00:00Z"], a.GetProperty("edited").EnumerateArray().Select(e => e.GetString()));
        });
        Snapshot.Match(json.Out);
    }

    [Fact]
    public async Task Timelines_MarkEditedStories()
    {
        var flat = await Cli.RunAsync("timeline", "--flat", "--now", SecondSweep);
        Assert.Equal(3, flat.Out.Split('\n').Count(l => l.EndsWith("· edited 1×", StringComparison.Ordinal)));
        var grouped = await Cli.RunAsync("timeline", "--now", SecondSweep);
        Assert.Equal(3, grouped.Out.Split('\n').Count(l => l.Contains("· edited 1×", StringComparison.Ordinal)));
        var json = await Cli.RunAsync("timeline", "--format", "json", "--now", SecondSweep);
        using var document = JsonDocument.Parse(json.Out);
        var stories = document.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(3, stories.Count(s => s.TryGetProperty("versions", out var v) && v.GetInt32() == 2 && s.GetProperty("edited").GetString() == "2026-03-11T12:00:00Z"));
        Assert.Equal(3, stories.Count(s => !s.TryGetProperty("versions", out _)));
    }

}

/// <summary>The same article in two feeds (an outlet's main and section feeds), edited in one of them.</summary>
public sealed class DiffOfAnArticleInTwoFeedsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task TheEditedCopy_IsShown_AndStderrSaysThereAreTwo()
    {
        var cli = new CliRunner(_temp.File("sahel.db"));
        var list = _temp.Write("feeds.txt", _temp.File("main.xml") + "\n" + _temp.File("section.xml"));
        foreach (var (edited, day) in new[] { (false, 10), (true, 11) })
        {
            var modified = new DateTime(2026, 3, day, 12, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(_temp.Write("main.xml", EditedFeeds.Rss(EditedFeeds.English, edited: false)), modified);
            File.SetLastWriteTimeUtc(_temp.Write("section.xml", EditedFeeds.Rss(EditedFeeds.English, edited)), modified);
            Assert.Equal(0, (await cli.RunAsync("fetch", "--feeds", list, "--now", $"2026-03-{day}T12:00:00Z")).ExitCode);
        }
        var result = await cli.RunAsync("diff", EditedFeeds.English.EditedUrl, "--exit-code");
        Assert.Equal(ExitCodes.DifferencesFound, result.ExitCode);
        Assert.Contains("2 versions", result.Out);
        Assert.Contains($"sahel: {EditedFeeds.English.EditedUrl} is in 2 feeds; showing Dune Line Monitor's", result.Error);
    }

    public void Dispose() => _temp.Dispose();
}
