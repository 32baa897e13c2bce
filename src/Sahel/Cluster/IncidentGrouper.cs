using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// Decides, one story at a time, whether it copies a story already known (then it goes where its original went)
/// or which incident it reports (joining one or opening one). Known stories and incidents are either those it
/// decided itself (a batch) or those a sweep loaded from the store (<see cref="Know"/>, <see cref="Replay"/>).
/// </summary>
public sealed class IncidentGrouper(ClusterOptions options, Func<string, bool>? taken = null)
{
    private readonly CopyIndex _copies = new(options.CopySimilarity);
    private readonly IncidentClusterer _clusterer = new(options);
    private readonly Dictionary<long, string?> _incidentOf = new();
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    public sealed record Decision(long ItemId, string? IncidentId, long? CopyOf, bool Opened, string Signals);

    /// <summary>A story already decided: a possible original for copies, and the incident it belongs to.</summary>
    public void Know(Story story, StorySignature signature, string? incidentId, long? copyOf)
    {
        _copies.Add(story, signature, copyOf);
        _incidentOf[story.Id] = incidentId;
        if (incidentId is not null)
            _issued.Add(incidentId);
    }

    /// <summary>A stored incident's profile, from its original reports (the founder first).</summary>
    public void Replay(string id, IReadOnlyList<(Story Story, StorySignature Signature)> originals)
    {
        _issued.Add(id);
        _clusterer.Replay(id, originals);
    }

    public Decision Assign(Story story, StorySignature signature)
    {
        if (_copies.Find(story, signature) is { } copy)
        {
            _copies.Add(story, signature, copy.Original);
            var incident = _incidentOf.GetValueOrDefault(copy.Original);
            _incidentOf[story.Id] = incident;
            return new Decision(story.Id, incident, copy.Original, false, copy.Signal);
        }
        _copies.Add(story, signature, null);
        var placed = _clusterer.Place(story, signature, () => NewId(story));
        _incidentOf[story.Id] = placed.IncidentId;
        return new Decision(story.Id, placed.IncidentId, null, placed.Opened, placed.Signals);
    }

    private string NewId(Story founder)
    {
        var id = IncidentIds.For(founder, candidate => _issued.Contains(candidate) || (taken?.Invoke(candidate) ?? false));
        _issued.Add(id);
        return id;
    }
}
