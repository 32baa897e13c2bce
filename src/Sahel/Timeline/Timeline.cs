using Sahel.Model;

namespace Sahel.Timeline;

/// <summary>
/// What a timeline shows: the stories of a window in time order, grouped by UTC day for people.
/// <see cref="GeneratedAt"/> is the clock the output was made with (fixed by --now for reproducible output).
/// </summary>
public sealed record Timeline(
    DateTimeOffset GeneratedAt,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    IReadOnlyList<Story> Stories,
    Cluster.IncidentSet? Incidents = null)
{
    /// <summary>Glosses, English titles and incident figures (<see cref="Digest.DigestDetails"/>); empty when not read.</summary>
    public Digest.DigestDetails Details { get; init; } = Digest.DigestDetails.Empty;

    public IEnumerable<IGrouping<DateOnly, Story>> Days =>
        Stories.GroupBy(s => DateOnly.FromDateTime(s.Published.UtcDateTime));

    public int OutletCount => Stories.Select(s => s.Outlet).Distinct(StringComparer.Ordinal).Count();

    public IReadOnlyList<string> Languages =>
        Stories.Select(s => s.Lang).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
