using Sahel.Store;

namespace Sahel.Sweep;

/// <summary>How one item's page fared in a run: what a page summary line says.</summary>
public sealed record PageOutcome(long ItemId, long FeedId, string Url, PageStatus Status, string? Stage = null, string? Reason = null);

/// <summary>Every page a run tried, in the order they were chosen (newest item first).</summary>
public sealed record PageReport(IReadOnlyList<PageOutcome> Pages, bool Interrupted = false)
{
    public static PageReport Empty { get; } = new([]);

    public int Stored => Pages.Count(p => p.Status == PageStatus.Ok);
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
