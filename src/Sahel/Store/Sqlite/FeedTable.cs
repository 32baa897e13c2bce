using Microsoft.Data.Sqlite;
using Sahel.Model;

namespace Sahel.Store.Sqlite;

/// <summary>The feeds table of a store file (<see cref="IFeedStore"/>).</summary>
internal sealed class FeedTable(SqliteConnection connection, string location, Lock gate) : IFeedStore
{
    private const string Columns =
        "id, location, name, lang, country, site_url, subscribed, title, redirect_location, etag, last_modified, " +
        "last_attempt_at, last_success_at, last_status, last_error_stage, last_error, full_text, last_runner";

    public IReadOnlyList<FeedRecord> List(bool subscribedOnly) => StoreErrors.Guard(location, () =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM feeds {(subscribedOnly ? "WHERE subscribed = 1" : "")} ORDER BY id";
        return ReadAll(command);
    });

    public FeedRecord? Find(string feedLocation) => StoreErrors.Guard(location, () => FindRow(feedLocation));

    private FeedRecord? FindRow(string feedLocation)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM feeds WHERE location = $location";
        command.Parameters.AddWithValue("$location", feedLocation);
        return ReadAll(command).FirstOrDefault();
    }

    public IReadOnlyList<FeedRecord> Ensure(IReadOnlyList<FeedSource> sources, DateTimeOffset now) =>
        StoreErrors.Guard(location, () => EnsureRows(sources, now));

    private List<FeedRecord> EnsureRows(IReadOnlyList<FeedSource> sources, DateTimeOffset now)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // A row is rewritten only when a field changes: a sweep of 1,000 known feeds otherwise rewrote 1,000 rows
        // (and their pages in the WAL) to say what they already said.
        command.CommandText = """
            INSERT INTO feeds (location, name, lang, country, site_url, added_at, full_text)
            VALUES ($location, $name, $lang, $country, $site, $now, coalesce($fullText, 0))
            ON CONFLICT (location) DO UPDATE SET
                name = coalesce(excluded.name, name), lang = coalesce(excluded.lang, lang),
                country = coalesce(excluded.country, country), site_url = coalesce(excluded.site_url, site_url),
                full_text = coalesce($fullText, full_text)
            WHERE name IS NOT coalesce(excluded.name, name) OR lang IS NOT coalesce(excluded.lang, lang)
                OR country IS NOT coalesce(excluded.country, country) OR site_url IS NOT coalesce(excluded.site_url, site_url)
                OR full_text IS NOT coalesce($fullText, full_text)
            """;
        foreach (var source in sources)
        {
            Bind(command, source, now);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
        // One statement, prepared once, looks every row up.
        using var find = connection.CreateCommand();
        find.CommandText = $"SELECT {Columns} FROM feeds WHERE location = $location";
        var location = find.Parameters.Add("$location", SqliteType.Text);
        return sources.Select(s =>
        {
            location.Value = s.Location;
            return ReadAll(find).First();
        }).ToList();
    }

    public bool Subscribe(FeedSource source, DateTimeOffset now) => StoreErrors.Guard(location, () =>
    {
        var existing = FindRow(source.Location);
        EnsureRows([source], now);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE feeds SET subscribed = 1 WHERE location = $location";
        command.Parameters.AddWithValue("$location", source.Location);
        command.ExecuteNonQuery();
        return existing is null || !existing.Subscribed;
    });

    public bool Unsubscribe(string feedLocation) => StoreErrors.Guard(location, () =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE feeds SET subscribed = 0 WHERE location = $location AND subscribed = 1";
        command.Parameters.AddWithValue("$location", feedLocation);
        return command.ExecuteNonQuery() > 0;
    });

    /// <summary>
    /// A store file has one runner at a time (SQLite lets one process write), so there is nothing to lease: the
    /// due feeds are returned as stored. A crashed sweep's feeds are thus never held back from the next one.
    /// </summary>
    public IReadOnlyList<FeedRecord> Claim(IReadOnlyList<long> feedIds, FeedClaim claim, int max) => StoreErrors.Guard(location, () =>
    {
        if (feedIds.Count == 0 || max <= 0)
            return (IReadOnlyList<FeedRecord>)[];
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT {Columns} FROM feeds WHERE id IN ({string.Join(',', feedIds)})
                  AND ($always OR last_attempt_at IS NULL OR last_attempt_at <= $dueBefore)
                """;
            command.Parameters.AddWithValue("$always", claim.MinInterval <= TimeSpan.Zero);
            command.Parameters.AddWithValue("$dueBefore", StoreTime.Write(claim.DueBefore));
            var byId = ReadAll(command).ToDictionary(f => f.Id);
            return feedIds.Where(byId.ContainsKey).Take(max).Select(id => byId[id]).ToList();
        }
    });

    public void Release(IReadOnlyCollection<long> feedIds, string runnerId)
    {
        // Nothing was leased.
    }

    /// <summary>Records the outcome of one fetch; part of the feed's transaction so state and items agree.</summary>
    internal void RecordOutcome(FeedUpdate update, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var succeeded = update.Status != FeedRunStatus.Failed;
        command.CommandText = succeeded
            ? """
              UPDATE feeds SET last_attempt_at = $at, last_runner = $runner, last_success_at = $at, last_status = $status,
                  last_http_status = $http, last_error_stage = NULL, last_error = NULL, last_warnings = $warnings,
                  etag = CASE WHEN $fetched THEN $etag ELSE etag END,
                  last_modified = CASE WHEN $fetched THEN $lastModified ELSE last_modified END,
                  redirect_location = coalesce($redirect, redirect_location),
                  title = coalesce($title, title), format = coalesce($format, format)
              WHERE id = $id
              """
            : """
              UPDATE feeds SET last_attempt_at = $at, last_runner = $runner, last_status = $status, last_http_status = $http,
                  last_error_stage = $stage, last_error = $error, last_warnings = $warnings,
                  redirect_location = coalesce($redirect, redirect_location)
              WHERE id = $id
              """;
        command.Parameters.AddWithValue("$id", update.FeedId);
        command.Parameters.AddWithValue("$at", StoreTime.Write(update.At));
        command.Parameters.AddWithValue("$runner", (object?)update.RunnerId ?? DBNull.Value);
        command.Parameters.AddWithValue("$status", update.Status.ToStoreText());
        command.Parameters.AddWithValue("$http", (object?)update.HttpStatus ?? DBNull.Value);
        command.Parameters.AddWithValue("$warnings", update.Warnings.Count == 0 ? DBNull.Value : string.Join('\n', update.Warnings));
        command.Parameters.AddWithValue("$redirect", (object?)update.RedirectLocation ?? DBNull.Value);
        if (succeeded)
        {
            command.Parameters.AddWithValue("$fetched", update.Status == FeedRunStatus.Fetched);
            command.Parameters.AddWithValue("$etag", (object?)update.ETag ?? DBNull.Value);
            command.Parameters.AddWithValue("$lastModified", (object?)update.LastModified ?? DBNull.Value);
            command.Parameters.AddWithValue("$title", (object?)update.Feed?.Title ?? DBNull.Value);
            command.Parameters.AddWithValue("$format", (object?)update.Feed?.Format.ToString().ToLowerInvariant() ?? DBNull.Value);
        }
        else
        {
            command.Parameters.AddWithValue("$stage", (object?)update.ErrorStage ?? DBNull.Value);
            command.Parameters.AddWithValue("$error", (object?)update.Error ?? DBNull.Value);
        }
        command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, FeedSource source, DateTimeOffset now)
    {
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$location", source.Location);
        command.Parameters.AddWithValue("$name", (object?)source.Name ?? DBNull.Value);
        command.Parameters.AddWithValue("$lang", (object?)source.Lang ?? DBNull.Value);
        command.Parameters.AddWithValue("$country", (object?)source.Country ?? DBNull.Value);
        command.Parameters.AddWithValue("$site", (object?)source.SiteUrl ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", StoreTime.Write(now));
        command.Parameters.AddWithValue("$fullText", source.FullText is { } fullText ? (fullText ? 1 : 0) : DBNull.Value);
    }

    private static List<FeedRecord> ReadAll(SqliteCommand command)
    {
        var records = new List<FeedRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            records.Add(new FeedRecord
            {
                Id = reader.GetInt64(0),
                Location = reader.GetString(1),
                Name = NullableString(reader, 2),
                Lang = NullableString(reader, 3),
                Country = NullableString(reader, 4),
                SiteUrl = NullableString(reader, 5),
                Subscribed = reader.GetInt64(6) == 1,
                Title = NullableString(reader, 7),
                RedirectLocation = NullableString(reader, 8),
                ETag = NullableString(reader, 9),
                LastModified = NullableString(reader, 10),
                LastAttemptAt = StoreTime.ReadNullable(reader.GetValue(11)),
                LastSuccessAt = StoreTime.ReadNullable(reader.GetValue(12)),
                LastStatus = NullableString(reader, 13),
                LastErrorStage = NullableString(reader, 14),
                LastError = NullableString(reader, 15),
                FullText = reader.GetInt64(16) == 1,
                LastRunner = NullableString(reader, 17),
            });
        }
        return records;
    }

    internal static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
