using Microsoft.Data.Sqlite;

namespace Sahel.Store.Sqlite;

/// <summary>Reads the recorded versions of articles in a store file (<see cref="IVersionStore"/>).</summary>
internal sealed class VersionReader(SqliteConnection connection, string location) : IVersionStore
{
    /// <summary>
    /// An article's versions, oldest first. An article never edited has no rows: it is returned as its one
    /// version, the stored state as first seen.
    /// </summary>
    public IReadOnlyList<ItemVersion> Load(long itemId) => StoreErrors.Guard(location, () => LoadRows(itemId));

    private IReadOnlyList<ItemVersion> LoadRows(long itemId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT version, seen_at, title, summary_html, content_html, page_text, link
            FROM item_versions WHERE item_id = $id ORDER BY version
            """;
        command.Parameters.AddWithValue("$id", itemId);
        var versions = new List<ItemVersion>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                versions.Add(new ItemVersion
                {
                    Number = reader.GetInt32(0),
                    SeenAt = StoreTime.Read(reader.GetString(1)),
                    Title = reader.GetString(2),
                    SummaryHtml = FeedTable.NullableString(reader, 3),
                    ContentHtml = FeedTable.NullableString(reader, 4),
                    PageText = FeedTable.NullableString(reader, 5),
                    Link = FeedTable.NullableString(reader, 6),
                });
            }
        }
        return versions.Count > 0 ? versions : Current(itemId);
    }

    /// <summary>The articles with an edit seen in the window (inclusive since, exclusive until), by item id.</summary>
    public IReadOnlyList<long> EditedBetween(DateTimeOffset? since, DateTimeOffset? until) => StoreErrors.Guard(location, () =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT item_id FROM item_versions WHERE version > 1"
            + (since is null ? "" : " AND seen_at >= $since") + (until is null ? "" : " AND seen_at < $until");
        if (since is { } from)
            command.Parameters.AddWithValue("$since", StoreTime.Write(from));
        if (until is { } to)
            command.Parameters.AddWithValue("$until", StoreTime.Write(to));
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetInt64(0));
        return (IReadOnlyList<long>)ids;
    });

    private IReadOnlyList<ItemVersion> Current(long itemId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT first_seen_at, title, summary_html, content_html, link FROM items WHERE id = $id";
        command.Parameters.AddWithValue("$id", itemId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return [];
        return
        [
            new ItemVersion
            {
                Number = 1,
                SeenAt = StoreTime.Read(reader.GetString(0)),
                Title = reader.GetString(1),
                SummaryHtml = FeedTable.NullableString(reader, 2),
                ContentHtml = FeedTable.NullableString(reader, 3),
                Link = FeedTable.NullableString(reader, 4),
            },
        ];
    }
}
