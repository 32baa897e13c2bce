using System.Text.Json;
using System.Xml.Linq;
using Json.Schema;
using Microsoft.Data.Sqlite;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>
/// `--format atom` and `--format jsonfeed` on the samples: approved output, validity against RFC 4287's RELAX NG
/// schema (jing) and the JSON Feed 1.1 schema, and newsboat reading the feed.
/// </summary>
public sealed class FeedFormatTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string Now = SampleStore.Now;

    // Built once: the validator registers a schema by its $id and refuses a second one.
    private static readonly Lazy<JsonSchema> JsonFeedSchema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", "jsonfeed-1.1.schema.json"))));

    private static string Versionless(string text) => text.Replace(SahelVersion.Version, "VERSION", StringComparison.Ordinal);

    [Fact]
    public async Task IncidentsAtom_IsApproved()
    {
        var result = await samples.Cli.RunAsync("incidents", "--format", "atom", "--now", Now, "--since", "2026-03-10", "--until", "2026-03-12");
        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(Versionless(result.Out));
    }

    [Fact]
    public async Task TimelineJsonFeed_IsApproved()
    {
        var result = await samples.Cli.RunAsync("timeline", "--format", "jsonfeed", "--now", Now, "--since", "2026-03-12", "--until", "2026-03-13");
        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(Versionless(result.Out));
    }

    [SkippableTheory]
    [InlineData("incidents")]
    [InlineData("timeline")]
    [InlineData("timeline", "--flat")]
    public async Task Atom_IsValidAgainstRfc4287Schema(params string[] command)
    {
        var jing = ExternalTool.Require("jing", "jing");
        var file = samples.Temp.File($"{string.Join('-', command)}.atom");
        var result = await samples.Cli.RunAsync([.. command, "--format", "atom", "--now", Now, "-o", file]);
        Assert.Equal(0, result.ExitCode);
        var schema = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Schemas", "atom.rnc");
        var check = ExternalTool.Run(jing, ["-c", schema, file]);
        Assert.True(check.ExitCode == 0, check.Out + check.Error);
    }

    [Theory]
    [InlineData("incidents")]
    [InlineData("timeline")]
    [InlineData("timeline", "--flat")]
    public async Task JsonFeed_IsValidAgainstItsSchema(params string[] command)
    {
        var result = await samples.Cli.RunAsync([.. command, "--format", "jsonfeed", "--now", Now]);
        Assert.Equal(0, result.ExitCode);
        using var feed = JsonDocument.Parse(result.Out);
        var evaluation = JsonFeedSchema.Value.Evaluate(feed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))));
        Assert.NotEmpty(feed.RootElement.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [{"url": "https://a.example/", "content_html": "x"}]}""")]
    [InlineData("""{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [{"id": "1"}]}""")]
    [InlineData("""{"version": "https://jsonfeed.org/version/1", "title": "x", "items": []}""")]
    [InlineData("""{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [{"id": "1", "content_text": "x", "date_published": "yesterday"}]}""")]
    public void JsonFeedSchema_RejectsWhatTheSpecificationForbids(string feed)
    {
        using var document = JsonDocument.Parse(feed);
        Assert.False(JsonFeedSchema.Value.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid);
    }

    [Fact]
    public async Task Entries_AreOnePerIncident_WithTagIdsFromTheIncidentIds_OrOnePerStoryWhenFlat()
    {
        var incidents = JsonDocument.Parse((await samples.Cli.RunAsync("incidents", "--format", "json", "--now", Now)).Out)
            .RootElement.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToHashSet();
        var atom = XDocument.Parse((await samples.Cli.RunAsync("incidents", "--format", "atom", "--now", Now)).Out);
        var ids = atom.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(incidents.Order(StringComparer.Ordinal), ids.Select(id => id.Split('/')[^1]).Order(StringComparer.Ordinal));
        Assert.All(ids, id => Assert.StartsWith("tag:sahel-osint.github.io,2026:incident/inc-", id));

        var flat = XDocument.Parse((await samples.Cli.RunAsync("timeline", "--flat", "--format", "atom", "--now", Now)).Out);
        var stories = JsonDocument.Parse((await samples.Cli.RunAsync("stories", "--format", "json")).Out).RootElement.GetProperty("stories").GetArrayLength();
        Assert.Equal(stories, flat.Root!.Elements(Atom + "entry").Count());
        Assert.All(flat.Root.Elements(Atom + "entry"), e => Assert.StartsWith("tag:sahel-osint.github.io,2026:story/", e.Element(Atom + "id")!.Value));
    }

    [Fact]
    public async Task EveryStoryEntry_CarriesItsEnglishGloss()
    {
        var feed = JsonDocument.Parse((await samples.Cli.RunAsync("timeline", "--flat", "--format", "jsonfeed", "--now", Now)).Out);
        var anefis = feed.RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("url").GetString() == "https://letamarinier.example/2026/03/11/anefis-embuscade-bilan-sources-locales/");
        Assert.Equal("Ambush · Anéfis (Kidal, Mali) · FAMa, Africa Corps vs FLA · ≥ 12 soldiers killed (local sources)", anefis.GetProperty("summary").GetString());
        Assert.Contains("≥ 12 soldiers killed (local sources)", anefis.GetProperty("content_html").GetString());
    }

    [SkippableFact]
    public async Task Newsboat_ReadsTheAtomFeed_FindingEveryEntryWithItsTitleAndLink()
    {
        var newsboat = ExternalTool.Require("newsboat", "newsboat");
        var home = Directory.CreateDirectory(samples.Temp.File("newsboat-home")).FullName;
        var feedFile = Path.Combine(home, "incidents.atom");
        Assert.Equal(0, (await samples.Cli.RunAsync("incidents", "--format", "atom", "--now", Now, "-o", feedFile)).ExitCode);
        var urls = Path.Combine(home, "urls");
        var config = Path.Combine(home, "config");
        var cache = Path.Combine(home, "cache.db");
        File.WriteAllText(urls, new Uri(feedFile).AbsoluteUri + "\n");
        File.WriteAllText(config, "");
        var environment = new Dictionary<string, string> { ["HOME"] = home, ["XDG_CONFIG_HOME"] = home, ["XDG_DATA_HOME"] = home };
        var reload = ExternalTool.Run(newsboat, ["-x", "reload", "-u", urls, "-c", cache, "-C", config], home, environment);
        Assert.True(reload.ExitCode == 0, reload.Out + reload.Error);
        var unread = ExternalTool.Run(newsboat, ["-x", "print-unread", "-u", urls, "-c", cache, "-C", config], home, environment);

        var atom = XDocument.Load(feedFile);
        var entries = atom.Root!.Elements(Atom + "entry")
            .Select(e => (Title: e.Element(Atom + "title")!.Value, Link: e.Element(Atom + "link")!.Attribute("href")!.Value)).ToList();
        Assert.Contains($"{entries.Count} unread articles", unread.Out);
        using var connection = new SqliteConnection($"Data Source={cache};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT title, url FROM rss_item ORDER BY title";
        var read = new List<(string, string)>();
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
                read.Add((reader.GetString(0), reader.GetString(1)));
        }
        Assert.Equal(entries.Order(), read.Order());
    }
}
