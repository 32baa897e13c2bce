using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>An incident's accumulated profile: what new reports are compared with.</summary>
internal sealed class OpenIncident(string id, long founder, DateTimeOffset firstSeen)
{
    public string Id { get; } = id;
    public List<long> Members { get; } = [founder];
    // Members in arrival order above; this set answers "already in?" for incidents of thousands of copies.
    private readonly HashSet<long> _memberSet = [founder];
    public DateTimeOffset FirstSeen { get; } = firstSeen;
    public Dictionary<string, Place> Places { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);
    public HashSet<EventType> EventTypes { get; } = [];
    public HashSet<int> Numbers { get; } = [];
    public HashSet<string> Targets { get; } = new(StringComparer.Ordinal);

    public void Absorb(long member, StoryFeatures features, IReadOnlyList<Place> anchors, HashSet<string> targets)
    {
        if (_memberSet.Add(member))
            Members.Add(member);
        foreach (var place in anchors)
            Places.TryAdd(place.Id, place);
        foreach (var actor in features.Actors)
            Actors.Add(actor.Id);
        if (features.EventType != EventType.Other)
            EventTypes.Add(features.EventType);
        Numbers.UnionWith(features.Numbers.Where(SignificantNumber));
        // What was hit is what the first report says: letting later reports add targets lets incidents drift.
        if (Members.Count == 1)
            Targets.UnionWith(targets);
    }

    /// <summary>Tolls and counts, not years, hours or dates, which any two stories of a week share.</summary>
    public static bool SignificantNumber(int n) => n is >= 2 and < 1900;
}
