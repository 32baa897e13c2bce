using Sahel.Model;
using Sahel.Store;

namespace Sahel.Cluster;

/// <summary>
/// The cluster stage: recognises what each story is about (the normalize stage's analyser, run in parallel),
/// folds copies, groups the originals into incidents, and describes each incident by what its reports agree
/// on most: places, actors, event type.
/// </summary>
public sealed class IncidentBuilder(ISignatureSource signatures, ClusterOptions options)
{
    public IncidentBuilder(Func<Story, StoryFeatures> analyze, ClusterOptions options)
        : this(new AnalyzingSignatureSource(analyze), options)
    {
    }

    /// <param name="stories">Oldest first, as the store returns them.</param>
    public IncidentSet Build(IReadOnlyList<Story> stories)
    {
        var signed = signatures.For(stories);
        var features = signed.Select(s => s.Features).ToArray();
        var originalOf = CopyDetector.Find(stories, signed, options.CopySimilarity);
        var clusters = new IncidentClusterer(options).Cluster(stories, signed, originalOf.Keys.ToHashSet());

        var copiesOf = originalOf.GroupBy(pair => pair.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList());
        var assigned = new HashSet<int>();
        var incidents = new List<Incident>();
        foreach (var members in clusters)
        {
            var all = members.Concat(members.SelectMany(m => copiesOf.GetValueOrDefault(m) ?? [])).Distinct().ToList();
            assigned.UnionWith(all);
            incidents.Add(Describe(members, all, stories, features, originalOf, copiesOf));
        }
        var unassigned = Enumerable.Range(0, stories.Count).Where(i => !assigned.Contains(i))
            .Select(i => Fold(i, stories, originalOf, copiesOf)).ToList();
        return new IncidentSet(incidents.OrderBy(i => i.FirstSeen).ThenBy(i => i.Id, StringComparer.Ordinal).ToList(), unassigned);
    }

    private static Incident Describe(
        IReadOnlyList<int> originals, IReadOnlyList<int> all, IReadOnlyList<Story> stories, IReadOnlyList<StoryFeatures> features,
        Dictionary<int, int> originalOf, Dictionary<int, List<int>> copiesOf)
    {
        var first = originals.MinBy(i => (stories[i].Published, stories[i].Key))!;
        // As in clustering: the first report's places, then each later report's main place.
        var places = Ranked(originals.SelectMany(i => i == first ? IncidentClusterer.Anchors(features[i]) : IncidentClusterer.Anchors(features[i]).Take(1)), p => p.Id);
        var actors = Ranked(originals.SelectMany(i => features[i].Actors), a => a.Id);
        var eventType = originals.Select(i => features[i].EventType).Where(t => t != EventType.Other)
            .GroupBy(t => t).OrderByDescending(g => g.Count() * 10 + EventTypes.Specificity(g.Key)).Select(g => g.Key)
            .DefaultIfEmpty(EventType.Other).First();
        var members = all.OrderBy(i => stories[i].Published).ThenBy(i => stories[i].Key, StringComparer.Ordinal)
            .Select(i => Fold(i, stories, originalOf, copiesOf)).ToList();
        return new Incident
        {
            Id = "inc-" + stories[first].Key,
            FirstSeen = all.Min(i => stories[i].Published),
            LastSeen = all.Max(i => stories[i].Published),
            Places = places,
            Actors = actors,
            EventType = eventType,
            Stories = members,
        };
    }

    private static IncidentStory Fold(int index, IReadOnlyList<Story> stories, Dictionary<int, int> originalOf, Dictionary<int, List<int>> copiesOf) =>
        new(stories[index], originalOf.TryGetValue(index, out var original) ? stories[original] : null)
        {
            CopyCount = copiesOf.GetValueOrDefault(index)?.Count ?? 0,
        };

    // Most often named first; ties keep the order of first mention.
    private static IReadOnlyList<T> Ranked<T>(IEnumerable<T> mentions, Func<T, string> id)
    {
        var order = new List<T>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (!counts.TryAdd(id(mention), 1))
                counts[id(mention)]++;
            else
                order.Add(mention);
        }
        return order.Select((m, position) => (m, position)).OrderByDescending(x => counts[id(x.m)]).ThenBy(x => x.position).Select(x => x.m).ToList();
    }
}
