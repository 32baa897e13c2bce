using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sahel.Model;

namespace Sahel.Store;

/// <summary>
/// Commits one feed's fetch: its items and its state in one transaction, so an interrupted sweep keeps every
/// feed it finished and never half of one. Items are keyed by feed and guid, else canonical link.
/// </summary>
public sealed class ItemWriter(SqliteConnection connection)
{
    public FeedCommitResult Commit(FeedRecord feed, FeedUpdate update)
    {
        using var transaction = connection.BeginTransaction();
        var result = update.Feed is { } parsed && update.Status == FeedRunStatus.Fetched
            ? WriteItems(feed, parsed, update.At, transaction)
            : FeedCommitResult.None;
        new FeedTable(connection).RecordOutcome(update, transaction);
        transaction.Commit();
        return result;
    }

    private FeedCommitResult WriteItems(FeedRecord feed, ParsedFeed parsed, DateTimeOffset now, SqliteTransaction transaction)
    {
        var existing = LoadExisting(feed.Id, transaction);
        var seenThisRun = new HashSet<string>(StringComparer.Ordinal);
        using var insert = InsertCommand(transaction);
        using var update = UpdateCommand(transaction);
        using var touch = TouchCommand(transaction);
        int added = 0, changed = 0, unchanged = 0, edited = 0;
        var nowText = StoreTime.Write(now);

        foreach (var item in parsed.Items)
        {
            var row = ItemRow.From(item, feed, parsed, now);
            if (row is null || !seenThisRun.Add(row.Key))
                continue; // no identity at all, or a duplicate entry within the same document
            if (!existing.TryGetValue(row.Key, out var stored))
            {
                Bind(insert, row, feed.Id, nowText);
                insert.ExecuteNonQuery();
                added++;
            }
            else if (stored.Hash != row.ContentHash)
            {
                if (RecordVersion(stored.Id, row, now, transaction) is not null)
                    edited++;
                Bind(update, row, feed.Id, nowText);
                update.ExecuteNonQuery();
                changed++;
            }
            else
            {
                touch.Parameters["$id"].Value = stored.Id;
                touch.Parameters["$now"].Value = nowText;
                touch.ExecuteNonQuery();
                unchanged++;
            }
        }
        return new FeedCommitResult(added, changed, unchanged) { EditedItems = edited };
    }

    // The stored state is read only for the few items whose hash changed, before the update overwrites it. The
    // article body stored from its page belongs to both states: the feed's edit does not change it (the page is
    // rechecked later, and a changed body is then a version of its own).
    private int? RecordVersion(long itemId, ItemRow row, DateTimeOffset now, SqliteTransaction transaction)
    {
        if (ItemVersions.Stored(connection, transaction, itemId) is not { } before)
            return null;
        var after = before with { Title = row.Title, SummaryHtml = row.Item.SummaryHtml, ContentHtml = row.Item.ContentHtml, Link = row.Item.Link, SeenAt = now };
        return ItemVersions.RecordIfChanged(connection, transaction, itemId, before, after);
    }

    private Dictionary<string, (long Id, string Hash)> LoadExisting(long feedId, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT item_key, id, content_hash FROM items WHERE feed_id = $feed";
        command.Parameters.AddWithValue("$feed", feedId);
        var existing = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            existing[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
        return existing;
    }

    private SqliteCommand InsertCommand(SqliteTransaction transaction) => Prepare(transaction, """
        INSERT INTO items (feed_id, item_key, guid, link, canonical_url, title, summary_html, content_html, author,
            categories, lang, published_at, published_estimated, updated_at, first_seen_at, last_seen_at, content_hash)
        VALUES ($feed, $key, $guid, $link, $canonical, $title, $summary, $content, $author,
            $categories, $lang, $published, $estimated, $updated, $now, $now, $hash)
        """);

    // A changed item keeps its first-seen time and, when the feed never dated it, its estimated date.
    private SqliteCommand UpdateCommand(SqliteTransaction transaction) => Prepare(transaction, """
        UPDATE items SET guid = $guid, link = $link, canonical_url = $canonical, title = $title,
            summary_html = $summary, content_html = $content, author = $author, categories = $categories, lang = $lang,
            published_at = CASE WHEN $estimated = 1 THEN published_at ELSE $published END,
            published_estimated = CASE WHEN $estimated = 1 THEN published_estimated ELSE 0 END,
            updated_at = $updated, last_seen_at = $now, content_hash = $hash
        WHERE feed_id = $feed AND item_key = $key
        """);

    private SqliteCommand TouchCommand(SqliteTransaction transaction)
    {
        var command = Prepare(transaction, "UPDATE items SET last_seen_at = $now WHERE id = $id");
        command.Parameters.Add("$id", SqliteType.Integer);
        command.Parameters.Add("$now", SqliteType.Text);
        return command;
    }

    private SqliteCommand Prepare(SqliteTransaction transaction, string sql)
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
        p[9].Value = row.Item.Categories.Count == 0 ? "[]" : JsonSerializer.Serialize(row.Item.Categories, StoreJson.Default.IReadOnlyListString);
        p[10].Value = (object?)row.Lang ?? DBNull.Value;
        p[11].Value = StoreTime.Write(row.Published);
        p[12].Value = row.PublishedIsEstimated ? 1 : 0;
        p[13].Value = (object?)StoreTime.Write(row.Item.Updated) ?? DBNull.Value;
        p[14].Value = nowText;
        p[15].Value = row.ContentHash;
    }
}

/// <summary>
/// How many items of one feed were new, changed, or seen again unchanged. Of the changed ones,
/// <see cref="EditedItems"/> were edits a reader would notice (a new version); the rest changed only in form
/// (whitespace, markup, tracking parameters, an update stamp).
/// </summary>
public sealed record FeedCommitResult(int NewItems, int ChangedItems, int UnchangedItems)
{
    public int EditedItems { get; init; }

    public static readonly FeedCommitResult None = new(0, 0, 0);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StoreJson : System.Text.Json.Serialization.JsonSerializerContext;
