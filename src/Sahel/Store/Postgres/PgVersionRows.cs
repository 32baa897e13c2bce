using Npgsql;

namespace Sahel.Store.Postgres;

/// <summary>The item_versions rows of a team store, in the caller's transaction (<see cref="ItemVersions"/> decides).</summary>
internal sealed class PgVersionRows(NpgsqlConnection connection, NpgsqlTransaction transaction) : IVersionRows
{
    public ItemVersion? Stored(long itemId)
    {
        using var command = Pg.Command(connection, """
            SELECT i.title, i.summary_html, i.content_html, i.link, i.first_seen_at, p.text
            FROM items i LEFT JOIN item_pages p ON p.item_id = i.id AND p.status = 'ok'
            WHERE i.id = $1
            """, transaction, Pg.Long(itemId));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        return new ItemVersion
        {
            Title = reader.GetString(0),
            SummaryHtml = Pg.String(reader, 1),
            ContentHtml = Pg.String(reader, 2),
            Link = Pg.String(reader, 3),
            SeenAt = Pg.Time(reader, 4),
            PageText = Pg.String(reader, 5),
        };
    }

    public int LatestNumber(long itemId)
    {
        using var command = Pg.Command(connection, "SELECT coalesce(max(version), 0) FROM item_versions WHERE item_id = $1", transaction, Pg.Long(itemId));
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Insert(long itemId, ItemVersion version, string hash)
    {
        using var command = Pg.Command(connection, """
            INSERT INTO item_versions (item_id, version, seen_at, title, summary_html, content_html, page_text, link, text_hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """, transaction,
            Pg.Long(itemId), Pg.Int(version.Number), Pg.Time(version.SeenAt), Pg.Text(version.Title), Pg.Text(version.SummaryHtml),
            Pg.Text(version.ContentHtml), Pg.Text(version.PageText), Pg.Text(version.Link), Pg.Text(hash));
        command.ExecuteNonQuery();
    }
}
