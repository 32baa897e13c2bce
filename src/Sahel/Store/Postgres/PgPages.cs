using Npgsql;

namespace Sahel.Store.Postgres;

/// <summary>The item_pages table of a team store (<see cref="IPageStore"/>).</summary>
internal sealed class PgPages(NpgsqlDataSource source, string location) : IPageStore
{
    public IReadOnlyList<PageCandidate> Candidates(IReadOnlyCollection<long> feedIds, bool ignoreRobots, int maxTries, int limit) =>
        feedIds.Count == 0 ? [] : StoreErrors.Guard(location, () =>
        {
            using var connection = source.OpenConnection();
            using var command = Pg.Command(connection, $"""
                SELECT i.id, i.feed_id, coalesce(i.canonical_url, i.link), i.content_hash, p.status = 'ok', p.etag, p.last_modified
                FROM items i LEFT JOIN item_pages p ON p.item_id = i.id
                WHERE i.feed_id IN ({Pg.IdList(feedIds)}) AND i.link IS NOT NULL
                  AND (p.item_id IS NULL
                       OR p.item_hash IS DISTINCT FROM i.content_hash
                       OR (p.status <> 'ok' AND ((p.retry AND p.tries < $1) OR ($2 AND p.stage = 'ROBOTS'))))
                ORDER BY i.published_at DESC, i.id
                LIMIT $3
                """, null, Pg.Int(maxTries), Pg.Bool(ignoreRobots), Pg.Long(limit));
            var candidates = new List<PageCandidate>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var recheck = !reader.IsDBNull(4) && reader.GetBoolean(4);
                candidates.Add(new PageCandidate(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3))
                {
                    Recheck = recheck,
                    ETag = recheck ? Pg.String(reader, 5) : null,
                    LastModified = recheck ? Pg.String(reader, 6) : null,
                });
            }
            return (IReadOnlyList<PageCandidate>)candidates;
        });

    public void Keep(long itemId, string itemHash, DateTimeOffset at) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection, "UPDATE item_pages SET item_hash = $2, fetched_at = $3, tries = tries + 1 WHERE item_id = $1",
            null, Pg.Long(itemId), Pg.Text(itemHash), Pg.Time(at));
        command.ExecuteNonQuery();
    });

    public int? Record(PageUpdate page) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var version = page.Status == PageStatus.Ok && page.Text is { } text
            ? ItemVersions.RecordPageEdit(new PgVersionRows(connection, transaction), page.ItemId, text, page.FetchedAt)
            : null;
        using var command = Pg.Command(connection, """
            INSERT INTO item_pages (item_id, url, final_url, status, stage, reason, retry, tries, http_status, etag,
                last_modified, fetched_at, encoding, title, text, author, published_at, modified_at, lang, direction,
                site_name, lead_image, canonical_url, content_hash, item_hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
            ON CONFLICT (item_id) DO UPDATE SET
                url = excluded.url, final_url = excluded.final_url, status = excluded.status, stage = excluded.stage,
                reason = excluded.reason, retry = excluded.retry, tries = item_pages.tries + 1, http_status = excluded.http_status,
                etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at,
                encoding = excluded.encoding, title = excluded.title, text = excluded.text, author = excluded.author,
                published_at = excluded.published_at, modified_at = excluded.modified_at, lang = excluded.lang,
                direction = excluded.direction, site_name = excluded.site_name, lead_image = excluded.lead_image,
                canonical_url = excluded.canonical_url, content_hash = excluded.content_hash, item_hash = excluded.item_hash
            """, transaction,
            Pg.Long(page.ItemId), Pg.Text(page.Url), Pg.Text(page.FinalUrl), Pg.Text(page.Status.ToStoreText()), Pg.Text(page.Stage),
            Pg.Text(page.Reason), Pg.Bool(page.Retry), Pg.Int(page.HttpStatus), Pg.Text(page.ETag), Pg.Text(page.LastModified),
            Pg.Time(page.FetchedAt), Pg.Text(page.Encoding), Pg.Text(page.Title), Pg.Text(page.Text), Pg.Text(page.Author),
            Pg.Time(page.Published), Pg.Time(page.Modified), Pg.Text(page.Lang), Pg.Text(page.Direction), Pg.Text(page.SiteName),
            Pg.Text(page.LeadImage), Pg.Text(page.CanonicalUrl),
            Pg.Text(page.Status == PageStatus.Ok ? TextHash.Of(page.Title, page.Text) : null), Pg.Text(page.ItemHash));
        command.ExecuteNonQuery();
        transaction.Commit();
        return version;
    });

    public StoredPage? Find(long itemId) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection, """
            SELECT url, final_url, status, stage, reason, retry, tries, http_status, etag, last_modified, fetched_at,
                   encoding, title, text, author, published_at, modified_at, lang, direction, site_name, lead_image,
                   canonical_url, content_hash
            FROM item_pages WHERE item_id = $1
            """, null, Pg.Long(itemId));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        string? Text(int i) => Pg.String(reader, i);
        var page = new PageUpdate
        {
            ItemId = itemId,
            Url = reader.GetString(0),
            FinalUrl = Text(1),
            Status = PageStatusText.FromStoreText(reader.GetString(2)),
            Stage = Text(3),
            Reason = Text(4),
            Retry = reader.GetBoolean(5),
            HttpStatus = Pg.IntOrNull(reader, 7),
            ETag = Text(8),
            LastModified = Text(9),
            FetchedAt = Pg.Time(reader, 10),
            Encoding = Text(11),
            Title = Text(12),
            Text = Text(13),
            Author = Text(14),
            Published = Pg.TimeOrNull(reader, 15),
            Modified = Pg.TimeOrNull(reader, 16),
            Lang = Text(17),
            Direction = Text(18),
            SiteName = Text(19),
            LeadImage = Text(20),
            CanonicalUrl = Text(21),
        };
        return new StoredPage(page, reader.GetInt32(6), Text(22));
    });

    public Dictionary<long, string> Texts(IReadOnlyCollection<long> itemIds) => StoreErrors.Guard(location, () =>
    {
        var texts = new Dictionary<long, string>();
        using var connection = source.OpenConnection();
        foreach (var chunk in itemIds.Chunk(500))
        {
            using var command = Pg.Command(connection, $"SELECT item_id, text FROM item_pages WHERE status = 'ok' AND text IS NOT NULL AND item_id IN ({Pg.IdList(chunk)})");
            using var reader = command.ExecuteReader();
            while (reader.Read())
                texts[reader.GetInt64(0)] = reader.GetString(1);
        }
        return texts;
    });
}
