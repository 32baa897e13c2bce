namespace Sahel.Reconcile;

/// <summary>An ACLED export as read: its layout, the events of its well-formed rows, and a warning per skipped row.</summary>
public sealed record AcledExport
{
    /// <summary>The file name as the user gave it, for messages and the report.</summary>
    public required string Name { get; init; }

    /// <summary>"current" (disorder_type, civilian_targeting, tags) or "pre-2023" (data_id, event_id_no_cnty, iso3).</summary>
    public required string Layout { get; init; }
    public required char Separator { get; init; }
    public required int Rows { get; init; }
    public required IReadOnlyList<AcledEvent> Events { get; init; }
    public required IReadOnlyList<AcledWarning> Warnings { get; init; }

    public DateOnly? FirstDate => Events.Count > 0 ? Events.Min(e => e.Date) : null;
    public DateOnly? LastDate => Events.Count > 0 ? Events.Max(e => e.Date) : null;

    /// <summary>The countries the export covers (ISO alpha-2), sorted.</summary>
    public IReadOnlyList<string> Countries => Events.Select(e => e.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

/// <summary>A row that was skipped, with the physical line it starts on.</summary>
public sealed record AcledWarning(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}; row skipped";
}

/// <summary>The file is not an ACLED export at all (no header, a required column missing).</summary>
public sealed class AcledFormatException(string message) : Exception(message);
