using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>The incidents among a set of stories, and the stories that belong to none (with their copies folded too).</summary>
public sealed record IncidentSet(IReadOnlyList<Incident> Incidents, IReadOnlyList<IncidentStory> Unassigned)
{
    private Dictionary<long, (Incident? Incident, Story? Original)>? _byStory;

    /// <summary>The incident a story belongs to, or null.</summary>
    public Incident? IncidentOf(Story story) => Lookup(story).Incident;

    /// <summary>The original a story is a copy of, or null.</summary>
    public Story? OriginalOf(Story story) => Lookup(story).Original;

    private (Incident? Incident, Story? Original) Lookup(Story story)
    {
        _byStory ??= Incidents.SelectMany(i => i.Stories.Select(s => (s, (Incident?)i)))
            .Concat(Unassigned.Select(s => (s, (Incident?)null)))
            .ToDictionary(x => x.s.Story.Id, x => (x.Item2, x.s.DuplicateOf));
        return _byStory.GetValueOrDefault(story.Id);
    }
}
