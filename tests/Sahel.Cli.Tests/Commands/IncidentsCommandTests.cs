using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>`incidents`, `eval` and the grouped timeline on the shipped samples.</summary>
public sealed class IncidentsCommandTests : IAsyncLifetime
{
    private const string Now = "2026-03-15T06:00:00Z";
    private readonly TempDirectory _temp = new();
    private CliRunner Cli => new(_temp.File("sahel.db"));

    public async Task InitializeAsync() =>
        Assert.Equal(0, (await Cli.RunAsync("fetch", "--feeds", Path.Combine(RepoPaths.Samples, "feeds.opml"), "--now", Now)).ExitCode);

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Incidents_Markdown_IsApproved()
    {
        var result = await Cli.RunAsync("incidents", "--now", Now);
        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Out);
    }

    [Fact]
    public async Task Timeline_GroupsByIncident_IsApproved()
    {
        var result = await Cli.RunAsync("timeline", "--now", Now, "--since", "2026-03-10", "--until", "2026-03-12");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("### ", result.Out);
        Assert.Contains("+2 copies", result.Out);
        Snapshot.Match(result.Out);
    }

    [Fact]
    public async Task Incidents_Json_HasTheContractFields_AndStableIds()
    {
        var first = await Cli.RunAsync("incidents", "--format", "json", "--now", Now);
        var second = await Cli.RunAsync("incidents", "--format", "json", "--now", Now);
        Assert.Equal(first.Out, second.Out);
        using var document = JsonDocument.Parse(first.Out);
        var incidents = document.RootElement.GetProperty("incidents");
        Assert.True(incidents.GetArrayLength() >= 8);
        foreach (var incident in incidents.EnumerateArray())
        {
            foreach (var field in (string[])["id", "firstSeen", "lastSeen", "places", "actors", "eventType", "stories"])
                Assert.True(incident.TryGetProperty(field, out _), field);
            foreach (var story in incident.GetProperty("stories").EnumerateArray())
                foreach (var field in (string[])["url", "title", "outlet", "lang", "published", "duplicateOf"])
                    Assert.True(story.TryGetProperty(field, out _), field);
        }
        Assert.Contains(incidents.EnumerateArray().SelectMany(i => i.GetProperty("stories").EnumerateArray()),
            s => s.GetProperty("duplicateOf").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task Filters_ByActorAliasPlaceInArabicAndCountry()
    {
        var byActor = await Cli.RunAsync("incidents", "--actor", "GSIM", "--format", "json", "--now", Now);
        Assert.Equal(0, byActor.ExitCode);
        using var actors = JsonDocument.Parse(byActor.Out);
        Assert.All(actors.RootElement.GetProperty("incidents").EnumerateArray(),
            i => Assert.Contains(i.GetProperty("actors").EnumerateArray(), a => a.GetProperty("id").GetString() == "jnim"));

        var byPlace = await Cli.RunAsync("incidents", "--place", "كيدال", "--format", "json", "--now", Now);
        using var places = JsonDocument.Parse(byPlace.Out);
        Assert.NotEqual(0, places.RootElement.GetProperty("incidents").GetArrayLength());

        var chad = await Cli.RunAsync("incidents", "--country", "TD", "--format", "json", "--now", Now);
        using var td = JsonDocument.Parse(chad.Out);
        Assert.All(td.RootElement.GetProperty("incidents").EnumerateArray(),
            i => Assert.Contains(i.GetProperty("places").EnumerateArray(), p => p.GetProperty("country").GetString() == "TD"));

        var unknown = await Cli.RunAsync("incidents", "--actor", "Nobody Brigade");
        Assert.Equal(ExitCodes.Usage, unknown.ExitCode);
        Assert.Contains("not in the actors lexicon", unknown.Error);
    }

    [Fact]
    public async Task Eval_OnTheSampleLabels_PrintsScoresAboveTheBar()
    {
        var result = await Cli.RunAsync("eval", "--labels", Path.Combine(RepoPaths.Samples, "labels.json"), "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(88, document.RootElement.GetProperty("stories").GetInt32());
        Assert.True(document.RootElement.GetProperty("incidents").GetProperty("f1").GetDouble() >= 0.90, result.Out);
        Assert.True(document.RootElement.GetProperty("copies").GetProperty("precision").GetDouble() >= 0.95, result.Out);
    }

    [Fact]
    public async Task SecondRun_ReusesTheCachedAnalysis_AndGivesTheSameResult()
    {
        var first = await Cli.RunAsync("incidents", "--format", "json", "--now", Now);
        using (var store = Sahel.Store.SahelStore.Open(_temp.File("sahel.db")))
            Assert.Equal(88, store.Features.Load(store.Stories.Query(new Sahel.Store.StoryFilter()).ToDictionary(s => s.Id, s => s.ContentHash), CachedFingerprint(store)).Count);
        var second = await Cli.RunAsync("incidents", "--format", "json", "--now", Now);
        Assert.Equal(first.Out, second.Out);
    }

    private static string CachedFingerprint(Sahel.Store.ISahelStore store)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.Location}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT analyzer FROM item_features LIMIT 1";
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Eval_WithAMissingLabelsFile_FailsNamingIt()
    {
        var result = await Cli.RunAsync("eval", "--labels", _temp.File("nope.json"));
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("nope.json: cannot read the labels", result.Error);
    }
}
