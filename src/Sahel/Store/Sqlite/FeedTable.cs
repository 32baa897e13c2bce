using Microsoft.Data.Sqlite;
using Sahel.Model;

namespace Sahel.Store;

/// <summary>
/// The feeds table: the user's subscriptions, and every source a sweep has fetched with its fetch state
/// (validators for conditional GET, last status and error). Removing a subscription keeps its stories.
/// </summary>
public sealed class FeedTable(SqliteConnection connection)
{
    private const string Columns =
        "id, location, name, lang, country, site_url, subscribed, title, redirect_location, etag, last_modified, " +
        "last_attempt_at, last_success_at, last_status, last_error_stage, last_error, full_text";

    public IReadOnlyList<FeedRecord> List(bool subscribedOnly)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM feeds {(subscribedOnly ? "WHERE subscribed = 1" : "")} ORDER BY id";
        return ReadAll(command);
    }

    public FeedRecord? Find(string location)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM feeds WHERE location = $location";
        command.Parameters.AddWithValue("$location", location);
        return ReadAll(command).FirstOrDefault();
    }

    /// <summary>
    /// Makes sure each source has a row, refreshing the name, language and country the user gave, and returns
    /// the rows in the same order. Subscriptions are left as they are.
    /// </summary>
    public IReadOnlyList<FeedRecord> Ensure(IReadOnlyList<FeedSource> sources, DateTimeOffset now)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO feeds (location, name, lang, country, site_url, added_at, full_text)
            VALUES ($location, $name, $lang, $country, $site, $now, coalesce($fullText, 0))
            ON CONFLICT (location) DO UPDATE SET
                name = coalesce(excluded.name, name), lang = coalesce(excluded.lang, lang),
                country = coalesce(excluded.country, country), site_url = coalesce(excluded.site_url, site_url),
                full_text = coalesce($fullText, full_text)
            """;
        foreach (var source in sources)
        {
            Bind(command, source, now);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
        return sources.Select(s => Find(s.Location)!).ToList();
    }

    /// <summary>Adds a source to the user's list; returns false when it was already there.</summary>
    public bool Subscribe(FeedSource source, DateTimeOffset now)
    {
        var existing = Find(source.Location);
        Ensure([source], now);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE feeds SET subscribed = 1 WHERE location = $location";
        command.Parameters.AddWithValue("$location", source.Location);
        command.ExecuteNonQuery();
        return existing is null || !existing.Subscribed;
    }

    /// <summary>Takes a source off the user's list; its stories stay in the store. False when it was not subscribed.</summary>
    public bool Unsubscribe(string location)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE feeds SET subscribed = 0 WHERE location = $location AND subscribed = 1";
        command.Parameters.AddWithValue("$location", location);
        return command.ExecuteNonQuery() > 0;
    }

    /// <summary>Records the outcome of one fetch; part of the feed's transaction so state and items agree.</summary>
    internal void RecordOutcome(FeedUpdate update, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var succeeded = update.Status != FeedRunStatus.Failed;
        command.CommandText = succeeded
            ? """
              UPDATE feeds SET last_attempt_at = $at, last_success_at = $at, last_status = $status,
                  last_http_status = $http, last_error_stage = NULL, last_error = NULL, last_warnings = $warnings,
                  etag = CASE WHEN $fetched THEN $etag ELSE etag END,
                  last_modified = CASE WHEN $fetched THEN $lastModified ELSE last_modified END,
                  redirect_location = coalesce($redirect, redirect_location),
                  title = coalesce($title, title), format = coalesce($format, format)
              WHERE id = $id
              """
            : """
              UPDATE feeds SET last_attempt_at = $at, last_status = $status, last_http_status = $http,
                  last_error_stage = $stage, last_error = $error, last_warnings = $warnings,
                  redirect_location = coalesce($redirect, redirect_location)
              WHERE id = $id
              """;
        command.Parameters.AddWithValue("$id", update.FeedId);
        command.Parameters.AddWithValue("$at", StoreTime.Write(update.At));
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
            });
        }
        return records;
    }

    internal static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
