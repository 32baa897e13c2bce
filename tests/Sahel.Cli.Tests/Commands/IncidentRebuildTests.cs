using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>`sahel incidents rebuild`: deterministic, and every id printed before it still resolves after it.</summary>
public sealed class IncidentRebuildTests : IDisposable
{
    private const string Swept = "2026-03-15T06:00:00Z";
    private const string Later = "2026-03-15T07:00:00Z";
    private readonly TempDirectory _temp = new();
    private CliRunner Cli => new(_temp.File("sahel.db"));

    private static List<string> Ids(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    [Fact]
    public async Task Rebuild_WithTheSameAnalysis_ChangesNothing_AndAnotherKeepsEveryOldIdResolving()
    {
        await Cli.RunAsync("fetch", "--feeds", Path.Combine(RepoPaths.Samples, "feeds.opml"), "--now", Swept);
        var before = await Cli.RunAsync("incidents", "--format", "json", "--now", Swept);
        var oldIds = Ids(before.Out);

        var same = await Cli.RunAsync("incidents", "rebuild", "--now", Swept);
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("no incident changed", same.Out);

        // A much shorter window regroups: incidents split, ids move to the larger parts.
        var narrow = await Cli.RunAsync("incidents", "rebuild", "--window", "6h", "--now", Later);
        Assert.True(narrow.ExitCode == 0, narrow.ToString());
        Assert.Contains("split", narrow.Out);
        foreach (var id in oldIds)
        {
            var resolved = await Cli.RunAsync("incidents", id, "--format", "json", "--now", Later);
            Assert.True(resolved.ExitCode == 0, $"{id}: {resolved}");
        }
        // As of before the rebuild, nothing changed.
        Assert.Equal(before.Out, (await Cli.RunAsync("incidents", "--format", "json", "--now", Swept)).Out);

        // And back: the split parts merge into the ids they came from, which resolve to them.
        var back = await Cli.RunAsync("incidents", "rebuild", "--now", "2026-03-15T08:00:00Z");
        Assert.Contains("merged", back.Out);
        Assert.Equal(oldIds, Ids((await Cli.RunAsync("incidents", "--format", "json", "--now", "2026-03-15T08:00:00Z")).Out));
        foreach (var line in back.Out.Split('\n').Where(l => l.StartsWith("merged", StringComparison.Ordinal)))
        {
            var merged = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            var resolved = await Cli.RunAsync("incidents", merged, "--format", "json", "--now", "2026-03-15T08:00:00Z");
            using var document = JsonDocument.Parse(resolved.Out);
            var incident = document.RootElement.GetProperty("incidents")[0];
            Assert.Equal(merged, incident.GetProperty("mergedFrom").GetString());
            Assert.Equal(incident.GetProperty("id").GetString(), incident.GetProperty("mergedInto").GetString());
            // The timeline takes it too, and lists the incident it became.
            var timeline = await Cli.RunAsync("timeline", "--incident", merged, "--format", "json", "--now", "2026-03-15T08:00:00Z");
            Assert.True(timeline.ExitCode == 0, timeline.ToString());
            Assert.Equal([incident.GetProperty("id").GetString()!], Ids(timeline.Out));
        }
    }

    public void Dispose() => _temp.Dispose();
}
