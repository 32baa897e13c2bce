namespace Sahel.Store;

/// <summary>
/// How one attempt at an item's article page ended, as the item_pages table keeps it: the fetch, the
/// extraction's text and metadata when there was an article, or the stage and reason when there was not.
/// </summary>
public sealed record PageUpdate
{
    public required long ItemId { get; init; }
    public required string Url { get; init; }
    public required PageStatus Status { get; init; }
    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>The item's content hash when its page was fetched: a different one later means the item was edited.</summary>
    public string? ItemHash { get; init; }
    public string? FinalUrl { get; init; }

    /// <summary>ROBOTS, FETCH, EXTRACT or STORE when the page was not stored.</summary>
    public string? Stage { get; init; }

    public string? Reason { get; init; }

    /// <summary>Whether a later run should try again (timeouts, 5xx, an unreachable robots.txt); a 404 is final.</summary>
    public bool Retry { get; init; }

    public int? HttpStatus { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? Encoding { get; init; }
    public string? Title { get; init; }
    public string? Text { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Lang { get; init; }
    public string? Direction { get; init; }
    public string? SiteName { get; init; }
    public string? LeadImage { get; init; }
    public string? CanonicalUrl { get; init; }
}

/// <summary>How an item's page ended: stored with its text, failed (fetch or extract), or skipped (robots.txt).</summary>
public enum PageStatus
{
    Ok,
    Failed,
    Skipped,
}

public static class PageStatusText
{
    public static string ToStoreText(this PageStatus status) => status switch
    {
        PageStatus.Ok => "ok",
        PageStatus.Skipped => "skipped",
        _ => "failed",
    };

    public static PageStatus FromStoreText(string text) => text switch
    {
        "ok" => PageStatus.Ok,
        "skipped" => PageStatus.Skipped,
        _ => PageStatus.Failed,
    };
}
