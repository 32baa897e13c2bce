using Microsoft.Data.Sqlite;
using Sahel.Model;

namespace Sahel.Store.Sqlite;

/// <summary>
/// Commits one feed's fetch into a store file: its items (<see cref="FeedItemMerge"/>) and its state in one
/// transaction, so an interrupted sweep keeps every feed it finished and never half of one.
/// </summary>
internal sealed class ItemWriter(SqliteConnection connection, string location, Lock gate) : IItemWriter
{
    public FeedCommitResult Commit(FeedRecord feed, FeedUpdate update) => StoreErrors.Guard(location, () =>
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            var result = FeedCommitResult.None;
            if (update.Feed is { } parsed && update.Status == FeedRunStatus.Fetched)
            {
                using var rows = new ItemRows(connection, transaction);
                result = FeedItemMerge.Write(rows, feed, parsed, update.At, update.PreparedRows);
            }
            new FeedTable(connection, location, gate).RecordOutcome(update, transaction);
            transaction.Commit();
            return result;
        }
    });

    /// <summary>One feed's item rows within its transaction; commands are prepared once per feed.</summary>
    private sealed class ItemRows(SqliteConnection connection, SqliteTransaction transaction) : IItemRows, IDisposable
    {
        private SqliteCommand? _insert, _update, _touch;

        public IVersionRows Versions { get; } = new VersionRows(connection, transaction);

        public IReadOnlyDictionary<string, (long Id, string Hash)> Existing(long feedId)
        {
            using var command = Prepare("SELECT item_key, id, content_hash FROM items WHERE feed_id = $feed");
            command.Parameters.AddWithValue("$feed", feedId);
            var existing = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                existing[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
            return existing;
        }

        // The writer holds the feed: a key it did not load cannot appear meanwhile, so a plain insert will do.
        public void Upsert(ItemRow row, long feedId, DateTimeOffset now)
        {
            _insert ??= Prepare("""
                INSERT INTO items (feed_id, item_key, guid, link, canonical_url, title, summary_html, content_html, author,
                    categories, lang, published_at, published_estimated, updated_at, first_seen_at, last_seen_at, content_hash)
                VALUES ($feed, $key, $guid, $link, $canonical, $title, $summary, $content, $author,
                    $categories, $lang, $published, $estimated, $updated, $now, $now, $hash)
                """);
            Bind(_insert, row, feedId, StoreTime.Write(now));
            _insert.ExecuteNonQuery();
        }

        public void Update(ItemRow row, long feedId, DateTimeOffset now)
        {
            _update ??= Prepare("""
                UPDATE items SET guid = $guid, link = $link, canonical_url = $canonical, title = $title,
                    summary_html = $summary, content_html = $content, author = $author, categories = $categories, lang = $lang,
                    published_at = CASE WHEN $estimated = 1 THEN published_at ELSE $published END,
                    published_estimated = CASE WHEN $estimated = 1 THEN published_estimated ELSE 0 END,
                    updated_at = $updated, last_seen_at = $now, content_hash = $hash
                WHERE feed_id = $feed AND item_key = $key
                """);
            Bind(_update, row, feedId, StoreTime.Write(now));
            _update.ExecuteNonQuery();
        }

        public void Touch(long itemId, DateTimeOffset now)
        {
            if (_touch is null)
            {
                _touch = Prepare("UPDATE items SET last_seen_at = $now WHERE id = $id");
                _touch.Parameters.Add("$id", SqliteType.Integer);
                _touch.Parameters.Add("$now", SqliteType.Text);
            }
            _touch.Parameters["$id"].Value = itemId;
            _touch.Parameters["$now"].Value = StoreTime.Write(now);
            _touch.ExecuteNonQuery();
        }

        public void Flush()
        {
        }

        public void Dispose()
        {
            _insert?.Dispose();
            _update?.Dispose();
            _touch?.Dispose();
        }

        private SqliteCommand Prepare(string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }

        private static readonly string[] ItemParameters =
        [
            "$feed", "$key", "$guid", "$link", "$canonical", "$title", "$summary", "$content", "$author",
            "$categories", "$lang", "$published", "$estimated", "$updated", "$now", "$hash",
        ];

        // Parameters are created once per command and only their values change per row: with tens of thousands
        // of rows per sweep, rebuilding them dominated the write.
        private static void Bind(SqliteCommand command, ItemRow row, long feedId, string nowText)
        {
            var p = command.Parameters;
            if (p.Count == 0)
            {
                foreach (var name in ItemParameters)
                    p.Add(new SqliteParameter { ParameterName = name });
            }
            p[0].Value = feedId;
            p[1].Value = row.Key;
            p[2].Value = (object?)row.Item.Guid ?? DBNull.Value;
            p[3].Value = (object?)row.Item.Link ?? DBNull.Value;
            p[4].Value = (object?)row.CanonicalUrl ?? DBNull.Value;
            p[5].Value = row.Title;
            p[6].Value = (object?)row.Item.SummaryHtml ?? DBNull.Value;
            p[7].Value = (object?)row.Item.ContentHtml ?? DBNull.Value;
            p[8].Value = (object?)row.Item.Author ?? DBNull.Value;
            p[9].Value = StoryCategories.Write(row.Item.Categories);
            p[10].Value = (object?)row.Lang ?? DBNull.Value;
            p[11].Value = StoreTime.Write(row.Published);
            p[12].Value = row.PublishedIsEstimated ? 1 : 0;
            p[13].Value = (object?)StoreTime.Write(row.Item.Updated) ?? DBNull.Value;
            p[14].Value = nowText;
            p[15].Value = row.ContentHash;
        }
    }
}
