using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// Batch grouping: all the given stories at once, oldest first, through the same <see cref="IncidentGrouper"/>
/// a sweep uses one story at a time. What `sahel eval` compares the stored incidents with, what `incidents
/// rebuild` regroups the store with, and what the tests drive with hand-made features.
/// </summary>
public sealed class IncidentBuilder(ISignatureSource signatures, ClusterOptions options)
{
    public IncidentBuilder(Func<Story, StoryFeatures> analyze, ClusterOptions options)
        : this(new AnalyzingSignatureSource(analyze), options)
    {
    }

    /// <summary>The decisions, one per story in order, and the signatures they were made on.</summary>
    public (IReadOnlyList<IncidentGrouper.Decision> Decisions, IReadOnlyList<StorySignature> Signatures) Decide(IReadOnlyList<Story> stories, Func<string, bool>? taken = null)
    {
        var signed = signatures.For(stories);
        var grouper = new IncidentGrouper(options, taken);
        var decisions = new IncidentGrouper.Decision[stories.Count];
        for (var i = 0; i < stories.Count; i++)
            decisions[i] = grouper.Assign(stories[i], signed[i]);
        return (decisions, signed);
    }

    /// <param name="stories">Oldest first, as the store returns them.</param>
    public IncidentSet Build(IReadOnlyList<Story> stories)
    {
        var (decisions, signed) = Decide(stories);
        var byId = new Dictionary<long, int>();
        for (var i = 0; i < stories.Count; i++)
            byId[stories[i].Id] = i;
        var originalOf = decisions.Where(d => d.CopyOf is not null).ToDictionary(d => d.ItemId, d => stories[byId[d.CopyOf!.Value]]);
        var incidents = decisions.Select((d, i) => (d, i)).Where(x => x.d.IncidentId is not null).GroupBy(x => x.d.IncidentId!, StringComparer.Ordinal)
            .Select(g => IncidentDescriber.Describe(g.Key, g.First(x => x.d.Opened).d.ItemId, g.Select(x => stories[x.i]).ToList(), null, originalOf, s => signed[byId[s.Id]].Features))
            .OrderBy(i => i.FirstSeen).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var copyCounts = originalOf.Values.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.Count());
        var unassigned = decisions.Select((d, i) => (d, i)).Where(x => x.d.IncidentId is null)
            .Select(x => new IncidentStory(stories[x.i], originalOf.GetValueOrDefault(x.d.ItemId)) { CopyCount = copyCounts.GetValueOrDefault(x.d.ItemId) }).ToList();
        return new IncidentSet(incidents, unassigned);
    }
}
