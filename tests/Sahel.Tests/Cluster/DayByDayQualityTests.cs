using System.Globalization;
using System.Text.Json;
using Sahel.Cluster;
using Sahel.Model;
using Sahel.Store;
using Sahel.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Sahel.Tests.Cluster;

/// <summary>
/// The labelled set grown as sweeps grow it: each morning the items published by then are stored (outlet by
/// outlet, as feeds) and assigned to stored incidents; at the end the stored grouping scores within 0.01
/// B-cubed F1 of grouping every story at once. Through the real store, analyser and horizon.
/// </summary>
public sealed class DayByDayQualityTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void LabelledSet_SweptDayByDay_ScoresAsGroupingAllAtOnce()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Incidents", "labelled-set.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var items = document.RootElement.GetProperty("items").EnumerateArray().Select(item => (
            Url: item.GetProperty("url").GetString()!, Outlet: item.GetProperty("outlet").GetString()!, Lang: item.GetProperty("lang").GetString()!,
            Published: DateTimeOffset.Parse(item.GetProperty("published").GetString()!, CultureInfo.InvariantCulture),
            Title: item.GetProperty("title").GetString()!, Summary: item.GetProperty("summary").GetString())).ToList();
        var labels = LabelsFile.Read(path);

        using var store = SahelStore.Open(_temp.File("sahel.db"));
        var analysis = IncidentAnalysis.Default;
        var outlets = items.Select(i => i.Outlet).Distinct().Order(StringComparer.Ordinal).ToList();
        var feeds = store.Feeds.Ensure(outlets.Select(o => new FeedSource($"https://{o.Replace(' ', '-').ToLowerInvariant()}.example/feed")).ToList(), items[0].Published);
        var first = items.Min(i => i.Published).UtcDateTime.Date;
        var mornings = Enumerable.Range(1, (items.Max(i => i.Published).UtcDateTime.Date - first).Days + 1)
            .Select(d => new DateTimeOffset(first.AddDays(d).AddHours(6), TimeSpan.Zero)).ToList();
        foreach (var morning in mornings)
        {
            for (var f = 0; f < outlets.Count; f++)
            {
                var published = items.Where(i => i.Outlet == outlets[f] && i.Published <= morning)
                    .Select(i => new ParsedItem { Guid = i.Url, Link = i.Url, Title = i.Title, SummaryHtml = i.Summary, Language = i.Lang, Published = i.Published }).ToList();
                store.Items.Commit(feeds[f], new FeedUpdate
                {
                    FeedId = feeds[f].Id, At = morning, Status = FeedRunStatus.Fetched,
                    Feed = new ParsedFeed(FeedFormat.Rss, outlets[f], null, null, published, []),
                });
            }
            new IncidentAssignment(store, analysis).AssignPending(morning);
        }

        var stories = store.Stories.Query(new StoryFilter { IncludeSummaries = false });
        var grown = new IncidentCatalog(store, analysis).ForStories(stories, mornings[^1]);
        var batch = analysis.Builder(store).Build(stories);
        double F1(IncidentSet set) => IncidentEvaluation.BCubed(labels.Incidents,
            stories.ToDictionary(s => s.Url!, s => set.IncidentOf(s)?.Id, StringComparer.Ordinal)).F1;
        var (grownF1, batchF1) = (F1(grown), F1(batch));
        output.WriteLine($"labelled set, {mornings.Count} mornings: day by day F1 {grownF1:0.000}, all at once {batchF1:0.000}");
        Assert.True(Math.Abs(grownF1 - batchF1) <= 0.01, $"day by day {grownF1:0.000}, all at once {batchF1:0.000}");
        Assert.True(grownF1 >= 0.90, $"day by day F1 {grownF1:0.000}");
    }
}
