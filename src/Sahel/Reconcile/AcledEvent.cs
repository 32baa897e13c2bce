namespace Sahel.Reconcile;

/// <summary>
/// One row of an ACLED export, the columns sahel reads (docs/reconcile.md). In ACLED's coding one event is one
/// day, one place and one pair of actors; <see cref="Fatalities"/> is its most conservative credible figure.
/// </summary>
public sealed record AcledEvent
{
    /// <summary>event_id_cnty as written, with ACLED's country prefix (MLI1234, BFO5678).</summary>
    public required string Id { get; init; }

    /// <summary>The physical line of the row in the export, for messages.</summary>
    public required int Line { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>1: the day is known; 2: the week; 3: only the month.</summary>
    public required int TimePrecision { get; init; }
    public string? DisorderType { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public required string Actor1 { get; init; }
    public string AssocActor1 { get; init; } = "";
    public AcledInter Inter1 { get; init; }
    public string Actor2 { get; init; } = "";
    public string AssocActor2 { get; init; } = "";
    public AcledInter Inter2 { get; init; }

    /// <summary>ISO 3166 alpha-2 (ML, BF, NE, TD, MR…) from the country name, the ISO codes or the event id's prefix; null when none is known.</summary>
    public string? Country { get; init; }
    public required string CountryName { get; init; }
    public string Admin1 { get; init; } = "";
    public string Admin2 { get; init; } = "";
    public string Admin3 { get; init; } = "";
    public required string Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int GeoPrecision { get; init; } = 1;
    public string Source { get; init; } = "";
    public string Notes { get; init; } = "";
    public required int Fatalities { get; init; }

    /// <summary>Every actor the row names: the two main actors and their associates (ACLED separates several with "; ").</summary>
    public IEnumerable<(string Name, AcledInter Inter)> Actors =>
        new[] { (Actor1, Inter1), (AssocActor1, Inter1), (Actor2, Inter2), (AssocActor2, Inter2) }
            .SelectMany(a => a.Item1.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => (n, a.Item2)));

    /// <summary>Battles, explosions/remote violence and violence against civilians: the events an incident of sahel's can be.</summary>
    public bool IsPoliticalViolence => AcledCodes.IsViolent(EventType);
}
