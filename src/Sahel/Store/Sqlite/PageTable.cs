using Microsoft.Data.Sqlite;

namespace Sahel.Store.Sqlite;

/// <summary>
/// The item_pages table of a store file (<see cref="IPageStore"/>). A page stored OK is fetched again only
/// when its item changes in the feed, and then conditionally.
/// </summary>
internal sealed class PageTable(SqliteConnection connection, string location) : IPageStore
{
    /// <summary>
    /// The items of these feeds whose page a run should fetch, newest first: those never tried; those whose
    /// last try failed for a passing reason fewer than <paramref name="maxTries"/> times; and those whose item
    /// has changed in its feed since the last try (a stored page is then rechecked with a conditional GET; a
    /// failed one, perhaps at a link since corrected, gets another chance). Pages robots.txt kept sahel from are
    /// otherwise tried again only when the user ignores robots.txt.
    /// </summary>
    public IReadOnlyList<PageCandidate> Candidates(IReadOnlyCollection<long> feedIds, bool ignoreRobots, int maxTries, int limit) =>
        feedIds.Count == 0 ? [] : StoreErrors.Guard(location, () => CandidateRows(feedIds, ignoreRobots, maxTries, limit));

    private List<PageCandidate> CandidateRows(IReadOnlyCollection<long> feedIds, bool ignoreRobots, int maxTries, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT i.id, i.feed_id, coalesce(i.canonical_url, i.link), i.content_hash, p.status = 'ok', p.etag, p.last_modified
            FROM items i LEFT JOIN item_pages p ON p.item_id = i.id
            WHERE i.feed_id IN ({string.Join(',', feedIds)}) AND i.link IS NOT NULL
              AND (p.item_id IS NULL
                   OR p.item_hash IS NOT i.content_hash
                   OR (p.status <> 'ok' AND ((p.retry = 1 AND p.tries < $maxTries) OR ($ignoreRobots AND p.stage = 'ROBOTS'))))
            ORDER BY i.published_at DESC, i.id
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$maxTries", maxTries);
        command.Parameters.AddWithValue("$ignoreRobots", ignoreRobots ? 1 : 0);
        command.Parameters.AddWithValue("$limit", limit);
        var candidates = new List<PageCandidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var recheck = !reader.IsDBNull(4) && reader.GetInt64(4) == 1;
            candidates.Add(new PageCandidate(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3))
            {
                Recheck = recheck,
                ETag = recheck ? FeedTable.NullableString(reader, 5) : null,
                LastModified = recheck ? FeedTable.NullableString(reader, 6) : null,
            });
        }
        return candidates;
    }

    /// <summary>
    /// A recheck that changed nothing (304, or a failure that must not cost the stored text): the page is
    /// now current for the item as it is, so it is not asked again until the item changes again.
    /// </summary>
    public void Keep(long itemId, string itemHash, DateTimeOffset at) => StoreErrors.Guard(location, () =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE item_pages SET item_hash = $hash, fetched_at = $at, tries = tries + 1 WHERE item_id = $item";
        command.Parameters.AddWithValue("$item", itemId);
        command.Parameters.AddWithValue("$hash", itemHash);
        command.Parameters.AddWithValue("$at", StoreTime.Write(at));
        command.ExecuteNonQuery();
    });

    /// <summary>
    /// Writes one page's outcome (replacing an earlier failed try, whose count it keeps). A stored article whose
    /// re-extracted body says something else is an edit: the article's versions get it (<see cref="ItemVersions"/>),
    /// in the same transaction.
    /// </summary>
    /// <returns>The new version's number when the body was edited, else null.</returns>
    public int? Record(PageUpdate page) => StoreErrors.Guard(location, () => RecordRow(page));

    private int? RecordRow(PageUpdate page)
    {
        using var transaction = connection.BeginTransaction();
        var version = page.Status == PageStatus.Ok && page.Text is { } text
            ? ItemVersions.RecordPageEdit(new VersionRows(connection, transaction), page.ItemId, text, page.FetchedAt)
            : null;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO item_pages (item_id, url, final_url, status, stage, reason, retry, tries, http_status, etag,
                last_modified, fetched_at, encoding, title, text, author, published_at, modified_at, lang, direction,
                site_name, lead_image, canonical_url, content_hash, item_hash)
            VALUES ($item, $url, $final, $status, $stage, $reason, $retry, 1, $http, $etag,
                $lastModified, $at, $encoding, $title, $text, $author, $published, $modified, $lang, $direction,
                $site, $image, $canonical, $hash, $itemHash)
            ON CONFLICT (item_id) DO UPDATE SET
                url = excluded.url, final_url = excluded.final_url, status = excluded.status, stage = excluded.stage,
                reason = excluded.reason, retry = excluded.retry, tries = tries + 1, http_status = excluded.http_status,
                etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at,
                encoding = excluded.encoding, title = excluded.title, text = excluded.text, author = excluded.author,
                published_at = excluded.published_at, modified_at = excluded.modified_at, lang = excluded.lang,
                direction = excluded.direction, site_name = excluded.site_name, lead_image = excluded.lead_image,
                canonical_url = excluded.canonical_url, content_hash = excluded.content_hash, item_hash = excluded.item_hash
            """;
        var p = command.Parameters;
        p.AddWithValue("$item", page.ItemId);
        p.AddWithValue("$url", page.Url);
        p.AddWithValue("$final", Nullable(page.FinalUrl));
        p.AddWithValue("$status", page.Status.ToStoreText());
        p.AddWithValue("$stage", Nullable(page.Stage));
        p.AddWithValue("$reason", Nullable(page.Reason));
        p.AddWithValue("$retry", page.Retry ? 1 : 0);
        p.AddWithValue("$http", (object?)page.HttpStatus ?? DBNull.Value);
        p.AddWithValue("$etag", Nullable(page.ETag));
        p.AddWithValue("$lastModified", Nullable(page.LastModified));
        p.AddWithValue("$at", StoreTime.Write(page.FetchedAt));
        p.AddWithValue("$encoding", Nullable(page.Encoding));
        p.AddWithValue("$title", Nullable(page.Title));
        p.AddWithValue("$text", Nullable(page.Text));
        p.AddWithValue("$author", Nullable(page.Author));
        p.AddWithValue("$published", Nullable(StoreTime.Write(page.Published)));
        p.AddWithValue("$modified", Nullable(StoreTime.Write(page.Modified)));
        p.AddWithValue("$lang", Nullable(page.Lang));
        p.AddWithValue("$direction", Nullable(page.Direction));
        p.AddWithValue("$site", Nullable(page.SiteName));
        p.AddWithValue("$image", Nullable(page.LeadImage));
        p.AddWithValue("$canonical", Nullable(page.CanonicalUrl));
        p.AddWithValue("$hash", page.Status == PageStatus.Ok ? TextHash.Of(page.Title, page.Text) : DBNull.Value);
        p.AddWithValue("$itemHash", Nullable(page.ItemHash));
        command.ExecuteNonQuery();
        transaction.Commit();
        return version;
    }

    public StoredPage? Find(long itemId) => StoreErrors.Guard(location, () => FindRow(itemId));

    private StoredPage? FindRow(long itemId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT url, final_url, status, stage, reason, retry, tries, http_status, etag, last_modified, fetched_at,
                   encoding, title, text, author, published_at, modified_at, lang, direction, site_name, lead_image,
                   canonical_url, content_hash
            FROM item_pages WHERE item_id = $item
            """;
        command.Parameters.AddWithValue("$item", itemId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        string? Text(int i) => FeedTable.NullableString(reader, i);
        var page = new PageUpdate
        {
            ItemId = itemId,
            Url = reader.GetString(0),
            FinalUrl = Text(1),
            Status = PageStatusText.FromStoreText(reader.GetString(2)),
            Stage = Text(3),
            Reason = Text(4),
            Retry = reader.GetInt64(5) == 1,
            HttpStatus = reader.IsDBNull(7) ? null : reader.GetInt32(7),
            ETag = Text(8),
            LastModified = Text(9),
            FetchedAt = StoreTime.Read(reader.GetString(10)),
            Encoding = Text(11),
            Title = Text(12),
            Text = Text(13),
            Author = Text(14),
            Published = StoreTime.ReadNullable(reader.GetValue(15)),
            Modified = StoreTime.ReadNullable(reader.GetValue(16)),
            Lang = Text(17),
            Direction = Text(18),
            SiteName = Text(19),
            LeadImage = Text(20),
            CanonicalUrl = Text(21),
        };
        return new StoredPage(page, reader.GetInt32(6), Text(22));
    }

    public Dictionary<long, string> Texts(IReadOnlyCollection<long> itemIds) => StoreErrors.Guard(location, () =>
    {
        var texts = new Dictionary<long, string>();
        foreach (var chunk in itemIds.Chunk(500))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT item_id, text FROM item_pages WHERE status = 'ok' AND text IS NOT NULL AND item_id IN ({string.Join(',', chunk)})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                texts[reader.GetInt64(0)] = reader.GetString(1);
        }
        return texts;
    });

    private static object Nullable(string? value) => (object?)value ?? DBNull.Value;
}
