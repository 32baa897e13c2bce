using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// One incident: the stories (from any outlet and language) that report it, with copies folded under their
/// original. <see cref="Id"/> is the stored incident's id (docs/incidents.md): issued once, by the story that
/// opened it, and never given to another. A window's incident lists the reports of the window in
/// <see cref="Stories"/>; places, actors and event type describe all its reports, and the Reports…/…Reported
/// members say what lies outside the window.
/// </summary>
public sealed record Incident
{
    public required string Id { get; init; }
    public required DateTimeOffset FirstSeen { get; init; }
    public required DateTimeOffset LastSeen { get; init; }
    public required IReadOnlyList<Place> Places { get; init; }
    public required IReadOnlyList<Actor> Actors { get; init; }
    public required EventType EventType { get; init; }

    /// <summary>Originals and copies, oldest first.</summary>
    public required IReadOnlyList<IncidentStory> Stories { get; init; }

    public IEnumerable<IncidentStory> Originals => Stories.Where(s => s.DuplicateOf is null);
    public int OutletCount => Stories.Select(s => s.Story.Outlet).Distinct(StringComparer.Ordinal).Count();
    public IReadOnlyList<string> Languages => Stories.Select(s => s.Story.Lang).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The place the incident is named after: the most reported specific place.</summary>
    public Place? MainPlace => Places.Count > 0 ? Places[0] : null;

    /// <summary>The incident's first report, in or before the window (as of the output's time).</summary>
    public DateTimeOffset FirstReported
    {
        get => _firstReported ?? FirstSeen;
        init => _firstReported = value;
    }

    /// <summary>The incident's latest report as of the output's time.</summary>
    public DateTimeOffset LastReported
    {
        get => _lastReported ?? LastSeen;
        init => _lastReported = value;
    }

    /// <summary>How many of its reports (copies included) are in the window: <see cref="Stories"/>.</summary>
    public int ReportsInWindow => Stories.Count;

    /// <summary>How many reports it has in all (copies included) as of the output's time.</summary>
    public int ReportsTotal
    {
        get => _reportsTotal ?? Stories.Count;
        init => _reportsTotal = value;
    }

    /// <summary>Reports published before the window's first one, and from how many outlets: "continuing since…".</summary>
    public int EarlierReports { get; init; }

    public int EarlierOutlets { get; init; }

    /// <summary><c>new</c> when its first report is in the window, <c>continuing</c> when it had reports before.</summary>
    public string Status => EarlierReports > 0 ? "continuing" : "new";

    /// <summary>The id that was asked for when it has since been merged into this one; null otherwise.</summary>
    public string? MergedFrom { get; init; }

    /// <summary>When <see cref="MergedFrom"/> was merged into this incident.</summary>
    public DateTimeOffset? MergedAt { get; init; }

    private DateTimeOffset? _firstReported;
    private DateTimeOffset? _lastReported;
    private int? _reportsTotal;
}

/// <summary>A story within an incident (or outside any); <see cref="DuplicateOf"/> is its original when it is a copy.</summary>
public sealed record IncidentStory(Story Story, Story? DuplicateOf)
{
    public int CopyCount { get; init; }
}
