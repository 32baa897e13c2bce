namespace Sahel.Store;

/// <summary>
/// Commits one feed's fetch: its items and its state in one transaction, so an interrupted sweep (or a killed
/// runner) keeps every feed it finished and never half of one, and the feed's lease is released with it.
/// </summary>
public interface IItemWriter
{
    FeedCommitResult Commit(FeedRecord feed, FeedUpdate update);
}

/// <summary>
/// How many items of one feed were new, changed, or seen again unchanged. Of the changed ones,
/// <see cref="EditedItems"/> were edits a reader would notice (a new version); the rest changed only in form
/// (whitespace, markup, tracking parameters, an update stamp).
/// </summary>
public sealed record FeedCommitResult(int NewItems, int ChangedItems, int UnchangedItems)
{
    public int EditedItems { get; init; }

    public static readonly FeedCommitResult None = new(0, 0, 0);
}
