using Sahel.Store;

namespace Sahel.Sweep;

/// <summary>
/// How one item's page fared in a run: what a page summary line says. <see cref="Rechecked"/>: the page was
/// stored before and asked again because its item changed; a failure then kept the stored text.
/// </summary>
public sealed record PageOutcome(long ItemId, long FeedId, string Url, PageStatus Status, string? Stage = null, string? Reason = null)
{
    public bool Rechecked { get; init; }

    /// <summary>A recheck the server answered 304: the stored page is still current.</summary>
    public bool NotModified { get; init; }
}

/// <summary>Every page a run tried, in the order they were chosen (newest item first).</summary>
public sealed record PageReport(IReadOnlyList<PageOutcome> Pages, bool Interrupted = false)
{
    public static PageReport Empty { get; } = new([]);

    public int Stored => Pages.Count(p => p.Status == PageStatus.Ok && !p.NotModified);
    public int NotModified => Pages.Count(p => p.NotModified);
    public int Failed => Pages.Count(p => p.Status == PageStatus.Failed);
    public int Skipped => Pages.Count(p => p.Status == PageStatus.Skipped);
}

/// <summary>Running totals for a progress display.</summary>
public readonly record struct PageProgress(int Done, int Total, int NotStored, int Stored);

/// <summary>The stages a page can fail at, as summary lines and the item_pages table name them.</summary>
public static class PageStage
{
    public const string Robots = "ROBOTS";
    public const string Fetch = FailureStage.Fetch;
    public const string Extract = "EXTRACT";
    public const string Store = FailureStage.Store;
}
