using Sahel.Cluster;
using Sahel.Digest;
using Sahel.Model;

namespace Sahel.Render.Feeds;

/// <summary>
/// A timeline or an incident report as feed entries: one per incident, newest first, then (timeline only) one
/// per story outside any incident; with <c>--flat</c> (no grouping), one per story.
/// </summary>
public static class DigestFeedBuilder
{
    public static DigestFeed From(Timeline.Timeline timeline)
    {
        var details = timeline.Details;
        var entries = timeline.Incidents is { } set
            ? set.Incidents.Select(i => ForIncident(i, details))
                .Concat(IncidentText.WithCopies(set.Unassigned).Select(s => ForStory(s.Original.Story, details)))
            : timeline.Stories.Select(s => ForStory(s, details));
        return new DigestFeed(TagUri.Feed(timeline.Incidents is null ? "timeline-stories" : "timeline"), "Sahel timeline",
            Subtitle(timeline.Since, timeline.Until), timeline.GeneratedAt, Order(entries));
    }

    public static DigestFeed From(Render.IncidentReport report) =>
        new(TagUri.Feed("incidents"), "Sahel incidents", Subtitle(report.Since, report.Until), report.GeneratedAt,
            Order(report.Incidents.Select(i => ForIncident(i, report.Details))));

    // Newest change first, as readers list them; the id breaks ties so the order never depends on the run.
    private static List<FeedEntry> Order(IEnumerable<FeedEntry> entries) =>
        entries.OrderByDescending(e => e.Updated).ThenByDescending(e => e.Published).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

    private static string Subtitle(DateTimeOffset? since, DateTimeOffset? until) =>
        "Incidents and stories of Sahel news feeds, grouped across outlets and languages by sahel, " + MarkdownTime.Window(since, until);

    public static FeedEntry ForIncident(Incident incident, DigestDetails details)
    {
        var first = incident.Originals.FirstOrDefault()?.Story ?? incident.Stories[0].Story;
        return new FeedEntry
        {
            Id = TagUri.Incident(incident.Id),
            Title = IncidentText.Title(incident),
            Link = SafeText.HttpLink(first.Url),
            Published = incident.FirstSeen,
            Updated = Updated(incident),
            Summary = $"{IncidentText.Title(incident)}: {IncidentText.Coverage(incident)}",
            Html = EntryHtml.Incident(incident, details),
            Language = "en",
            Tags = Tags(incident.EventType, incident.Places.Select(p => p.Country), incident.Actors),
        };
    }

    public static FeedEntry ForStory(Story story, DigestDetails details) => new()
    {
        Id = TagUri.Story(story.Key),
        Title = SafeText.Clean(story.Title) is { Length: > 0 } title ? title : "(untitled)",
        Link = SafeText.HttpLink(story.Url),
        Published = story.Published,
        Updated = Updated(story),
        Summary = details.GlossOf(story) ?? SafeText.Clean(story.Summary),
        Html = EntryHtml.Story(story, details),
        Author = SafeText.Clean(story.Outlet),
        Language = story.Lang,
        Tags = story.Country is { } country ? [country] : [],
    };

    /// <summary>
    /// The last time sahel learned something of the incident: a report first seen, or a report edited (its
    /// figures may have changed). Never before the latest report's publication.
    /// </summary>
    public static DateTimeOffset Updated(Incident incident)
    {
        // LastReported counts the stored incident's reports outside the window too.
        var learned = incident.Stories.Select(s => Updated(s.Story)).Max();
        return incident.LastReported > learned ? incident.LastReported : learned;
    }

    private static DateTimeOffset Updated(Story story)
    {
        var learned = story.LastEdited is { } edited && edited > story.FirstSeen ? edited : story.FirstSeen;
        return learned > story.Published ? learned : story.Published;
    }

    private static IReadOnlyList<string> Tags(EventType type, IEnumerable<string?> countries, IEnumerable<Actor> actors) =>
        new[] { EventTypes.Code(type) }.Concat(countries.OfType<string>().Distinct(StringComparer.Ordinal)).Concat(actors.Select(a => a.Id)).ToList();
}
