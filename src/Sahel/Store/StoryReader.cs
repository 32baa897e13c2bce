using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Store;

/// <summary>
/// Reads stories for the timeline and the stories command, oldest first. Text search happens here in C#, not in
/// SQL, because SQLite's LIKE folds only ASCII case: "mopti" must find "Mopti" and "menaka" "Ménaka".
/// </summary>
public sealed class StoryReader(SqliteConnection connection)
{
    public IReadOnlyList<Story> Query(StoryFilter filter)
    {
        // Feeds are read once into a map: joining their strings into every row would copy them per story.
        var feeds = LoadFeeds();
        using var command = connection.CreateCommand();
        var texts = filter.IncludeSummaries || filter.Search is not null;
        var summary = texts ? "summary_html" : "NULL";
        // As of a time (--now): an article edited since shows the version it had then, and counts only the
        // versions seen by then. The subqueries go through item_versions' primary key, and only edited
        // articles have rows.
        var asOf = filter.SeenBy is null ? "" : " AND v.seen_at <= $seenBy";
        var title = "items.title";
        if (filter.SeenBy is not null)
        {
            string Then(string column, string current) =>
                $"coalesce((SELECT {column} FROM item_versions v WHERE v.item_id = items.id{asOf} AND EXISTS (SELECT 1 FROM item_versions w WHERE w.item_id = items.id AND w.seen_at > $seenBy) ORDER BY version DESC LIMIT 1), {current})";
            title = Then("title", "items.title");
            if (texts)
                summary = Then("summary_html", "summary_html");
        }
        var fullText = texts ? "p.text" : "NULL";
        // The page's hash always (the analysis cache depends on it), its text only with the summaries.
        var sql = new StringBuilder($"""
            SELECT id, feed_id, coalesce(items.canonical_url, link), {title}, {summary}, items.author, categories, items.lang,
                   items.published_at, published_estimated, updated_at, first_seen_at, last_seen_at, item_key,
                   items.content_hash, {fullText}, p.content_hash,
                   (SELECT count(*) || ' ' || max(seen_at) FROM item_versions v WHERE v.item_id = items.id{asOf})
            FROM items LEFT JOIN item_pages p ON p.item_id = items.id AND p.status = 'ok'
            WHERE 1 = 1
            """);
        if (filter.Since is { } since)
            Where(command, sql, "items.published_at >= $since", "$since", StoreTime.Write(since));
        if (filter.Until is { } until)
            Where(command, sql, "items.published_at < $until", "$until", StoreTime.Write(until));
        if (filter.SeenBy is { } seenBy)
            Where(command, sql, "items.first_seen_at <= $seenBy", "$seenBy", StoreTime.Write(seenBy));
        if (filter.Lang is { } lang)
            Where(command, sql, "items.lang = $lang", "$lang", lang.ToLowerInvariant());
        if (filter.Country is { } country)
            Where(command, sql, "feed_id IN (SELECT id FROM feeds WHERE upper(country) = $country)", "$country", country.ToUpperInvariant());
        if (filter.FeedIds is { } ids)
            sql.Append($" AND feed_id IN ({string.Join(',', ids.Append(-1))})");
        if (filter.ItemIds is { } items)
            sql.Append($" AND id IN ({string.Join(',', items.Append(-1))})");
        sql.Append(" ORDER BY items.published_at");

        command.CommandText = sql.ToString();
        var feedNeedle = filter.Feed is null ? null : TextFold.Fold(filter.Feed);
        var searchNeedle = filter.Search is null ? null : TextFold.Fold(filter.Search);
        var stories = new List<Story>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var story = Read(reader, feeds[reader.GetInt64(1)]);
            // When it was last seen as of then is not recorded; a story seen since was seen at then at the latest.
            if (filter.SeenBy is { } then && story.LastSeen > then)
                story = story with { LastSeen = then };
            if (feedNeedle is not null && !TextFold.Fold(story.Outlet + "\n" + story.FeedUrl).Contains(feedNeedle, StringComparison.Ordinal))
                continue;
            if (searchNeedle is not null && !TextFold.Fold(story.Title + "\n" + story.Summary + "\n" + story.FullText).Contains(searchNeedle, StringComparison.Ordinal))
                continue;
            stories.Add(story);
        }
        // Same-time stories in feed then item order, never row order: rows follow the order feeds arrived in.
        stories.Sort(static (a, b) =>
        {
            var byTime = a.Published.CompareTo(b.Published);
            if (byTime != 0)
                return byTime;
            var byFeed = string.CompareOrdinal(a.FeedUrl, b.FeedUrl);
            return byFeed != 0 ? byFeed : string.CompareOrdinal(a.ItemKey, b.ItemKey);
        });
        return filter.Limit is { } limit && stories.Count > limit ? stories[^limit..] : stories;
    }

    /// <summary>Parses a stored categories array; most are empty, which skips the JSON parser.</summary>
    public static IReadOnlyList<string> ParseCategories(string json) => CategoryList.Parse(json);

    private sealed record FeedInfo(string Location, string Outlet, string? Country);

    private Dictionary<long, FeedInfo> LoadFeeds()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, location, coalesce(name, title), country FROM feeds";
        var feeds = new Dictionary<long, FeedInfo>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var location = reader.GetString(1);
            var outlet = FeedTable.NullableString(reader, 2) ?? new FeedRecord { Id = 0, Location = location }.DisplayName;
            var country = FeedTable.NullableString(reader, 3);
            feeds[reader.GetInt64(0)] = new FeedInfo(location, outlet, string.IsNullOrEmpty(country) ? null : country);
        }
        return feeds;
    }

    private static void Where(SqliteCommand command, StringBuilder sql, string condition, string name, object value)
    {
        sql.Append(" AND ").Append(condition);
        command.Parameters.AddWithValue(name, value);
    }

    private static Story Read(SqliteDataReader reader, FeedInfo feed) => new()
    {
        Id = reader.GetInt64(0),
        FeedId = reader.GetInt64(1),
        FeedUrl = feed.Location,
        Outlet = feed.Outlet,
        Country = feed.Country,
        Url = FeedTable.NullableString(reader, 2),
        Title = reader.GetString(3),
        SummaryHtml = FeedTable.NullableString(reader, 4),
        Author = FeedTable.NullableString(reader, 5),
        CategoriesJson = reader.GetString(6),
        Lang = FeedTable.NullableString(reader, 7),
        Published = StoreTime.Read(reader.GetString(8)),
        PublishedIsEstimated = reader.GetInt64(9) == 1,
        Updated = StoreTime.ReadNullable(reader.GetValue(10)),
        FirstSeen = StoreTime.Read(reader.GetString(11)),
        LastSeen = StoreTime.Read(reader.GetString(12)),
        ItemKey = reader.GetString(13),
        ContentHash = reader.GetString(14),
        FullText = FeedTable.NullableString(reader, 15),
        PageHash = FeedTable.NullableString(reader, 16),
        Versions = VersionCount(reader, out var lastEdited),
        LastEdited = lastEdited,
    };

    // One subquery per row, through the versions' primary key, gives both the count and the latest edit
    // ("3 2026-03-11T09:15:00Z"); it is NULL for the many articles never edited.
    private static int VersionCount(SqliteDataReader reader, out DateTimeOffset? lastEdited)
    {
        lastEdited = null;
        if (reader.IsDBNull(17))
            return 1;
        var text = reader.GetString(17);
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
            return 1; // count 0: max() is NULL and so is the concatenation; kept for safety
        lastEdited = StoreTime.Read(text[(space + 1)..]);
        return int.Parse(text.AsSpan(0, space), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The stored stories of an article URL (as published or canonical: tracking parameters do not matter), one
    /// per feed that carries it.
    /// </summary>
    public IReadOnlyList<Story> FindByUrl(string url)
    {
        var canonical = CanonicalUrl.Canonicalize(url) ?? url;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM items WHERE canonical_url = $canonical OR link = $url";
        command.Parameters.AddWithValue("$canonical", canonical);
        command.Parameters.AddWithValue("$url", url);
        return Query(new StoryFilter { ItemIds = ReadIds(command) });
    }

    /// <summary>The story with this public id (<see cref="StoryKey"/>), or null.</summary>
    public Story? FindByKey(string key)
    {
        // Keys are hashes, not stored: compute them. One pass over keys and feed locations, a few hundred
        // milliseconds for a year of items, and only for a command that names one story.
        var feeds = LoadFeeds();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, feed_id, item_key FROM items";
        long? found = null;
        using (var reader = command.ExecuteReader())
        {
            while (found is null && reader.Read())
            {
                if (StoryKey.For(feeds[reader.GetInt64(1)].Location, reader.GetString(2)) == key)
                    found = reader.GetInt64(0);
            }
        }
        return found is { } id ? Query(new StoryFilter { ItemIds = [id] }).SingleOrDefault() : null;
    }

    private static List<long> ReadIds(SqliteCommand command)
    {
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>
    /// The fullest text of some stories (content when longer than the summary), for a stage that needs it only
    /// for a few: the analyser, on new items. Wire copies often carry in their summary what the original has
    /// only in its content.
    /// </summary>
    public Dictionary<long, string?> AnalysisTexts(IReadOnlyCollection<long> ids)
    {
        var summaries = new Dictionary<long, string?>();
        foreach (var chunk in ids.Chunk(500))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT id, CASE WHEN length(coalesce(content_html, '')) > length(coalesce(summary_html, '')) THEN content_html ELSE summary_html END
                FROM items WHERE id IN ({string.Join(',', chunk)})
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                summaries[reader.GetInt64(0)] = FeedTable.NullableString(reader, 1);
        }
        return summaries;
    }
}
