using Sahel.Model;
using Sahel.Store;

namespace Sahel.Cluster;

/// <summary>
/// The end of every fetch and sweep: each story new or changed since the last run joins a stored incident or
/// opens one, and the decisions are stored at once. Only the stories within the horizon of the new ones are
/// read (blocking by time; places and a map grid block within it), so a day's stories cost the same in a store
/// of a month or of years. Old incidents are never regrouped: a changed story keeps its incident.
/// </summary>
public sealed class IncidentAssignment(ISahelStore store, IncidentAnalysis analysis)
{
    /// <param name="StoryIds">The stories assigned (new or changed since the last run).</param>
    public sealed record Result(int Stories, int Opened, int Joined, int Copies, int Kept)
    {
        public IReadOnlyList<long> StoryIds { get; init; } = [];
    }

    public Result AssignPending(DateTimeOffset now)
    {
        var incidents = store.Incidents;
        // Runners sharing a store assign one at a time, each seeing what the one before decided.
        using var exclusive = incidents.Exclusive();
        var pendingIds = incidents.Pending(now);
        if (pendingIds.Count == 0)
            return new Result(0, 0, 0, 0, 0);
        var pending = store.Stories.Query(new StoryFilter { ItemIds = pendingIds, IncludeSummaries = false });
        var previous = incidents.Memberships(pendingIds, now);
        var pendingSet = pendingIds.ToHashSet();

        // What is already decided around the new stories: their possible originals and incidents.
        var context = store.Stories.Query(new StoryFilter
        {
            Since = pending[0].Published - analysis.Horizon, Until = pending[^1].Published + analysis.Horizon + TimeSpan.FromSeconds(1),
            SeenBy = now, IncludeSummaries = false,
        }).Where(s => !pendingSet.Contains(s.Id)).ToList();
        var known = new Dictionary<long, IncidentMembership>(incidents.Memberships(context.Select(s => s.Id).ToList(), now));
        // An edited story keeps what it had: ordinary sweeps never regroup (`incidents rebuild` does).
        var kept = pending.Where(s => previous.TryGetValue(s.Id, out var m) && (m.IncidentId is not null || m.CopyOf is not null)).ToList();
        foreach (var story in kept)
            known[story.Id] = previous[story.Id];
        var keptIds = kept.Select(s => s.Id).ToHashSet();
        var stories = context.Where(s => known.ContainsKey(s.Id)).Concat(kept).ToDictionary(s => s.Id);

        // Whole profiles: an incident's reports outside the horizon still say where and what it was.
        var incidentIds = known.Values.Select(m => m.IncidentId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var members = incidents.Members(incidentIds, now);
        // Of those, copies matter only where a new story could copy them (within the copy window): an incident
        // reported ten thousand times is still a few originals, and reading every copy cost most of a day's
        // assignment on a large store.
        var outside = members.Where(m => !stories.ContainsKey(m.ItemId)).DistinctBy(m => m.ItemId).ToList();
        var outsideOriginals = outside.Where(m => m.CopyOf is null).Select(m => m.ItemId).ToList();
        var outsideCopies = outside.Where(m => m.CopyOf is not null).Select(m => m.ItemId).ToList();
        var (copiesFrom, copiesTo) = (pending[0].Published - CopyIndex.CopyWindow, pending[^1].Published + CopyIndex.CopyWindow);
        foreach (var story in outsideOriginals.Count == 0 ? [] : store.Stories.Query(new StoryFilter { ItemIds = outsideOriginals, IncludeSummaries = false }))
            stories[story.Id] = story;
        foreach (var story in outsideCopies.Count == 0 ? [] : store.Stories.Query(new StoryFilter
                     { ItemIds = outsideCopies, Since = copiesFrom, Until = copiesTo + TimeSpan.FromSeconds(1), IncludeSummaries = false }))
            stories[story.Id] = story;
        var fresh = pending.Where(s => !keptIds.Contains(s.Id)).ToList();
        var everyone = stories.Values.OrderBy(s => s.Published).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var signed = analysis.Signatures(store).For(everyone.Concat(fresh).ToList());
        var signatureOf = new Dictionary<long, StorySignature>();
        var all = everyone.Concat(fresh).ToList();
        for (var i = 0; i < all.Count; i++)
            signatureOf[all[i].Id] = signed[i];

        var grouper = new IncidentGrouper(analysis.Options, id => incidents.Incidents([id]).Count > 0);
        // Only stories a new one could copy are indexed for copies (MinHash signing is most of a known story's
        // cost): copies are looked for within CopyIndex.CopyWindow of each other.
        foreach (var story in everyone.Where(s => known.ContainsKey(s.Id) && s.Published >= copiesFrom && s.Published <= copiesTo))
            grouper.Know(story, signatureOf[story.Id], known[story.Id].IncidentId, known[story.Id].CopyOf);
        var founders = incidents.Incidents(incidentIds);
        foreach (var group in members.Concat(known.Values).DistinctBy(m => m.ItemId).Where(m => m.IncidentId is not null && m.CopyOf is null && stories.ContainsKey(m.ItemId))
                     .GroupBy(m => m.IncidentId!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var founder = founders.TryGetValue(group.Key, out var record) ? record.FounderId : -1;
            var originals = group.Select(m => stories[m.ItemId]).OrderBy(s => s.Id == founder ? 0 : 1).ThenBy(s => s.Published).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => (s, signatureOf[s.Id])).ToList();
            grouper.Replay(group.Key, originals);
        }

        var memberships = new List<IncidentMembership>();
        var opened = new List<IncidentRecord>();
        int joined = 0, copies = 0;
        foreach (var story in kept)
            memberships.Add(new IncidentMembership(story.Id, previous[story.Id].IncidentId, previous[story.Id].CopyOf, now, "kept", story.AnalysisHash, analysis.Name));
        foreach (var story in fresh)
        {
            var decision = grouper.Assign(story, signatureOf[story.Id]);
            memberships.Add(new IncidentMembership(story.Id, decision.IncidentId, decision.CopyOf, now, decision.Signals, story.AnalysisHash, analysis.Name));
            if (decision.Opened)
                opened.Add(new IncidentRecord(decision.IncidentId!, now, now, analysis.Name, "open", story.Id, null));
            else if (decision.CopyOf is not null)
                copies++;
            else if (decision.IncidentId is not null)
                joined++;
        }
        incidents.Apply(new IncidentChanges { At = now, Opened = opened, Memberships = memberships });
        return new Result(pending.Count, opened.Count, joined, copies, kept.Count) { StoryIds = pendingIds };
    }
}
