using Sahel.Model;

namespace Sahel.Reconcile;

/// <summary>
/// One ACLED event matched to an incident, with what agrees: the date (within ±2 days of the first report, wider
/// for ACLED's week- or month-precise dates), the place (within 50 km, or the same name through the gazetteer),
/// the non-state actors (null when either side names none), and the event type.
/// </summary>
public sealed record EventMatch
{
    public required AcledEvent Event { get; init; }

    /// <summary>ACLED's date minus the date of the incident's first report, in days.</summary>
    public required int DayOffset { get; init; }
    public required bool DateAgrees { get; init; }

    /// <summary>From ACLED's point to the nearest place of the incident; null without coordinates on either side.</summary>
    public double? DistanceKm { get; init; }

    /// <summary>The incident's place that ACLED's location, admin3 or admin2 names, when one does.</summary>
    public Place? NamedPlace { get; init; }
    public required bool PlaceAgrees { get; init; }
    public required bool? ActorsAgree { get; init; }

    /// <summary>The lexicon actors ACLED's actor columns name.</summary>
    public required IReadOnlyList<Actor> Actors { get; init; }
    public required bool TypeAgrees { get; init; }
    internal double Score { get; init; }
}
