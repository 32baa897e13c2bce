using Microsoft.Data.Sqlite;

namespace Sahel.Store;

/// <summary>
/// Records the versions of an article (table <c>item_versions</c>, docs/store.md). Only edited articles have
/// rows: on the first edit the original is copied as version 1 beside the edit as version 2, and each later
/// edit adds one. Most articles are never edited, so keeping every original eagerly would double the store's
/// text for nothing; the items row stays the current state either way.
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
    public static int? RecordIfChanged(SqliteConnection connection, SqliteTransaction transaction, long itemId, ItemVersion before, ItemVersion after)
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
        var latest = LatestNumber(connection, transaction, itemId);
        if (latest == 0)
            Insert(connection, transaction, itemId, before with { Number = latest = 1 }, beforePrint.Hash);
        Insert(connection, transaction, itemId, after with { Number = latest + 1 }, afterPrint.Hash);
        return latest + 1;
    }

    /// <summary>
    /// The article as stored until now, the state an edit is compared with: the item's title, feed texts and link,
    /// its stored article body when its page was read, and its first-seen time. Null when there is no such item.
    /// </summary>
    public static ItemVersion? Stored(SqliteConnection connection, SqliteTransaction transaction, long itemId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT i.title, i.summary_html, i.content_html, i.link, i.first_seen_at, p.text
            FROM items i LEFT JOIN item_pages p ON p.item_id = i.id AND p.status = 'ok'
            WHERE i.id = $id
            """;
        command.Parameters.AddWithValue("$id", itemId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        return new ItemVersion
        {
            Title = reader.GetString(0),
            SummaryHtml = FeedTable.NullableString(reader, 1),
            ContentHtml = FeedTable.NullableString(reader, 2),
            Link = FeedTable.NullableString(reader, 3),
            SeenAt = StoreTime.Read(reader.GetString(4)),
            PageText = FeedTable.NullableString(reader, 5),
        };
    }

    private static int LatestNumber(SqliteConnection connection, SqliteTransaction transaction, long itemId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM item_versions WHERE item_id = $id";
        command.Parameters.AddWithValue("$id", itemId);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, long itemId, ItemVersion version, string hash)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO item_versions (item_id, version, seen_at, title, summary_html, content_html, page_text, link, text_hash)
            VALUES ($id, $version, $seen, $title, $summary, $content, $page, $link, $hash)
            """;
        command.Parameters.AddWithValue("$id", itemId);
        command.Parameters.AddWithValue("$version", version.Number);
        command.Parameters.AddWithValue("$seen", StoreTime.Write(version.SeenAt));
        command.Parameters.AddWithValue("$title", version.Title);
        command.Parameters.AddWithValue("$summary", (object?)version.SummaryHtml ?? DBNull.Value);
        command.Parameters.AddWithValue("$content", (object?)version.ContentHtml ?? DBNull.Value);
        command.Parameters.AddWithValue("$page", (object?)version.PageText ?? DBNull.Value);
        command.Parameters.AddWithValue("$link", (object?)version.Link ?? DBNull.Value);
        command.Parameters.AddWithValue("$hash", hash);
        command.ExecuteNonQuery();
    }
}
