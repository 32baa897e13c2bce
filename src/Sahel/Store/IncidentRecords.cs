namespace Sahel.Store;

/// <summary>
/// One assignment decision about one story (a row of incident_members): the incident it joined (null: none),
/// the original it copies (null: none), when, on which signals, and for which content and analysis.
/// </summary>
public sealed record IncidentMembership(
    long ItemId,
    string? IncidentId,
    long? CopyOf,
    DateTimeOffset AssignedAt,
    string Signals,
    string AnalysisHash,
    string Analysis);

/// <summary>An incident as stored (a row of incidents). <see cref="Status"/> is open, merged or dissolved.</summary>
public sealed record IncidentRecord(
    string Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Analysis,
    string Status,
    long FounderId,
    string? SplitFrom);

/// <summary>An id that stopped naming an incident of its own: it resolves to <see cref="IntoId"/> from <see cref="MergedAt"/>.</summary>
public sealed record IncidentMerge(string OldId, string IntoId, DateTimeOffset MergedAt, string Reason);

/// <summary>What one assignment run (or a rebuild) writes, all in one transaction.</summary>
public sealed record IncidentChanges
{
    public required DateTimeOffset At { get; init; }
    public IReadOnlyList<IncidentRecord> Opened { get; init; } = [];
    public IReadOnlyList<IncidentMembership> Memberships { get; init; } = [];
    public IReadOnlyList<IncidentMerge> Merges { get; init; } = [];

    /// <summary>Existing incidents given a new status (merged, dissolved, or open again), by id.</summary>
    public IReadOnlyDictionary<string, string> StatusChanges { get; init; } = new Dictionary<string, string>();
}
