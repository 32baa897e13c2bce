using Microsoft.Data.Sqlite;

namespace Sahel.Store.Sqlite;

/// <summary>The item_versions rows of a store file, in the caller's transaction (<see cref="ItemVersions"/> decides).</summary>
internal sealed class VersionRows(SqliteConnection connection, SqliteTransaction transaction) : IVersionRows
{
    public ItemVersion? Stored(long itemId)
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

    public int LatestNumber(long itemId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM item_versions WHERE item_id = $id";
        command.Parameters.AddWithValue("$id", itemId);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Insert(long itemId, ItemVersion version, string hash)
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
