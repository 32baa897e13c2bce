using Sahel.Cluster;

namespace Sahel.Reconcile;

/// <summary>
/// The stored incidents against an ACLED export (docs/reconcile.md): what both have, with the tolls compared;
/// what only sahel has, within the export's dates and countries; what only ACLED has, within the store's; and
/// where matched accounts disagree.
/// </summary>
public sealed record ReconcileReport
{
    public required DateTimeOffset GeneratedAt { get; init; }
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    public string? Country { get; init; }
    public required int MinFatalities { get; init; }
    public required AcledExport Export { get; init; }

    /// <summary>The export's events after --since, --until and --country.</summary>
    public required int EventsConsidered { get; init; }
    public required ReconcileScope ExportScope { get; init; }
    public required ReconcileScope StoreScope { get; init; }
    public required int IncidentCount { get; init; }
    public required IReadOnlyList<IncidentMatch> Matched { get; init; }
    public required IReadOnlyList<Incident> SahelOnly { get; init; }
    public required IReadOnlyList<AcledEvent> AcledOnly { get; init; }
    public required IReadOnlyList<Disagreement> Disagreements { get; init; }

    /// <summary>Anything unmatched or disagreeing: what --exit-code turns into exit 5.</summary>
    public bool HasDifferences => SahelOnly.Count > 0 || AcledOnly.Count > 0 || Disagreements.Count > 0;
}

/// <summary>The days (inclusive) and countries one side covers; the other side's leftovers are counted only inside it.</summary>
public sealed record ReconcileScope(DateOnly? From, DateOnly? To, IReadOnlyList<string> Countries)
{
    public bool Contains(DateOnly date, IEnumerable<string?> countries) =>
        From is { } from && To is { } to && date >= from && date <= to && countries.Any(c => c is not null && Countries.Contains(c));
}

/// <summary>An incident and the ACLED events it matches, with ACLED's fatalities (summed over its events) against each source's toll.</summary>
public sealed record IncidentMatch
{
    public required Incident Incident { get; init; }
    public required IReadOnlyList<EventMatch> Events { get; init; }
    public int AcledFatalities => Events.Sum(e => e.Event.Fatalities);
    public required IReadOnlyList<TollCheck> Tolls { get; init; }
}

/// <summary>ACLED's fatalities against one source's claimed toll.</summary>
public sealed record TollCheck(ClaimedToll Claim, TollPosition Position);

/// <summary>What a disagreement is about.</summary>
public enum DisagreementKind
{
    Date,
    Place,
    Actors,
    Toll,
}

/// <summary>One way a matched incident and ACLED disagree, with the events concerned and a sentence saying how.</summary>
public sealed record Disagreement(Incident Incident, DisagreementKind Kind, IReadOnlyList<string> EventIds, string Detail);

/// <summary>The stable names of disagreement kinds in JSON and CSV.</summary>
public static class DisagreementKinds
{
    public static string Code(DisagreementKind kind) => kind switch
    {
        DisagreementKind.Date => "date",
        DisagreementKind.Place => "place",
        DisagreementKind.Actors => "actors",
        _ => "toll",
    };
}
