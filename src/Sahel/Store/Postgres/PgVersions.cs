using Npgsql;

namespace Sahel.Store.Postgres;

/// <summary>Reads the recorded versions of articles in a team store (<see cref="IVersionStore"/>).</summary>
internal sealed class PgVersions(NpgsqlDataSource source, string location) : IVersionStore
{
    public IReadOnlyList<ItemVersion> Load(long itemId) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        var versions = new List<ItemVersion>();
        using (var command = Pg.Command(connection, """
            SELECT version, seen_at, title, summary_html, content_html, page_text, link
            FROM item_versions WHERE item_id = $1 ORDER BY version
            """, null, Pg.Long(itemId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                versions.Add(new ItemVersion
                {
                    Number = reader.GetInt32(0),
                    SeenAt = Pg.Time(reader, 1),
                    Title = reader.GetString(2),
                    SummaryHtml = Pg.String(reader, 3),
                    ContentHtml = Pg.String(reader, 4),
                    PageText = Pg.String(reader, 5),
                    Link = Pg.String(reader, 6),
                });
            }
        }
        if (versions.Count > 0)
            return (IReadOnlyList<ItemVersion>)versions;
        using var current = Pg.Command(connection, "SELECT first_seen_at, title, summary_html, content_html, link FROM items WHERE id = $1", null, Pg.Long(itemId));
        using var row = current.ExecuteReader();
        if (!row.Read())
            return [];
        return
        [
            new ItemVersion
            {
                Number = 1,
                SeenAt = Pg.Time(row, 0),
                Title = row.GetString(1),
                SummaryHtml = Pg.String(row, 2),
                ContentHtml = Pg.String(row, 3),
                Link = Pg.String(row, 4),
            },
        ];
    });

    public IReadOnlyList<long> EditedBetween(DateTimeOffset? since, DateTimeOffset? until) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection,
            "SELECT DISTINCT item_id FROM item_versions WHERE version > 1 AND ($1::timestamptz IS NULL OR seen_at >= $1) AND ($2::timestamptz IS NULL OR seen_at < $2)",
            null, Pg.Time(since), Pg.Time(until));
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetInt64(0));
        return (IReadOnlyList<long>)ids;
    });
}
