using Sahel.Cluster;

namespace Sahel.Render;

/// <summary>What `sahel incidents` shows: the incidents of a window (after filters) and the stories in none.</summary>
public sealed record IncidentReport(
    DateTimeOffset GeneratedAt,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    IReadOnlyList<Incident> Incidents,
    IncidentSet Set,
    int StoryCount)
{
    /// <summary>Glosses, English titles and incident figures (<see cref="Digest.DigestDetails"/>); empty when not read.</summary>
    public Digest.DigestDetails Details { get; init; } = Digest.DigestDetails.Empty;
}
