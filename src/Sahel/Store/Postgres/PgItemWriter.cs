using Npgsql;
using Sahel.Model;

namespace Sahel.Store.Postgres;

/// <summary>
/// Commits one feed's fetch into a team store: its items (<see cref="FeedItemMerge"/>, the same rules as a store
/// file) and its state in one transaction, sent as one batch. Items are upserted on (feed_id, item_key): should a
/// runner whose lease ran out commit the same feed as the runner that took it over, an item is still stored once.
/// </summary>
internal sealed class PgItemWriter(NpgsqlDataSource source, string location) : IItemWriter
{
    public FeedCommitResult Commit(FeedRecord feed, FeedUpdate update) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var result = FeedCommitResult.None;
        if (update.Feed is { } parsed && update.Status == FeedRunStatus.Fetched)
        {
            using var rows = new ItemRows(connection, transaction);
            result = FeedItemMerge.Write(rows, feed, parsed, update.At, update.PreparedRows);
        }
        PgFeeds.RecordOutcome(connection, transaction, update);
        transaction.Commit();
        return result;
    });

    private sealed class ItemRows(NpgsqlConnection connection, NpgsqlTransaction transaction) : IItemRows, IDisposable
    {
        private const string Values = "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16";

        private NpgsqlBatch _batch = new(connection, transaction);

        public IVersionRows Versions { get; } = new PgVersionRows(connection, transaction);

        public IReadOnlyDictionary<string, (long Id, string Hash)> Existing(long feedId)
        {
            using var command = Pg.Command(connection, "SELECT item_key, id, content_hash FROM items WHERE feed_id = $1", transaction, Pg.Long(feedId));
            var existing = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                existing[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
            return existing;
        }

        public void Upsert(ItemRow row, long feedId, DateTimeOffset now) => Add($"""
            INSERT INTO items (feed_id, item_key, guid, link, canonical_url, title, summary_html, content_html, author,
                categories, lang, published_at, published_estimated, updated_at, first_seen_at, last_seen_at, content_hash)
            VALUES ({Values})
            ON CONFLICT (feed_id, item_key) DO UPDATE SET {UpdateSet("excluded")}
            """, row, feedId, now);

        public void Update(ItemRow row, long feedId, DateTimeOffset now) =>
            Add($"UPDATE items SET {UpdateSet(null)} WHERE feed_id = $1 AND item_key = $2", row, feedId, now);

        // A changed item keeps its first-seen time and, when the feed never dated it, its estimated date.
        private static string UpdateSet(string? excluded) => excluded is null
            ? """
              guid = $3, link = $4, canonical_url = $5, title = $6, summary_html = $7, content_html = $8, author = $9,
              categories = $10, lang = $11,
              published_at = CASE WHEN $13 THEN items.published_at ELSE $12 END,
              published_estimated = CASE WHEN $13 THEN items.published_estimated ELSE false END,
              updated_at = $14, last_seen_at = $15, content_hash = $16
              """
            : """
              guid = excluded.guid, link = excluded.link, canonical_url = excluded.canonical_url, title = excluded.title,
              summary_html = excluded.summary_html, content_html = excluded.content_html, author = excluded.author,
              categories = excluded.categories, lang = excluded.lang,
              published_at = CASE WHEN excluded.published_estimated THEN items.published_at ELSE excluded.published_at END,
              published_estimated = items.published_estimated AND excluded.published_estimated,
              updated_at = excluded.updated_at, last_seen_at = excluded.last_seen_at, content_hash = excluded.content_hash
              """;

        public void Touch(long itemId, DateTimeOffset now)
        {
            var command = new NpgsqlBatchCommand("UPDATE items SET last_seen_at = $2 WHERE id = $1");
            command.Parameters.Add(Pg.Long(itemId));
            command.Parameters.Add(Pg.Time(now));
            _batch.BatchCommands.Add(command);
        }

        public void Flush()
        {
            if (_batch.BatchCommands.Count == 0)
                return;
            _batch.ExecuteNonQuery();
            _batch.Dispose();
            _batch = new NpgsqlBatch(connection, transaction);
        }

        public void Dispose() => _batch.Dispose();

        private void Add(string sql, ItemRow row, long feedId, DateTimeOffset now)
        {
            var command = new NpgsqlBatchCommand(sql);
            var p = command.Parameters;
            p.Add(Pg.Long(feedId));
            p.Add(Pg.Text(row.Key));
            p.Add(Pg.Text(row.Item.Guid));
            p.Add(Pg.Text(row.Item.Link));
            p.Add(Pg.Text(row.CanonicalUrl));
            p.Add(Pg.Text(row.Title));
            p.Add(Pg.Text(row.Item.SummaryHtml));
            p.Add(Pg.Text(row.Item.ContentHtml));
            p.Add(Pg.Text(row.Item.Author));
            p.Add(Pg.Text(StoryCategories.Write(row.Item.Categories)));
            p.Add(Pg.Text(row.Lang));
            p.Add(Pg.Time(row.Published));
            p.Add(Pg.Bool(row.PublishedIsEstimated));
            p.Add(Pg.Time(row.Item.Updated));
            p.Add(Pg.Time(now));
            p.Add(Pg.Text(row.ContentHash));
            _batch.BatchCommands.Add(command);
        }
    }
}
