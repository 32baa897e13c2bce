namespace Sahel.Store;

/// <summary>
/// The stored incidents: what the cluster stage reads and writes, and all it needs of a backend. "As of T"
/// arguments read the state at T: the latest membership recorded at or before T, merges made by T.
/// </summary>
public interface IIncidentStore
{
    /// <summary>
    /// Stories first seen at or before <paramref name="asOf"/> that need assignment: never assigned, or changed
    /// (their analysis hash differs from the one their latest membership was made for). Row ids, any order.
    /// </summary>
    IReadOnlyList<long> Pending(DateTimeOffset asOf);

    /// <summary>The latest membership of each of these stories as of T (stories never assigned by T are absent).</summary>
    IReadOnlyDictionary<long, IncidentMembership> Memberships(IReadOnlyCollection<long> itemIds, DateTimeOffset asOf);

    /// <summary>The stories in these incidents as of T (their latest membership names one of them).</summary>
    IReadOnlyList<IncidentMembership> Members(IReadOnlyCollection<string> incidentIds, DateTimeOffset asOf);

    /// <summary>
    /// The latest membership of each of these stories as of T, and every member of the incidents they are in: what a
    /// digest reads to show whole incidents. A backend may read both at once.
    /// </summary>
    (IReadOnlyDictionary<long, IncidentMembership> OfStories, IReadOnlyList<IncidentMembership> OfTheirIncidents) MembershipsAround(
        IReadOnlyCollection<long> itemIds, DateTimeOffset asOf) => StoriesThenIncidents(this, itemIds, asOf);

    /// <summary><see cref="MembershipsAround"/> in two reads: the stories' memberships, then their incidents' members.</summary>
    protected static (IReadOnlyDictionary<long, IncidentMembership> OfStories, IReadOnlyList<IncidentMembership> OfTheirIncidents) StoriesThenIncidents(
        IIncidentStore store, IReadOnlyCollection<long> itemIds, DateTimeOffset asOf)
    {
        var memberships = store.Memberships(itemIds, asOf);
        var incidentIds = memberships.Values.Select(m => m.IncidentId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return (memberships, store.Members(incidentIds, asOf));
    }

    /// <summary>The stored incidents with these ids (created at any time).</summary>
    IReadOnlyDictionary<string, IncidentRecord> Incidents(IReadOnlyCollection<string> ids);

    /// <summary>Every merge recorded at or before T.</summary>
    IReadOnlyList<IncidentMerge> Merges(DateTimeOffset asOf);

    /// <summary>The analyses the stored memberships were made with, and how many stories each: what `incidents rebuild` checks.</summary>
    IReadOnlyDictionary<string, int> Analyses();

    /// <summary>Writes a run's decisions atomically: an interrupted run leaves nothing half-written.</summary>
    void Apply(IncidentChanges changes);

    /// <summary>
    /// Takes the store's incident lock until disposed. An assignment reads, decides and writes under it, so runners
    /// sharing a store take turns and an incident id is never opened twice or a story assigned twice.
    /// </summary>
    IDisposable Exclusive();
}
