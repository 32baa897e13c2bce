using Sahel.Cluster;
using Sahel.Model;

namespace Sahel.Timeline;

/// <summary>
/// The filters of `incidents`, `timeline` and `sweep`. An incident is kept when one of its places is in the
/// country, one of its actors is the actor (or a part of it), one of its places is at or near the place, and
/// one of its reports matches the story filters (language, feed, search; <see cref="StoryMatches"/>). A story
/// outside any incident, or any story of a flat timeline, is kept by the same rules applied to its own analysis.
/// Incidents are grouped before filtering, so an incident's id and reports do not depend on the filters.
/// </summary>
public sealed record DigestFilter
{
    public string? Country { get; init; }
    public Actor? Actor { get; init; }
    public Place? Place { get; init; }
    public double DistanceKm { get; init; }

    /// <summary>The stories that pass the store's filters (language, feed, search), or null when none is given.</summary>
    public IReadOnlySet<long>? StoryMatches { get; init; }

    public bool IsEmpty => Country is null && Actor is null && Place is null && StoryMatches is null;

    public bool Keeps(Incident incident) =>
        (Country is null || incident.Places.Any(p => SameCountry(p.Country)))
        && (Actor is null || incident.Actors.Any(IsActor))
        && (Place is null || incident.Places.Any(IsNear))
        && (StoryMatches is null || incident.Stories.Any(s => StoryMatches.Contains(s.Story.Id)));

    /// <param name="features">The story's analysis; null when it was not read (then only the store's filters and the outlet's country apply).</param>
    public bool Keeps(Story story, StoryFeatures? features) =>
        (Country is null || SameCountry(story.Country) || features?.Places.Any(p => SameCountry(p.Country)) == true)
        && (Actor is null || features?.Actors.Any(IsActor) == true)
        && (Place is null || features?.Places.Any(IsNear) == true)
        && (StoryMatches is null || StoryMatches.Contains(story.Id));

    private bool SameCountry(string? country) => string.Equals(country, Country, StringComparison.OrdinalIgnoreCase);

    private bool IsActor(Actor actor) => actor.Id == Actor!.Id || actor.Parent == Actor.Id;

    private bool IsNear(Place place) => place.Id == Place!.Id || GeoDistance.Kilometres(place, Place) <= DistanceKm;
}
