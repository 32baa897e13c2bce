using System.Text.Json;
using Sahel.Cluster;
using Sahel.Model;
using Sahel.Normalize;
using Sahel.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Sahel.Tests.Cluster;

/// <summary>
/// The quality bar of the issue, on labelled stories written for the project: incident B-cubed F1 ≥ 0.90 and
/// copy precision ≥ 0.95, with the real analyser and the shipped lexicon. Two sets: the labelled set under
/// Fixtures/Incidents (independent of the samples) and the sample corpus's ground truth.
/// </summary>
public sealed class IncidentQualityTests(ITestOutputHelper output)
{
    private static readonly StoryAnalyzer Analyzer = new(Lexicon.Default);

    public static TheoryData<string> Sets => ["labelled-set", "samples"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void IncidentF1_AndCopyPrecision_MeetTheBar(string set)
    {
        var (stories, labels) = set == "samples" ? Samples() : LabelledSet();
        var grouped = new IncidentBuilder(s => Analyzer.Analyze(s.Title, s.Summary, s.Published), new ClusterOptions())
            .Build(stories.OrderBy(s => s.Published).ThenBy(s => s.Key, StringComparer.Ordinal).ToList());

        var predicted = stories.ToDictionary(s => s.Url!, s => grouped.IncidentOf(s)?.Id, StringComparer.Ordinal);
        var predictedCopies = stories.Where(s => grouped.OriginalOf(s) is not null).ToDictionary(s => s.Url!, s => grouped.OriginalOf(s)!.Url!, StringComparer.Ordinal);
        var incidents = IncidentEvaluation.BCubed(labels.Incidents, predicted);
        var copies = IncidentEvaluation.Copies(labels.CopyOf, predictedCopies);
        output.WriteLine($"{set}: {stories.Count} stories, {grouped.Incidents.Count} incidents found, {labels.Incidents.Values.OfType<string>().Distinct().Count()} labelled");
        output.WriteLine($"incidents: B-cubed precision {incidents.Precision:0.000} recall {incidents.Recall:0.000} F1 {incidents.F1:0.000}");
        output.WriteLine($"copies: precision {copies.Precision:0.000} recall {copies.Recall:0.000} ({copies.Items} labelled)");
        foreach (var incident in grouped.Incidents)
            output.WriteLine($"  {incident.Id[..12]} {IncidentText(incident)}: {string.Join(", ", incident.Stories.Select(s => labels.Incidents.GetValueOrDefault(s.Story.Url!) ?? "-"))}");

        Assert.True(incidents.F1 >= 0.90, $"incident F1 {incidents.F1:0.000} < 0.90");
        Assert.True(copies.Precision >= 0.95, $"copy precision {copies.Precision:0.000} < 0.95");
    }

    private static string IncidentText(Incident incident) => Sahel.Render.IncidentText.Title(incident);

    private static (List<Story>, LabelsFile) LabelledSet()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Incidents", "labelled-set.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var stories = document.RootElement.GetProperty("items").EnumerateArray().Select((item, i) => MakeStory(
            i, item.GetProperty("url").GetString()!, item.GetProperty("outlet").GetString()!, item.GetProperty("lang").GetString()!,
            DateTimeOffset.Parse(item.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            item.GetProperty("title").GetString()!, item.GetProperty("summary").GetString())).ToList();
        return (stories, LabelsFile.Read(path));
    }

    private static (List<Story>, LabelsFile) Samples()
    {
        // The samples as sahel stores them: parsed from the shipped feeds, labelled by samples/labels.json.
        var stories = new List<Story>();
        foreach (var file in Directory.GetFiles(RepoPaths.Samples).Where(f => f.EndsWith(".xml") || f.EndsWith(".feed.json")))
        {
            var feed = Sahel.Feeds.FeedParser.Parse(File.ReadAllBytes(file), null, file);
            foreach (var item in feed.Items)
            {
                var url = Sahel.Normalize.CanonicalUrl.Canonicalize(item.Link)!;
                stories.Add(MakeStory(stories.Count, url, Path.GetFileName(file), item.Language ?? feed.Language ?? "", item.Published ?? DateTimeOffset.UnixEpoch, item.Title ?? "",
                    (item.ContentHtml?.Length ?? 0) > (item.SummaryHtml?.Length ?? 0) ? item.ContentHtml : item.SummaryHtml));
            }
        }
        return (stories, LabelsFile.Read(Path.Combine(RepoPaths.Samples, "labels.json")));
    }

    private static Story MakeStory(int id, string url, string outlet, string lang, DateTimeOffset published, string title, string? summary) => new()
    {
        Id = id, FeedId = 0, FeedUrl = outlet, Outlet = outlet, Url = url, Title = title, SummaryHtml = summary, Lang = lang,
        ItemKey = "url:" + url, Published = published, FirstSeen = published, LastSeen = published,
    };
}
