using System.Globalization;
using Humanizer;
using Sahel.Model;

namespace Sahel.Render;

/// <summary>
/// The timeline for people: one section per UTC day, one line per story with its time, linked title, outlet
/// and language. Relative times ("3 hours ago") only when a person is reading it live on a terminal; files
/// and pipes get absolute UTC times, so a digest means the same tomorrow.
/// </summary>
public sealed class MarkdownTimelineRenderer(bool relativeTimes) : IReportRenderer<Timeline.Timeline>
{
    public void Render(Timeline.Timeline timeline, TextWriter output)
    {
        output.WriteLine("# Sahel timeline");
        output.WriteLine();
        output.WriteLine(Summary(timeline));
        if (timeline.Incidents is { } incidents)
        {
            RenderByIncident(timeline, incidents, output);
            return;
        }
        foreach (var day in timeline.Days)
        {
            output.WriteLine();
            output.WriteLine($"## {day.Key.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}");
            output.WriteLine();
            foreach (var story in day)
                output.WriteLine(Entry(story, timeline.GeneratedAt) + IncidentText.GlossLine(story, timeline.Details));
        }
    }

    /// <summary>
    /// Each day: the incidents first reported that day, each with its reports beneath (copies folded), then the
    /// day's stories that belong to no incident.
    /// </summary>
    private void RenderByIncident(Timeline.Timeline timeline, Cluster.IncidentSet incidents, TextWriter output)
    {
        static DateOnly Day(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);
        var incidentsByDay = incidents.Incidents.ToLookup(i => Day(i.FirstSeen));
        var othersByDay = incidents.Unassigned.ToLookup(s => Day((s.DuplicateOf ?? s.Story).Published));
        var days = incidentsByDay.Select(g => g.Key).Concat(othersByDay.Select(g => g.Key)).Distinct().Order();
        foreach (var day in days)
        {
            output.WriteLine();
            output.WriteLine($"## {day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}");
            foreach (var incident in incidentsByDay[day])
            {
                output.WriteLine();
                output.WriteLine($"### {MarkdownText.Escape(IncidentText.Title(incident))}");
                output.WriteLine();
                output.WriteLine($"{IncidentText.Coverage(incident)}. Who: {MarkdownText.Escape(IncidentText.Actors(incident))}. Id `{incident.Id}`.");
                if (IncidentText.Continuing(incident) is { } continuing)
                    output.WriteLine($"{continuing}.");
                output.WriteLine();
                foreach (var (original, copies) in IncidentText.WithCopies(incident.Stories))
                    output.WriteLine(IncidentText.StoryLine(original, copies, withDate: Day(original.Story.Published) != day) + Relative(original.Story, timeline.GeneratedAt)
                        + IncidentText.GlossLine(original.Story, timeline.Details));
            }
            var others = othersByDay[day].ToList();
            if (others.Count == 0)
                continue;
            output.WriteLine();
            output.WriteLine(incidentsByDay[day].Any() ? "### Other stories" : "### Stories");
            output.WriteLine();
            foreach (var (original, copies) in IncidentText.WithCopies(others))
                output.WriteLine(IncidentText.StoryLine(original, copies, withDate: false) + Relative(original.Story, timeline.GeneratedAt)
                    + IncidentText.GlossLine(original.Story, timeline.Details));
        }
    }

    private string Relative(Story story, DateTimeOffset now) =>
        relativeTimes ? $" ({story.Published.UtcDateTime.Humanize(utcDate: true, dateToCompareAgainst: now.UtcDateTime, culture: CultureInfo.InvariantCulture)})" : "";

    private static string Summary(Timeline.Timeline timeline)
    {
        if (timeline.Stories.Count == 0)
            return $"No stories {MarkdownTime.Window(timeline.Since, timeline.Until)}.";
        var languages = timeline.Languages;
        var languageText = languages.Count == 0 ? "" : $" in {"language".ToQuantity(languages.Count)} ({string.Join(", ", languages)})";
        var incidentText = timeline.Incidents is { } set ? $"{"incident".ToQuantity(set.Incidents.Count)} and " : "";
        return $"{incidentText}{"story".ToQuantity(timeline.Stories.Count)} from {"outlet".ToQuantity(timeline.OutletCount)}{languageText}, {MarkdownTime.Window(timeline.Since, timeline.Until)}. Times are UTC.";
    }


    private string Entry(Story story, DateTimeOffset now)
    {
        var time = story.Published.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (relativeTimes)
            time += $" ({story.Published.UtcDateTime.Humanize(utcDate: true, dateToCompareAgainst: now.UtcDateTime, culture: CultureInfo.InvariantCulture)})";
        if (story.PublishedIsEstimated)
            time += ", first seen; undated";
        var language = story.Lang is null ? "" : $" ({MarkdownText.Escape(story.Lang)})";
        return $"- **{time}** {MarkdownText.Link(story.Title, story.Url)} — {MarkdownText.Escape(story.Outlet)}{language}{EditedMark.For(story)}";
    }

}
