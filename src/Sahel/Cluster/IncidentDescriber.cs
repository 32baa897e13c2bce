using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// Makes the <see cref="Incident"/> a reader sees from an incident's reports: places, actors and event type by
/// what its original reports name most (the founder's places first), the reports to list with copies folded
/// under their original, and what came before the listed ones.
/// </summary>
public static class IncidentDescriber
{
    /// <param name="all">Every report of the incident (originals and copies).</param>
    /// <param name="shown">The reports to list (a window's); null lists all.</param>
    /// <param name="originalOf">Copy → its original, for the reports that are copies (the original may be outside <paramref name="all"/>).</param>
    public static Incident Describe(
        string id, long founder, IReadOnlyList<Story> all, IReadOnlySet<long>? shown,
        IReadOnlyDictionary<long, Story> originalOf, Func<Story, StoryFeatures> features)
    {
        var originals = all.Where(s => !originalOf.ContainsKey(s.Id)).OrderBy(s => s.Published).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (originals.Count == 0)
            originals = all.ToList();
        var first = originals.FirstOrDefault(s => s.Id == founder) ?? originals[0];
        // As in clustering: the first report's places, then each later report's main place.
        var places = Ranked(originals.SelectMany(s => s == first ? IncidentClusterer.Anchors(features(s)) : IncidentClusterer.Anchors(features(s)).Take(1)), p => p.Id);
        var actors = Ranked(originals.SelectMany(s => features(s).Actors), a => a.Id);
        var eventType = originals.Select(s => features(s).EventType).Where(t => t != EventType.Other)
            .GroupBy(t => t).OrderByDescending(g => g.Count() * 10 + EventTypes.Specificity(g.Key)).Select(g => g.Key)
            .DefaultIfEmpty(EventType.Other).First();
        var listed = all.Where(s => shown is null || shown.Contains(s.Id))
            .OrderBy(s => s.Published).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var copies = all.Where(s => originalOf.ContainsKey(s.Id)).GroupBy(s => originalOf[s.Id].Id).ToDictionary(g => g.Key, g => g.Count());
        var windowStart = listed.Count > 0 ? listed[0].Published : DateTimeOffset.MaxValue;
        var listedIds = listed.Select(s => s.Id).ToHashSet();
        var earlier = all.Where(s => !listedIds.Contains(s.Id) && s.Published < windowStart).ToList();
        return new Incident
        {
            Id = id,
            FirstSeen = listed.Count > 0 ? listed.Min(s => s.Published) : all.Min(s => s.Published),
            LastSeen = listed.Count > 0 ? listed.Max(s => s.Published) : all.Max(s => s.Published),
            Places = places,
            Actors = actors,
            EventType = eventType,
            Stories = listed.Select(s => new IncidentStory(s, originalOf.GetValueOrDefault(s.Id)) { CopyCount = copies.GetValueOrDefault(s.Id) }).ToList(),
            FirstReported = all.Min(s => s.Published),
            LastReported = all.Max(s => s.Published),
            ReportsTotal = all.Count,
            EarlierReports = earlier.Count,
            EarlierOutlets = earlier.Select(s => s.Outlet).Distinct(StringComparer.Ordinal).Count(),
        };
    }

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
