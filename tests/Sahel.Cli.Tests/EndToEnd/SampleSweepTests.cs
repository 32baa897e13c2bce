using System.Diagnostics;
using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Store;
using Sahel.Testing;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// The README's first command, on the shipped offline corpus (samples/): nine fictional outlets in three
/// languages and four formats, two of them in legacy encodings.
/// </summary>
public sealed class SampleSweepTests : IDisposable
{
    private const string Now = "2026-03-15T06:00:00Z";
    private readonly TempDirectory _temp = new();
    private static string Opml => Path.Combine(RepoPaths.Samples, "feeds.opml");
    private CliRunner Cli => new(_temp.File("sahel.db"));

    [Fact]
    public async Task FirstSweep_StoresEveryOutlet_AndSecondSweepDoesNoWork()
    {
        var first = await Cli.RunAsync("sweep", "--feeds", Opml, "--now", Now);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("sahel: 9 feeds: 88 new items, 0 not modified, 0 failed", first.Error);
        Assert.DoesNotContain("WARN", first.Error);

        var second = await Cli.RunAsync("sweep", "--feeds", Opml, "--now", Now);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("sahel: 9 feeds: 0 new items, 9 not modified, 0 failed", second.Error);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task Timeline_OfTheSamples_IsApproved()
    {
        await Cli.RunAsync("fetch", "--feeds", Opml, "--now", Now);
        var markdown = await Cli.RunAsync("timeline", "--now", Now);
        Snapshot.Match(markdown.Out, new SnapshotNameExtension("md"));
        var json = await Cli.RunAsync("timeline", "--since", "2026-03-13", "--format", "json", "--now", Now);
        // Feed locations are absolute paths: the snapshot must not depend on where the repository is checked out.
        Snapshot.Match(json.Out.Replace(SahelVersion.Version, "VERSION").Replace(RepoPaths.Samples, "<samples>"), new SnapshotNameExtension("json-since-13"));
    }

    [Fact]
    public async Task TwoFreshStores_SweptFromTheSameFeeds_PrintTheSameBytes()
    {
        // Regression: story ids were row ids, numbered in whatever order feeds finished downloading.
        var first = await new CliRunner(_temp.File("one.db")).RunAsync("sweep", "--feeds", Opml, "--now", Now, "--format", "json", "--concurrency", "1");
        var second = await new CliRunner(_temp.File("two.db")).RunAsync("sweep", "--feeds", Opml, "--now", Now, "--format", "json", "--concurrency", "16", "--per-host", "16");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task LegacyEncodingsFormatsAndUndatedItems_ComeOutRight()
    {
        await Cli.RunAsync("fetch", "--feeds", Opml, "--now", Now);
        var result = await Cli.RunAsync("stories", "--format", "ndjson");
        var stories = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(88, stories.Count);

        string Outlet(JsonElement s) => s.GetProperty("outlet").GetString()!;
        // windows-1256 Arabic and ISO-8859-1 French decode to real letters, not mojibake.
        Assert.Contains(stories, s => Outlet(s).StartsWith("صدى الحوض", StringComparison.Ordinal) && s.GetProperty("title").GetString()!.Contains("جيبو", StringComparison.Ordinal));
        Assert.Contains(stories, s => Outlet(s) == "Kori Info" && s.GetProperty("title").GetString()!.Contains("é", StringComparison.Ordinal));
        Assert.DoesNotContain(stories, s => s.GetProperty("title").GetString()!.Contains('\uFFFD', StringComparison.Ordinal));
        // Every language, every outlet, absolute http(s) links everywhere (Atom xml:base resolved).
        Assert.Equal(["ar", "en", "fr"], stories.Select(s => s.GetProperty("lang").GetString() ?? "").Distinct().Order().ToArray());
        Assert.Equal(9, stories.Select(Outlet).Distinct().Count());
        Assert.All(stories, s => Assert.StartsWith("https://", s.GetProperty("url").GetString()));
        // The one undated item is dated by its first sighting, and says so.
        var undated = Assert.Single(stories, s => s.GetProperty("publishedEstimated").GetBoolean());
        Assert.Equal(Now, undated.GetProperty("published").GetString());
    }

    [Fact]
    public async Task Search_FindsArabicAcrossLetterVariants_AndFrenchWithoutAccents()
    {
        await Cli.RunAsync("fetch", "--feeds", Opml, "--now", Now);
        var arabic = await Cli.RunAsync("stories", "--search", "اغلهوك", "--format", "ndjson");
        Assert.NotEmpty(arabic.Out.Trim());
        var french = await Cli.RunAsync("stories", "--search", "anefis", "--lang", "fr", "--format", "ndjson");
        Assert.Contains("Anéfis", french.Out);
    }

    [Fact]
    public async Task RealProcess_SweepsTheSamples_AndExitsZero()
    {
        var sahelDll = Path.Combine(AppContext.BaseDirectory, "sahel.dll");
        var start = new ProcessStartInfo("dotnet", [sahelDll, "sweep", "--feeds", Opml, "--db", _temp.File("process.db"), "--now", Now, "--format", "json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "sahel did not finish within 60 s");
        Assert.True(process.ExitCode == 0, await stderr);
        using var document = JsonDocument.Parse(await stdout);
        Assert.Equal(88, document.RootElement.GetProperty("counts").GetProperty("stories").GetInt32());
    }

    [Fact]
    public async Task InterruptedOrRepeated_NoStoryIsEverDuplicated()
    {
        // The same corpus swept through two different lists (OPML and text) is still 88 stories: the store keys
        // items by feed and guid or canonical link, and the feed by its resolved location.
        var text = _temp.Write("feeds.txt", string.Join('\n', Directory.GetFiles(RepoPaths.Samples).Where(f => f.EndsWith(".xml") || f.EndsWith(".feed.json"))));
        await Cli.RunAsync("fetch", "--feeds", Opml, "--now", Now);
        var again = await Cli.RunAsync("fetch", "--feeds", text, "--now", Now);
        Assert.Equal(0, again.ExitCode);
        using var store = SahelStore.Open(_temp.File("sahel.db"));
        Assert.Equal(88, store.Stories.Query(new StoryFilter()).Count);
    }

    public void Dispose() => _temp.Dispose();
}
