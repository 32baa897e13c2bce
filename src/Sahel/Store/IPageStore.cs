namespace Sahel.Store;

/// <summary>
/// The article pages: one row per item whose page sahel tried, with the extracted text and metadata when it
/// worked and the stage and reason when it did not.
/// </summary>
public interface IPageStore
{
    /// <summary>
    /// The items of these feeds whose page a run should fetch, newest first: those never tried; those whose
    /// last try failed for a passing reason fewer than <paramref name="maxTries"/> times; and those whose item
    /// has changed in its feed since the last try. Pages robots.txt kept sahel from are tried again only when
    /// the user ignores robots.txt.
    /// </summary>
    IReadOnlyList<PageCandidate> Candidates(IReadOnlyCollection<long> feedIds, bool ignoreRobots, int maxTries, int limit);

    /// <summary>A recheck that changed nothing: the page is now current for the item as it is.</summary>
    void Keep(long itemId, string itemHash, DateTimeOffset at);

    /// <summary>
    /// Writes one page's outcome (replacing an earlier failed try, whose count it keeps). A stored article whose
    /// re-extracted body says something else is an edit, recorded as a version in the same transaction.
    /// </summary>
    /// <returns>The new version's number when the body was edited, else null.</returns>
    int? Record(PageUpdate page);

    /// <summary>The stored page of one item, or null when none was tried.</summary>
    StoredPage? Find(long itemId);

    /// <summary>The extracted text of these items' pages, for those stored OK.</summary>
    Dictionary<long, string> Texts(IReadOnlyCollection<long> itemIds);
}

/// <summary>An item_pages row: the last try, how many tries there were, and the hash of the stored text.</summary>
public sealed record StoredPage(PageUpdate Page, int Tries, string? ContentHash);
