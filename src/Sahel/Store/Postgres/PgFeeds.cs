using Npgsql;
using Sahel.Model;

namespace Sahel.Store.Postgres;

/// <summary>
/// The feeds of a team store (<see cref="IFeedStore"/>). Runners divide the due feeds with row locks that skip
/// what another holds (FOR UPDATE SKIP LOCKED) and a lease, so a claimed feed stays claimed after the claiming
/// transaction ends, until its commit releases it or its lease runs out.
/// </summary>
internal sealed class PgFeeds(NpgsqlDataSource source, string location) : IFeedStore
{
    private const string Columns =
        "id, location, name, lang, country, site_url, subscribed, title, redirect_location, etag, last_modified, " +
        "last_attempt_at, last_success_at, last_status, last_error_stage, last_error, full_text, last_runner";

    public IReadOnlyList<FeedRecord> List(bool subscribedOnly) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection, $"SELECT {Columns} FROM feeds {(subscribedOnly ? "WHERE subscribed" : "")} ORDER BY id");
        return (IReadOnlyList<FeedRecord>)ReadAll(command);
    });

    public FeedRecord? Find(string feedLocation) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        return FindRow(connection, feedLocation, null);
    });

    private static FeedRecord? FindRow(NpgsqlConnection connection, string feedLocation, NpgsqlTransaction? transaction)
    {
        using var command = Pg.Command(connection, $"SELECT {Columns} FROM feeds WHERE location = $1", transaction, Pg.Text(feedLocation));
        return ReadAll(command).FirstOrDefault();
    }

    public IReadOnlyList<FeedRecord> Ensure(IReadOnlyList<FeedSource> sources, DateTimeOffset now) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        EnsureRows(connection, transaction, sources, now);
        var rows = sources.Select(s => FindRow(connection, s.Location, transaction)!).ToList();
        transaction.Commit();
        return (IReadOnlyList<FeedRecord>)rows;
    });

    // Runners sweeping the same list ensure the same rows at once: the upsert makes that harmless, and a sorted
    // order keeps two of them from locking each other's rows in opposite orders.
    private static void EnsureRows(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<FeedSource> sources, DateTimeOffset now)
    {
        using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var feed in sources.DistinctBy(s => s.Location).OrderBy(s => s.Location, StringComparer.Ordinal))
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO feeds (location, name, lang, country, site_url, added_at, full_text)
                VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, false))
                ON CONFLICT (location) DO UPDATE SET
                    name = coalesce(excluded.name, feeds.name), lang = coalesce(excluded.lang, feeds.lang),
                    country = coalesce(excluded.country, feeds.country), site_url = coalesce(excluded.site_url, feeds.site_url),
                    full_text = coalesce($7, feeds.full_text)
                WHERE (feeds.name, feeds.lang, feeds.country, feeds.site_url, feeds.full_text) IS DISTINCT FROM
                      (coalesce(excluded.name, feeds.name), coalesce(excluded.lang, feeds.lang), coalesce(excluded.country, feeds.country),
                       coalesce(excluded.site_url, feeds.site_url), coalesce($7, feeds.full_text))
                """);
            command.Parameters.Add(Pg.Text(feed.Location));
            command.Parameters.Add(Pg.Text(feed.Name));
            command.Parameters.Add(Pg.Text(feed.Lang));
            command.Parameters.Add(Pg.Text(feed.Country));
            command.Parameters.Add(Pg.Text(feed.SiteUrl));
            command.Parameters.Add(Pg.Time(now));
            command.Parameters.Add(Pg.Bool(feed.FullText));
            batch.BatchCommands.Add(command);
        }
        if (batch.BatchCommands.Count > 0)
            batch.ExecuteNonQuery();
    }

    public bool Subscribe(FeedSource feed, DateTimeOffset now) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var existing = FindRow(connection, feed.Location, transaction);
        EnsureRows(connection, transaction, [feed], now);
        using (var command = Pg.Command(connection, "UPDATE feeds SET subscribed = true WHERE location = $1", transaction, Pg.Text(feed.Location)))
            command.ExecuteNonQuery();
        transaction.Commit();
        return existing is null || !existing.Subscribed;
    });

    public bool Unsubscribe(string feedLocation) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection, "UPDATE feeds SET subscribed = false WHERE location = $1 AND subscribed", null, Pg.Text(feedLocation));
        return command.ExecuteNonQuery() > 0;
    });

    public IReadOnlyList<FeedRecord> Claim(IReadOnlyList<long> feedIds, FeedClaim claim, int max) => StoreErrors.Guard(location, () =>
    {
        if (feedIds.Count == 0 || max <= 0)
            return (IReadOnlyList<FeedRecord>)[];
        using var connection = source.OpenConnection();
        // Rows another runner is claiming or committing right now are skipped, not waited for; a committed
        // fetch within the interval makes a feed not due; a live lease makes it someone else's.
        using var command = Pg.Command(connection, $"""
            WITH picked AS (
                SELECT id FROM feeds
                WHERE id IN ({Pg.IdList(feedIds)})
                  AND (lease_until IS NULL OR lease_until <= $1)
                  AND ($2 OR last_attempt_at IS NULL OR last_attempt_at <= $3)
                ORDER BY id
                LIMIT $4
                FOR UPDATE SKIP LOCKED)
            UPDATE feeds SET lease_owner = $5, lease_until = $6
            FROM picked WHERE feeds.id = picked.id
            RETURNING {string.Join(", ", Columns.Split(", ").Select(c => "feeds." + c))}
            """, null,
            Pg.Time(claim.Now), Pg.Bool(claim.MinInterval <= TimeSpan.Zero), Pg.Time(claim.DueBefore), Pg.Long(max),
            Pg.Text(claim.RunnerId), Pg.Time(claim.LeaseUntil));
        var byId = ReadAll(command).ToDictionary(f => f.Id);
        return feedIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    });

    public void Release(IReadOnlyCollection<long> feedIds, string runnerId) => StoreErrors.Guard(location, () =>
    {
        if (feedIds.Count == 0)
            return;
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection,
            $"UPDATE feeds SET lease_owner = NULL, lease_until = NULL WHERE id IN ({Pg.IdList(feedIds)}) AND lease_owner = $1", null, Pg.Text(runnerId));
        command.ExecuteNonQuery();
    });

    /// <summary>Records the outcome of one fetch in the feed's transaction, and ends this runner's lease on it.</summary>
    internal static void RecordOutcome(NpgsqlConnection connection, NpgsqlTransaction transaction, FeedUpdate update)
    {
        var succeeded = update.Status != FeedRunStatus.Failed;
        var sql = succeeded
            ? """
              UPDATE feeds SET last_attempt_at = $2, last_runner = $3, last_success_at = $2, last_status = $4,
                  last_http_status = $5, last_error_stage = NULL, last_error = NULL, last_warnings = $6,
                  etag = CASE WHEN $8 THEN $9 ELSE etag END,
                  last_modified = CASE WHEN $8 THEN $10 ELSE last_modified END,
                  redirect_location = coalesce($7, redirect_location),
                  title = coalesce($11, title), format = coalesce($12, format),
                  lease_owner = CASE WHEN lease_owner = $3 THEN NULL ELSE lease_owner END,
                  lease_until = CASE WHEN lease_owner = $3 THEN NULL ELSE lease_until END
              WHERE id = $1
              """
            : """
              UPDATE feeds SET last_attempt_at = $2, last_runner = $3, last_status = $4, last_http_status = $5,
                  last_warnings = $6, redirect_location = coalesce($7, redirect_location),
                  last_error_stage = $8, last_error = $9,
                  lease_owner = CASE WHEN lease_owner = $3 THEN NULL ELSE lease_owner END,
                  lease_until = CASE WHEN lease_owner = $3 THEN NULL ELSE lease_until END
              WHERE id = $1
              """;
        using var command = Pg.Command(connection, sql, transaction,
            Pg.Long(update.FeedId), Pg.Time(update.At), Pg.Text(update.RunnerId), Pg.Text(update.Status.ToStoreText()),
            Pg.Int(update.HttpStatus), Pg.Text(update.Warnings.Count == 0 ? null : string.Join('\n', update.Warnings)),
            Pg.Text(update.RedirectLocation));
        if (succeeded)
        {
            command.Parameters.Add(Pg.Bool(update.Status == FeedRunStatus.Fetched));
            command.Parameters.Add(Pg.Text(update.ETag));
            command.Parameters.Add(Pg.Text(update.LastModified));
            command.Parameters.Add(Pg.Text(update.Feed?.Title));
            command.Parameters.Add(Pg.Text(update.Feed?.Format.ToString().ToLowerInvariant()));
        }
        else
        {
            command.Parameters.Add(Pg.Text(update.ErrorStage));
            command.Parameters.Add(Pg.Text(update.Error));
        }
        command.ExecuteNonQuery();
    }

    private static List<FeedRecord> ReadAll(NpgsqlCommand command)
    {
        var records = new List<FeedRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            records.Add(new FeedRecord
            {
                Id = reader.GetInt64(0),
                Location = reader.GetString(1),
                Name = Pg.String(reader, 2),
                Lang = Pg.String(reader, 3),
                Country = Pg.String(reader, 4),
                SiteUrl = Pg.String(reader, 5),
                Subscribed = reader.GetBoolean(6),
                Title = Pg.String(reader, 7),
                RedirectLocation = Pg.String(reader, 8),
                ETag = Pg.String(reader, 9),
                LastModified = Pg.String(reader, 10),
                LastAttemptAt = Pg.TimeOrNull(reader, 11),
                LastSuccessAt = Pg.TimeOrNull(reader, 12),
                LastStatus = Pg.String(reader, 13),
                LastErrorStage = Pg.String(reader, 14),
                LastError = Pg.String(reader, 15),
                FullText = reader.GetBoolean(16),
                LastRunner = Pg.String(reader, 17),
            });
        }
        return records;
    }
}
