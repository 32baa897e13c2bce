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
        using var command = connection.CreateCommand();
        var summary = filter.IncludeSummaries || filter.Search is not null ? "i.summary_html" : "NULL";
        var sql = new StringBuilder($"""
            SELECT i.id, i.feed_id, f.location, coalesce(f.name, f.title), coalesce(i.canonical_url, i.link), i.title, {summary}, i.author,
                   i.categories, i.lang, coalesce(f.country, ''), i.published_at, i.published_estimated, i.updated_at,
                   i.first_seen_at, i.last_seen_at, i.item_key
            FROM items i JOIN feeds f ON f.id = i.feed_id
            WHERE 1 = 1
            """);
        if (filter.Since is { } since)
            Where(command, sql, "i.published_at >= $since", "$since", StoreTime.Write(since));
        if (filter.Until is { } until)
            Where(command, sql, "i.published_at < $until", "$until", StoreTime.Write(until));
        if (filter.Lang is { } lang)
            Where(command, sql, "i.lang = $lang", "$lang", lang.ToLowerInvariant());
        if (filter.Country is { } country)
            Where(command, sql, "upper(f.country) = $country", "$country", country.ToUpperInvariant());
        if (filter.FeedIds is { } ids)
            sql.Append($" AND i.feed_id IN ({string.Join(',', ids.Append(-1))})");
        // Ties are broken by feed and item, never by row id: ids follow the order feeds happened to arrive in.
        sql.Append(" ORDER BY i.published_at, f.location, i.item_key");

        command.CommandText = sql.ToString();
        var feedNeedle = filter.Feed is null ? null : TextFold.Fold(filter.Feed);
        var searchNeedle = filter.Search is null ? null : TextFold.Fold(filter.Search);
        var stories = new List<Story>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var story = Read(reader);
            if (feedNeedle is not null && !TextFold.Fold(story.Outlet + "\n" + story.FeedUrl).Contains(feedNeedle, StringComparison.Ordinal))
                continue;
            if (searchNeedle is not null && !TextFold.Fold(story.Title + "\n" + story.Summary).Contains(searchNeedle, StringComparison.Ordinal))
                continue;
            stories.Add(story);
        }
        return filter.Limit is { } limit && stories.Count > limit ? stories[^limit..] : stories;
    }

    // Most items have no or one category; skip the JSON parser for the empty list.
    private static IReadOnlyList<string> Categories(string json) =>
        json == "[]" ? [] : JsonSerializer.Deserialize(json, StoreJson.Default.IReadOnlyListString) ?? [];

    private static void Where(SqliteCommand command, StringBuilder sql, string condition, string name, object value)
    {
        sql.Append(" AND ").Append(condition);
        command.Parameters.AddWithValue(name, value);
    }

    private static Story Read(SqliteDataReader reader)
    {
        var location = reader.GetString(2);
        return new Story
        {
            Id = reader.GetInt64(0),
            Key = StoryKey.For(location, reader.GetString(16)),
            FeedId = reader.GetInt64(1),
            FeedUrl = location,
            Outlet = FeedTable.NullableString(reader, 3) ?? new FeedRecord { Id = 0, Location = location }.DisplayName,
            Url = FeedTable.NullableString(reader, 4),
            Title = reader.GetString(5),
            SummaryHtml = FeedTable.NullableString(reader, 6),
            Author = FeedTable.NullableString(reader, 7),
            Categories = Categories(reader.GetString(8)),
            Lang = FeedTable.NullableString(reader, 9),
            Country = reader.GetString(10) is { Length: > 0 } country ? country : null,
            Published = StoreTime.Read(reader.GetString(11)),
            PublishedIsEstimated = reader.GetInt64(12) == 1,
            Updated = StoreTime.ReadNullable(reader.GetValue(13)),
            FirstSeen = StoreTime.Read(reader.GetString(14)),
            LastSeen = StoreTime.Read(reader.GetString(15)),
        };
    }
}
