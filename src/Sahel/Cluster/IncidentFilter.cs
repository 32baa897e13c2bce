using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// Which incidents a reader asked for: in a country, involving an actor (or one of its units), at or near a
/// place, reported in a language. Null fields match everything.
/// </summary>
public sealed record IncidentFilter
{
    public string? Country { get; init; }
    public Actor? Actor { get; init; }
    public Place? Place { get; init; }
    public string? Lang { get; init; }

    /// <summary>How near to <see cref="Place"/> counts (the grouping distance).</summary>
    public double DistanceKm { get; init; } = 50;

    public bool Matches(Incident incident) =>
        (Country is null || incident.Places.Any(p => string.Equals(p.Country, Country, StringComparison.OrdinalIgnoreCase)))
        && (Actor is null || incident.Actors.Any(a => a.Id == Actor.Id || a.Parent == Actor.Id))
        && (Place is null || incident.Places.Any(p => p.Id == Place.Id || GeoDistance.Kilometres(p, Place) <= DistanceKm))
        && (Lang is null || incident.Languages.Contains(Lang.ToLowerInvariant()));
}
