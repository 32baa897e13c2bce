using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// One incident: the stories (from any outlet and language) that report it, with copies folded under their
/// original. <see cref="Id"/> is derived from the earliest original story, so it is stable across runs for
/// the same stories.
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
}

/// <summary>A story within an incident (or outside any); <see cref="DuplicateOf"/> is its original when it is a copy.</summary>
public sealed record IncidentStory(Story Story, Story? DuplicateOf)
{
    public int CopyCount { get; init; }
}
