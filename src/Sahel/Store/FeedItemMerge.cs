using Sahel.Model;

namespace Sahel.Store;

/// <summary>
/// What a feed's fetch does to its stored items, on every backend: an item not stored is added, one whose hash
/// changed is updated (and versioned when the change is an edit), one unchanged is only seen again. Items are
/// keyed by feed and guid, else canonical link (<see cref="ItemRow"/>); a key seen twice in one document counts once.
/// </summary>
internal static class FeedItemMerge
{
    /// <summary>
    /// The items made ready for the table (key, language, hash…), one per parsed item, null where an item has no
    /// identity. A sweep prepares them where it parses, on every core, so the single writer only writes.
    /// </summary>
    public static IReadOnlyList<ItemRow?> Prepare(FeedRecord feed, ParsedFeed parsed, DateTimeOffset now) =>
        parsed.Items.Select(item => ItemRow.From(item, feed, parsed, now)).ToList();

    /// <param name="prepared">The rows <see cref="Prepare"/> made for this feed and update, if they were made ahead.</param>
    public static FeedCommitResult Write(IItemRows rows, FeedRecord feed, ParsedFeed parsed, DateTimeOffset now, IReadOnlyList<ItemRow?>? prepared = null)
    {
        var existing = rows.Existing(feed.Id);
        var seenThisRun = new HashSet<string>(StringComparer.Ordinal);
        int added = 0, changed = 0, unchanged = 0, edited = 0;
        foreach (var row in prepared ?? Prepare(feed, parsed, now))
        {
            if (row is null || !seenThisRun.Add(row.Key))
                continue; // no identity at all, or a duplicate entry within the same document
            if (!existing.TryGetValue(row.Key, out var stored))
            {
                rows.Upsert(row, feed.Id, now);
                added++;
            }
            else if (stored.Hash != row.ContentHash)
            {
                // The stored state is read only for the few items whose hash changed, before the update overwrites it.
                if (ItemVersions.RecordFeedEdit(rows.Versions, stored.Id, row, now) is not null)
                    edited++;
                rows.Update(row, feed.Id, now);
                changed++;
            }
            else
            {
                rows.Touch(stored.Id, now);
                unchanged++;
            }
        }
        rows.Flush();
        return new FeedCommitResult(added, changed, unchanged) { EditedItems = edited };
    }
}

/// <summary>A backend's item rows of one feed, written in the caller's open transaction.</summary>
internal interface IItemRows
{
    /// <summary>The feed's stored items: key → row id and content hash.</summary>
    IReadOnlyDictionary<string, (long Id, string Hash)> Existing(long feedId);

    /// <summary>
    /// Adds a new item; should the key have arrived meanwhile (another runner, past its lease), it is updated
    /// instead, never stored twice.
    /// </summary>
    void Upsert(ItemRow row, long feedId, DateTimeOffset now);

    /// <summary>A changed item keeps its first-seen time and, when the feed never dated it, its estimated date.</summary>
    void Update(ItemRow row, long feedId, DateTimeOffset now);

    void Touch(long itemId, DateTimeOffset now);

    /// <summary>Sends any writes still batched.</summary>
    void Flush();

    IVersionRows Versions { get; }
}
