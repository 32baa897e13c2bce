using Sahel.Model;

namespace Sahel.Store;

/// <summary>What one sweep learned about one feed, committed with its items in a single transaction.</summary>
public sealed record FeedUpdate
{
    public required long FeedId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required FeedRunStatus Status { get; init; }
    public int? HttpStatus { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? RedirectLocation { get; init; }
    public ParsedFeed? Feed { get; init; }
    public string? ErrorStage { get; init; }
    public string? Error { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The runner that fetched (`sweep --runner-id`), recorded with the feed; its lease ends with this commit.</summary>
    public string? RunnerId { get; init; }

    /// <summary><see cref="Feed"/>'s items made ready for the store where the feed was parsed (FeedItemMerge.Prepare).</summary>
    internal IReadOnlyList<ItemRow?>? PreparedRows { get; init; }
}

/// <summary>How a feed's fetch ended.</summary>
public enum FeedRunStatus
{
    Fetched,
    NotModified,
    Failed,
}

public static class FeedRunStatusText
{
    public static string ToStoreText(this FeedRunStatus status) => status switch
    {
        FeedRunStatus.Fetched => "fetched",
        FeedRunStatus.NotModified => "not-modified",
        _ => "failed",
    };
}
