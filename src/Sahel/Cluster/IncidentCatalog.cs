using Sahel.Model;
using Sahel.Store;

namespace Sahel.Cluster;

/// <summary>
/// Reads stored incidents for the commands that show them (timeline, incidents, diff, eval): never regroups.
/// A window lists every incident with a report in it, once, whole (described by all its reports as of the
/// output's time) with the window's reports listed; an id resolves through merges to the incident it became.
/// </summary>
public sealed class IncidentCatalog(ISahelStore store, IncidentAnalysis analysis)
{
    /// <summary>Where an asked-for id stands as of T: its own incident, or the survivor of merges (with the first merge).</summary>
    public sealed record Resolution(string Id, IncidentMerge? Merge);

    /// <summary>
    /// The catalog once the stories seen by <paramref name="now"/> are all assigned: the work an interrupted run
    /// left is finished here, so every command reads a complete grouping.
    /// </summary>
    public static IncidentCatalog UpToDate(ISahelStore store, IncidentAnalysis analysis, DateTimeOffset now)
    {
        new IncidentAssignment(store, analysis).AssignPending(now);
        return new IncidentCatalog(store, analysis);
    }

    /// <summary>The incidents of a window's stories (as of T), and the window's stories in none.</summary>
    public IncidentSet ForStories(IReadOnlyList<Story> window, DateTimeOffset asOf)
    {
        var (memberships, members) = store.Incidents.MembershipsAround(window.Select(s => s.Id).ToHashSet(), asOf);
        var all = new Dictionary<long, IncidentMembership>(memberships);
        foreach (var member in members)
            all[member.ItemId] = member;
        var stories = Load(window, all, asOf);
        var shown = window.Select(s => s.Id).ToHashSet();
        var incidents = Describe(members, stories, all, shown);

        var copyCounts = window.Where(s => all.GetValueOrDefault(s.Id)?.CopyOf is not null).GroupBy(s => all[s.Id].CopyOf!.Value).ToDictionary(g => g.Key, g => g.Count());
        var unassigned = window.Where(s => all.GetValueOrDefault(s.Id)?.IncidentId is null)
            .Select(s => new IncidentStory(s, OriginalOf(s.Id, all, stories)) { CopyCount = copyCounts.GetValueOrDefault(s.Id) }).ToList();
        return new IncidentSet(incidents, unassigned);
    }

    /// <summary>One incident, whole, by any id it ever had; null when the id was not issued by T.</summary>
    public Incident? ForId(string id, DateTimeOffset asOf, bool includeSummaries)
    {
        if (Resolve(id, asOf) is not { } resolution)
            return null;
        var members = store.Incidents.Members([resolution.Id], asOf);
        if (members.Count == 0)
            return null;
        var all = members.ToDictionary(m => m.ItemId);
        var window = store.Stories.Query(new StoryFilter { ItemIds = all.Keys.ToList(), SeenBy = asOf, IncludeSummaries = includeSummaries });
        var stories = Load(window, all, asOf);
        var incident = Describe(members, stories, all, shown: null).SingleOrDefault();
        return incident is null ? null
            : resolution.Merge is { } merge ? incident with { MergedFrom = merge.OldId, MergedAt = merge.MergedAt } : incident;
    }

    /// <summary>Follows merges made by T; null when no incident had this id by T.</summary>
    public Resolution? Resolve(string id, DateTimeOffset asOf)
    {
        var record = store.Incidents.Incidents([id]).GetValueOrDefault(id);
        if (record is null || record.CreatedAt > asOf)
            return null;
        var merges = store.Incidents.Merges(asOf).ToDictionary(m => m.OldId, StringComparer.Ordinal);
        IncidentMerge? first = null;
        var current = id;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (merges.TryGetValue(current, out var merge) && seen.Add(current))
        {
            first ??= merge;
            current = merge.IntoId;
        }
        return new Resolution(current, first);
    }

    private Dictionary<long, Story> Load(IReadOnlyList<Story> window, Dictionary<long, IncidentMembership> all, DateTimeOffset asOf)
    {
        var stories = window.ToDictionary(s => s.Id);
        var missing = all.Values.Where(m => m.IncidentId is not null).Select(m => m.ItemId)
            .Concat(all.Values.Select(m => m.CopyOf).OfType<long>())
            .Where(id => !stories.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
            foreach (var story in store.Stories.Query(new StoryFilter { ItemIds = missing, SeenBy = asOf, IncludeSummaries = false }))
                stories[story.Id] = story;
        return stories;
    }

    private List<Incident> Describe(IReadOnlyList<IncidentMembership> members, Dictionary<long, Story> stories, Dictionary<long, IncidentMembership> all, IReadOnlySet<long>? shown)
    {
        var groups = members.Where(m => stories.ContainsKey(m.ItemId)).GroupBy(m => m.IncidentId!, StringComparer.Ordinal).ToList();
        var records = store.Incidents.Incidents(groups.Select(g => g.Key).ToList());
        var originals = groups.SelectMany(g => g).Where(m => m.CopyOf is null).Select(m => stories[m.ItemId]).DistinctBy(s => s.Id).ToList();
        var signed = analysis.Signatures(store).For(originals);
        var features = new Dictionary<long, StoryFeatures>();
        for (var i = 0; i < originals.Count; i++)
            features[originals[i].Id] = signed[i].Features;
        var originalOf = all.Values.Where(m => m.CopyOf is { } original && stories.ContainsKey(original) && stories.ContainsKey(m.ItemId))
            .ToDictionary(m => m.ItemId, m => stories[m.CopyOf!.Value]);
        return groups
            .Select(g => IncidentDescriber.Describe(g.Key, records.GetValueOrDefault(g.Key)?.FounderId ?? -1, g.Select(m => stories[m.ItemId]).ToList(), shown, originalOf,
                s => features.TryGetValue(s.Id, out var f) ? f : new StoryFeatures()))
            .Where(i => i.Stories.Count > 0)
            .OrderBy(i => i.FirstSeen).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
    }

    private static Story? OriginalOf(long id, Dictionary<long, IncidentMembership> all, Dictionary<long, Story> stories) =>
        all.GetValueOrDefault(id)?.CopyOf is { } original ? stories.GetValueOrDefault(original) : null;
}
