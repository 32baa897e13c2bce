namespace Sahel.Store;

/// <summary>
/// Which stored stories a command wants. Times bound the publication time (inclusive since, exclusive until);
/// <see cref="Feed"/> matches a feed's name, title or location, case-insensitively; <see cref="FeedIds"/>
/// restricts to the feeds of one sweep.
/// </summary>
public sealed record StoryFilter
{
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    public string? Lang { get; init; }
    public string? Country { get; init; }
    public string? Feed { get; init; }
    public string? Search { get; init; }
    public IReadOnlyCollection<long>? FeedIds { get; init; }

    /// <summary>Only these stories (row ids): an article looked up by URL or id, the edited ones of a window.</summary>
    public IReadOnlyCollection<long>? ItemIds { get; init; }
    public int? Limit { get; init; }

    /// <summary>Only stories first seen at or before this time: "as of" (`--now`), so later sweeps change nothing.</summary>
    public DateTimeOffset? SeenBy { get; init; }

    /// <summary>
    /// Whether to read summaries: they are most of a story's bytes, and a Markdown timeline never shows them.
    /// A text search always reads them.
    /// </summary>
    public bool IncludeSummaries { get; init; } = true;
}
