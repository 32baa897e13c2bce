using System.Text;
using Npgsql;
using Sahel.Model;
using Sahel.Normalize;
using FeedInfo = Sahel.Store.StorySelection.FeedInfo;

namespace Sahel.Store.Postgres;

/// <summary>Reads the stories of a team store (<see cref="IStoryQueries"/>); filters SQL cannot fold are in <see cref="StorySelection"/>.</summary>
internal sealed class PgStories(NpgsqlDataSource source, string location) : IStoryQueries
{
    public IReadOnlyList<Story> Query(StoryFilter filter) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        return QueryRows(connection, filter);
    });

    private static IReadOnlyList<Story> QueryRows(NpgsqlConnection connection, StoryFilter filter)
    {
        var feeds = LoadFeeds(connection);
        using var command = new NpgsqlCommand { Connection = connection };
        var texts = filter.IncludeSummaries || filter.Search is not null;
        var summary = texts ? "items.summary_html" : "NULL::text";
        var fullText = texts ? "p.text" : "NULL::text";
        // As of a time (--now): an article edited since shows the version it had then, and counts only the
        // versions seen by then (the same rule as the store file's reader). $1 is then that time.
        var asOf = "";
        var title = "items.title";
        if (filter.SeenBy is { } seenBy)
        {
            command.Parameters.Add(Pg.Time(seenBy));
            asOf = " AND seen_at <= $1";
            string Then(string column, string current) =>
                $"coalesce((SELECT v.{column} FROM item_versions v WHERE v.item_id = items.id AND v.seen_at <= $1 AND EXISTS (SELECT 1 FROM item_versions w WHERE w.item_id = items.id AND w.seen_at > $1) ORDER BY v.version DESC LIMIT 1), {current})";
            title = Then("title", "items.title");
            if (texts)
                summary = Then("summary_html", "items.summary_html");
        }
        var sql = new StringBuilder($"""
            SELECT items.id, items.feed_id, coalesce(items.canonical_url, items.link), {title}, {summary}, items.author, items.categories,
                   items.lang, items.published_at, items.published_estimated, items.updated_at, items.first_seen_at, items.last_seen_at,
                   items.item_key, items.content_hash, {fullText}, p.content_hash, v.count, v.latest
            FROM items LEFT JOIN item_pages p ON p.item_id = items.id AND p.status = 'ok'
            LEFT JOIN LATERAL (SELECT count(*)::integer AS count, max(seen_at) AS latest FROM item_versions WHERE item_id = items.id{asOf}) v ON true
            WHERE true
            """);
        if (filter.SeenBy is not null)
            sql.Append(" AND items.first_seen_at <= $1");
        if (filter.Since is { } since)
            Where(command, sql, "items.published_at >= $", Pg.Time(since));
        if (filter.Until is { } until)
            Where(command, sql, "items.published_at < $", Pg.Time(until));
        if (filter.Lang is { } lang)
            Where(command, sql, "items.lang = $", Pg.Text(lang.ToLowerInvariant()));
        if (filter.Country is { } country)
            Where(command, sql, "items.feed_id IN (SELECT id FROM feeds WHERE upper(country) = $)", Pg.Text(country.ToUpperInvariant()));
        if (filter.FeedIds is { } ids)
            sql.Append($" AND items.feed_id IN ({Pg.IdList(ids)})");
        if (filter.ItemIds is { } items)
            sql.Append($" AND items.id IN ({Pg.IdList(items)})");
        sql.Append(" ORDER BY items.published_at");
        command.CommandText = sql.ToString();
        using var reader = command.ExecuteReader();
        var rows = new List<Story>();
        while (reader.Read())
            rows.Add(Read(reader, feeds[reader.GetInt64(1)]));
        return StorySelection.Finish(rows, filter);
    }

    // Each condition's "$" becomes the next positional parameter.
    private static void Where(NpgsqlCommand command, StringBuilder sql, string condition, NpgsqlParameter value)
    {
        command.Parameters.Add(value);
        sql.Append(" AND ").Append(condition.Replace("$", "$" + command.Parameters.Count, StringComparison.Ordinal));
    }

    private static Dictionary<long, FeedInfo> LoadFeeds(NpgsqlConnection connection)
    {
        using var command = Pg.Command(connection, "SELECT id, location, coalesce(name, title), country FROM feeds");
        var feeds = new Dictionary<long, FeedInfo>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            feeds[reader.GetInt64(0)] = FeedInfo.Of(reader.GetString(1), Pg.String(reader, 2), Pg.String(reader, 3));
        return feeds;
    }

    private static Story Read(NpgsqlDataReader reader, FeedInfo feed)
    {
        var versions = reader.GetInt32(17);
        return new Story
        {
            Id = reader.GetInt64(0),
            FeedId = reader.GetInt64(1),
            FeedUrl = feed.Location,
            Outlet = feed.Outlet,
            Country = feed.Country,
            Url = Pg.String(reader, 2),
            Title = reader.GetString(3),
            SummaryHtml = Pg.String(reader, 4),
            Author = Pg.String(reader, 5),
            CategoriesJson = reader.GetString(6),
            Lang = Pg.String(reader, 7),
            Published = Pg.Time(reader, 8),
            PublishedIsEstimated = reader.GetBoolean(9),
            Updated = Pg.TimeOrNull(reader, 10),
            FirstSeen = Pg.Time(reader, 11),
            LastSeen = Pg.Time(reader, 12),
            ItemKey = reader.GetString(13),
            ContentHash = reader.GetString(14),
            FullText = Pg.String(reader, 15),
            PageHash = Pg.String(reader, 16),
            // An article never edited has no version rows and is its one version.
            Versions = versions == 0 ? 1 : versions,
            LastEdited = versions == 0 ? null : Pg.TimeOrNull(reader, 18),
        };
    }

    public IReadOnlyList<Story> FindByUrl(string url) => StoreErrors.Guard(location, () =>
    {
        var canonical = CanonicalUrl.Canonicalize(url) ?? url;
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection, "SELECT id FROM items WHERE canonical_url = $1 OR link = $2", null, Pg.Text(canonical), Pg.Text(url));
        var ids = new List<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                ids.Add(reader.GetInt64(0));
        }
        return QueryRows(connection, new StoryFilter { ItemIds = ids });
    });

    public Story? FindByKey(string key) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection, "SELECT items.id, feeds.location, items.item_key FROM items JOIN feeds ON feeds.id = items.feed_id");
        long? found;
        using (var reader = command.ExecuteReader())
            found = StorySelection.FindKey(Rows(reader), key);
        return found is { } id ? QueryRows(connection, new StoryFilter { ItemIds = [id] }).SingleOrDefault() : null;
    });

    private static IEnumerable<(long, string, string)> Rows(NpgsqlDataReader reader)
    {
        while (reader.Read())
            yield return (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
    }

    public Dictionary<long, string?> AnalysisTexts(IReadOnlyCollection<long> ids) => StoreErrors.Guard(location, () =>
    {
        var texts = new Dictionary<long, string?>();
        using var connection = source.OpenConnection();
        foreach (var chunk in ids.Chunk(500))
        {
            using var command = Pg.Command(connection, $"""
                SELECT id, CASE WHEN length(coalesce(content_html, '')) > length(coalesce(summary_html, '')) THEN content_html ELSE summary_html END
                FROM items WHERE id IN ({Pg.IdList(chunk)})
                """);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                texts[reader.GetInt64(0)] = Pg.String(reader, 1);
        }
        return texts;
    });
}
