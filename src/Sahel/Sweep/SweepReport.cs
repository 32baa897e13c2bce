namespace Sahel.Sweep;

/// <summary>Every feed's outcome, in the order the sources were listed.</summary>
public sealed record SweepReport(IReadOnlyList<FeedOutcome> Feeds, bool Interrupted = false)
{
    public int Failed => Feeds.Count(f => f.Status == Store.FeedRunStatus.Failed);
    public int NewItems => Feeds.Sum(f => f.NewItems);
    public bool AllFailed => Feeds.Count > 0 && Failed == Feeds.Count;
    public bool AnyFailed => Failed > 0;
}

/// <summary>Running totals for a progress display, and the feed just committed (its line can be printed at once).</summary>
public readonly record struct SweepProgress(int Done, int Total, int Failed, int NewItems, FeedOutcome? Finished = null);
