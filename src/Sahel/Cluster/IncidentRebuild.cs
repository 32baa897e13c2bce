using Sahel.Model;
using Sahel.Store;

namespace Sahel.Cluster;

/// <summary>
/// `sahel incidents rebuild`: regroups every stored story at once (deterministically: oldest first, as a batch)
/// after the analyser, gazetteer or lexicon changed, and maps the old ids onto the new incidents by overlap so
/// every published id keeps resolving. Each old id goes to the new incident holding most of its stories (so a
/// split keeps the old id on the larger part); an old id that lost that contest is merged into the incident
/// holding most of its stories; one whose stories are all ungrouped now is dissolved. History is kept: the new
/// memberships are added, and `--now` before the rebuild still shows the old grouping.
/// </summary>
public sealed class IncidentRebuild(SahelStore store, IncidentAnalysis analysis)
{
    public sealed record Change(string Kind, string Id, string? Other, int Stories);

    public sealed record Result(int Stories, int Incidents, IReadOnlyList<Change> Changes, IReadOnlyDictionary<string, int> PreviousAnalyses);

    public Result Run(DateTimeOffset now)
    {
        var incidents = store.Incidents;
        var previousAnalyses = incidents.Analyses();
        var stories = store.Stories.Query(new StoryFilter { SeenBy = now, IncludeSummaries = false });
        var before = incidents.Memberships(stories.Select(s => s.Id).ToList(), now);
        var (decisions, _) = analysis.Builder(store).Decide(stories);

        var groups = decisions.Where(d => d.IncidentId is not null).GroupBy(d => d.IncidentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.ItemId).ToList(), StringComparer.Ordinal);
        var oldOf = before.Where(p => p.Value.IncidentId is not null).ToDictionary(p => p.Key, p => p.Value.IncidentId!);
        var oldSizes = oldOf.Values.GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var overlaps = groups.SelectMany(g => g.Value.Where(oldOf.ContainsKey).GroupBy(item => oldOf[item], StringComparer.Ordinal)
                .Select(o => (Old: o.Key, New: g.Key, Count: o.Count())))
            .OrderByDescending(o => o.Count).ThenByDescending(o => groups[o.New].Count).ThenBy(o => o.Old, StringComparer.Ordinal).ThenBy(o => o.New, StringComparer.Ordinal)
            .ToList();

        // Old ids onto new groups, largest overlaps first: an old id stays with the larger part of itself.
        var idOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var keptBy = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (old, group, _) in overlaps)
        {
            if (idOf.ContainsKey(group) || keptBy.Contains(old))
                continue;
            idOf[group] = old;
            keptBy.Add(old);
        }
        var byId = stories.ToDictionary(s => s.Id);
        var issued = new HashSet<string>(keptBy, StringComparer.Ordinal);
        var opened = new List<IncidentRecord>();
        var changes = new List<Change>();
        foreach (var (group, members) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (idOf.ContainsKey(group))
                continue;
            var founder = decisions.First(d => d.IncidentId == group && d.Opened).ItemId;
            var id = IncidentIds.For(byId[founder], candidate => issued.Contains(candidate) || incidents.Incidents([candidate]).Count > 0);
            issued.Add(id);
            idOf[group] = id;
            // A part of an old incident that kept its id elsewhere is a recorded split.
            var splitFrom = overlaps.Where(o => o.New == group).Select(o => o.Old).FirstOrDefault();
            opened.Add(new IncidentRecord(id, now, now, analysis.Name, "open", founder, splitFrom));
            changes.Add(new Change(splitFrom is null ? "new" : "split", id, splitFrom, members.Count));
        }

        var merges = new List<IncidentMerge>();
        var status = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var old in oldSizes.Keys.Where(old => !keptBy.Contains(old)).Order(StringComparer.Ordinal))
        {
            var into = overlaps.Where(o => o.Old == old).Select(o => idOf[o.New]).FirstOrDefault();
            if (into is null)
            {
                status[old] = "dissolved";
                changes.Add(new Change("dissolved", old, null, oldSizes[old]));
                continue;
            }
            status[old] = "merged";
            merges.Add(new IncidentMerge(old, into, now, "rebuild"));
            changes.Add(new Change("merged", old, into, oldSizes[old]));
        }
        foreach (var kept in keptBy)
            status[kept] = "open";
        foreach (var (group, id) in idOf.Where(p => keptBy.Contains(p.Value)))
        {
            var members = groups[group];
            var had = oldSizes.GetValueOrDefault(id);
            var same = members.Count(m => oldOf.GetValueOrDefault(m) == id);
            if (same != had || members.Count != had)
                changes.Add(new Change("changed", id, null, members.Count));
        }

        var memberships = decisions.Select(d => new IncidentMembership(d.ItemId, d.IncidentId is null ? null : idOf[d.IncidentId], d.CopyOf, now,
            "rebuild:" + d.Signals, byId[d.ItemId].AnalysisHash, analysis.Name)).ToList();
        incidents.Apply(new IncidentChanges { At = now, Opened = opened, Memberships = memberships, Merges = merges, StatusChanges = status });
        return new Result(stories.Count, groups.Count,
            changes.OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).ToList(), previousAnalyses);
    }
}
