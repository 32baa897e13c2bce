using System.Globalization;
using Humanizer;
using Sahel.Model;

namespace Sahel.Render;

/// <summary>
/// The timeline for people: one section per UTC day, one line per story with its time, linked title, outlet
/// and language. Relative times ("3 hours ago") only when a person is reading it live on a terminal; files
/// and pipes get absolute UTC times, so a digest means the same tomorrow.
/// </summary>
public sealed class MarkdownTimelineRenderer(bool relativeTimes) : ITimelineRenderer
{
    public void Render(Timeline.Timeline timeline, TextWriter output)
    {
        output.WriteLine("# Sahel timeline");
        output.WriteLine();
        output.WriteLine(Summary(timeline));
        foreach (var day in timeline.Days)
        {
            output.WriteLine();
            output.WriteLine($"## {day.Key.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}");
            output.WriteLine();
            foreach (var story in day)
                output.WriteLine(Entry(story, timeline.GeneratedAt));
        }
    }

    private static string Summary(Timeline.Timeline timeline)
    {
        if (timeline.Stories.Count == 0)
            return $"No stories {Window(timeline)}.";
        var languages = timeline.Languages;
        var languageText = languages.Count == 0 ? "" : $" in {"language".ToQuantity(languages.Count)} ({string.Join(", ", languages)})";
        return $"{"story".ToQuantity(timeline.Stories.Count)} from {"outlet".ToQuantity(timeline.OutletCount)}{languageText}, {Window(timeline)}. Times are UTC.";
    }

    private static string Window(Timeline.Timeline timeline) => (timeline.Since, timeline.Until) switch
    {
        (null, null) => "in the store",
        ({ } since, null) => $"since {Stamp(since)}",
        (null, { } until) => $"before {Stamp(until)}",
        ({ } since, { } until) => $"from {Stamp(since)} to {Stamp(until)}",
    };

    private string Entry(Story story, DateTimeOffset now)
    {
        var time = story.Published.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (relativeTimes)
            time += $" ({story.Published.UtcDateTime.Humanize(utcDate: true, dateToCompareAgainst: now.UtcDateTime, culture: CultureInfo.InvariantCulture)})";
        if (story.PublishedIsEstimated)
            time += ", first seen; undated";
        var language = story.Lang is null ? "" : $" ({MarkdownText.Escape(story.Lang)})";
        return $"- **{time}** {MarkdownText.Link(story.Title, story.Url)} — {MarkdownText.Escape(story.Outlet)}{language}";
    }

    private static string Stamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
