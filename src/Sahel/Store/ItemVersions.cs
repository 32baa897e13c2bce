namespace Sahel.Store;

/// <summary>
/// Records the versions of an article (table <c>item_versions</c>, docs/store.md). Only edited articles have
/// rows: on the first edit the original is copied as version 1 beside the edit as version 2, and each later
/// edit adds one. Most articles are never edited, so keeping every original eagerly would double the store's
/// text for nothing; the items row stays the current state either way. The rule is the same on every backend;
/// only the reading and writing of rows (<see cref="IVersionRows"/>) is SQL.
/// </summary>
public static class ItemVersions
{
    /// <summary>
    /// Records <paramref name="after"/> as a new version when it is an edit of <paramref name="before"/> (see
    /// <see cref="VersionFingerprint"/>), in the caller's transaction and before the caller overwrites the
    /// article's stored state. Returns the new version's number, or null when nothing a reader would call an
    /// edit changed. Any stage that rewrites an article (the feed writer, the page extractor) calls this.
    /// </summary>
    /// <param name="before">The state stored until now, <see cref="ItemVersion.SeenAt"/> its first-seen time.</param>
    /// <param name="after">The state just seen, <see cref="ItemVersion.SeenAt"/> the time it was seen.</param>
    internal static int? RecordIfChanged(IVersionRows rows, long itemId, ItemVersion before, ItemVersion after)
    {
        // The same words as published (a feed that only rotates the tracking parameters of its links): no
        // need to fold anything.
        if (before.Title == after.Title && before.SummaryHtml == after.SummaryHtml && before.ContentHtml == after.ContentHtml
            && (before.PageText is null || after.PageText is null || before.PageText == after.PageText))
            return null;
        var beforePrint = VersionFingerprint.Of(before);
        var afterPrint = VersionFingerprint.Of(after);
        if (!beforePrint.IsEditedIn(afterPrint))
            return null;
        var latest = rows.LatestNumber(itemId);
        if (latest == 0)
            rows.Insert(itemId, before with { Number = latest = 1 }, beforePrint.Hash);
        rows.Insert(itemId, after with { Number = latest + 1 }, afterPrint.Hash);
        return latest + 1;
    }

    /// <summary>
    /// A feed's new state of a stored item. The article body stored from its page belongs to both states: the
    /// feed's edit does not change it (the page is rechecked later, and a changed body is then a version of its own).
    /// </summary>
    internal static int? RecordFeedEdit(IVersionRows rows, long itemId, ItemRow row, DateTimeOffset now)
    {
        if (rows.Stored(itemId) is not { } before)
            return null;
        var after = before with { Title = row.Title, SummaryHtml = row.Item.SummaryHtml, ContentHtml = row.Item.ContentHtml, Link = row.Item.Link, SeenAt = now };
        return RecordIfChanged(rows, itemId, before, after);
    }

    /// <summary>
    /// The item as the feed has it now, with the body stored until now and the body just extracted. A page read
    /// for the first time is not an edit: there is nothing before it.
    /// </summary>
    internal static int? RecordPageEdit(IVersionRows rows, long itemId, string newText, DateTimeOffset at) =>
        rows.Stored(itemId) is { PageText: { } oldText } before && oldText != newText
            ? RecordIfChanged(rows, itemId, before, before with { PageText = newText, SeenAt = at })
            : null;
}

/// <summary>A backend's rows of item_versions, read and written in the caller's open transaction.</summary>
internal interface IVersionRows
{
    /// <summary>
    /// The article as stored until now, the state an edit is compared with: the item's title, feed texts and link,
    /// its stored article body when its page was read, and its first-seen time. Null when there is no such item.
    /// </summary>
    ItemVersion? Stored(long itemId);

    /// <summary>The highest version number recorded for the item, 0 when none.</summary>
    int LatestNumber(long itemId);

    void Insert(long itemId, ItemVersion version, string hash);
}
