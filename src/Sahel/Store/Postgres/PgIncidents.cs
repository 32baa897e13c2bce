using Npgsql;

namespace Sahel.Store.Postgres;

/// <summary>
/// The incident tables of a team store (<see cref="IIncidentStore"/>), read "as of T" like the store file's. Runners
/// take turns assigning under a session advisory lock (<see cref="Exclusive"/>), so ids never fork.
/// </summary>
internal sealed class PgIncidents(NpgsqlDataSource source, string location) : IIncidentStore
{
    private const string LatestAsOf = "m.seq = (SELECT max(x.seq) FROM incident_members x WHERE x.item_id = m.item_id AND x.assigned_at <= $1)";
    private const string MembershipColumns = "m.item_id, m.incident_id, m.copy_of, m.assigned_at, m.signals, m.analysis_hash, m.analysis";

    public IReadOnlyList<long> Pending(DateTimeOffset asOf) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection, """
            SELECT i.id FROM items i
            LEFT JOIN item_pages p ON p.item_id = i.id AND p.status = 'ok'
            LEFT JOIN incident_members m ON m.seq = (SELECT max(x.seq) FROM incident_members x WHERE x.item_id = i.id)
            WHERE i.first_seen_at <= $1
              AND (m.seq IS NULL OR m.analysis_hash <> i.content_hash || coalesce('+' || p.content_hash, ''))
            """, null, Pg.Time(asOf));
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetInt64(0));
        return (IReadOnlyList<long>)ids;
    });

    public IReadOnlyDictionary<long, IncidentMembership> Memberships(IReadOnlyCollection<long> itemIds, DateTimeOffset asOf) => StoreErrors.Guard(location, () =>
    {
        var result = new Dictionary<long, IncidentMembership>();
        using var connection = source.OpenConnection();
        foreach (var chunk in itemIds.Chunk(2000))
        {
            using var command = Pg.Command(connection,
                $"SELECT {MembershipColumns} FROM incident_members m WHERE m.item_id IN ({Pg.IdList(chunk)}) AND {LatestAsOf}", null, Pg.Time(asOf));
            foreach (var membership in ReadMemberships(command))
                result[membership.ItemId] = membership;
        }
        return (IReadOnlyDictionary<long, IncidentMembership>)result;
    });

    public IReadOnlyList<IncidentMembership> Members(IReadOnlyCollection<string> incidentIds, DateTimeOffset asOf) => StoreErrors.Guard(location, () =>
    {
        var result = new List<IncidentMembership>();
        using var connection = source.OpenConnection();
        foreach (var chunk in incidentIds.Chunk(500))
        {
            using var command = Pg.Command(connection,
                $"SELECT {MembershipColumns} FROM incident_members m WHERE m.incident_id IN ({TextList(chunk.Length, 2)}) AND {LatestAsOf}", null, Pg.Time(asOf));
            foreach (var id in chunk)
                command.Parameters.Add(Pg.Text(id));
            result.AddRange(ReadMemberships(command));
        }
        return (IReadOnlyList<IncidentMembership>)result;
    });

    public IReadOnlyDictionary<string, IncidentRecord> Incidents(IReadOnlyCollection<string> ids) => StoreErrors.Guard(location, () =>
    {
        var result = new Dictionary<string, IncidentRecord>(StringComparer.Ordinal);
        using var connection = source.OpenConnection();
        foreach (var chunk in ids.Chunk(500))
        {
            using var command = Pg.Command(connection,
                $"SELECT id, created_at, updated_at, analysis, status, founder_id, split_from FROM incidents WHERE id IN ({TextList(chunk.Length, 1)})");
            foreach (var id in chunk)
                command.Parameters.Add(Pg.Text(id));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var record = new IncidentRecord(reader.GetString(0), Pg.Time(reader, 1), Pg.Time(reader, 2),
                    reader.GetString(3), reader.GetString(4), reader.GetInt64(5), Pg.String(reader, 6));
                result[record.Id] = record;
            }
        }
        return (IReadOnlyDictionary<string, IncidentRecord>)result;
    });

    public IReadOnlyList<IncidentMerge> Merges(DateTimeOffset asOf) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection,
            "SELECT old_id, into_id, merged_at, reason FROM incident_merges WHERE merged_at <= $1 ORDER BY merged_at, old_id", null, Pg.Time(asOf));
        var merges = new List<IncidentMerge>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            merges.Add(new IncidentMerge(reader.GetString(0), reader.GetString(1), Pg.Time(reader, 2), reader.GetString(3)));
        return (IReadOnlyList<IncidentMerge>)merges;
    });

    public IReadOnlyDictionary<string, int> Analyses() => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection,
            "SELECT m.analysis, count(*)::integer FROM incident_members m WHERE m.seq = (SELECT max(x.seq) FROM incident_members x WHERE x.item_id = m.item_id) GROUP BY m.analysis");
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result[reader.GetString(0)] = reader.GetInt32(1);
        return (IReadOnlyDictionary<string, int>)result;
    });

    public void Apply(IncidentChanges changes) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var incident in changes.Opened)
        {
            Add(batch, """
                INSERT INTO incidents (id, created_at, updated_at, analysis, status, founder_id, split_from)
                VALUES ($1, $2, $2, $3, $4, $5, $6)
                """,
                Pg.Text(incident.Id), Pg.Time(incident.CreatedAt), Pg.Text(incident.Analysis), Pg.Text(incident.Status), Pg.Long(incident.FounderId),
                Pg.Text(incident.SplitFrom));
        }
        foreach (var m in changes.Memberships)
        {
            Add(batch, """
                INSERT INTO incident_members (item_id, incident_id, copy_of, assigned_at, signals, analysis_hash, analysis)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                """,
                Pg.Long(m.ItemId), Pg.Text(m.IncidentId), m.CopyOf is { } copy ? Pg.Long(copy) : NullLong(), Pg.Time(m.AssignedAt),
                Pg.Text(m.Signals), Pg.Text(m.AnalysisHash), Pg.Text(m.Analysis));
        }
        foreach (var m in changes.Merges)
        {
            Add(batch, """
                INSERT INTO incident_merges (old_id, into_id, merged_at, reason) VALUES ($1, $2, $3, $4)
                ON CONFLICT (old_id) DO UPDATE SET into_id = excluded.into_id, merged_at = excluded.merged_at, reason = excluded.reason
                """,
                Pg.Text(m.OldId), Pg.Text(m.IntoId), Pg.Time(m.MergedAt), Pg.Text(m.Reason));
        }
        var touched = changes.Memberships.Select(m => m.IncidentId).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(i => !changes.StatusChanges.ContainsKey(i));
        foreach (var (incident, newStatus) in touched.Select(i => (i, (string?)null)).Concat(changes.StatusChanges.Select(p => (p.Key, (string?)p.Value))))
        {
            Add(batch, "UPDATE incidents SET updated_at = $1, status = coalesce($2, status) WHERE id = $3",
                Pg.Time(changes.At), Pg.Text(newStatus), Pg.Text(incident));
        }
        if (batch.BatchCommands.Count > 0)
            batch.ExecuteNonQuery();
        transaction.Commit();
    });

    /// <summary>
    /// A session advisory lock on a connection held until disposed: released by the server should the runner die,
    /// so a killed runner never blocks the others.
    /// </summary>
    public IDisposable Exclusive() => StoreErrors.Guard(location, () =>
    {
        var connection = source.OpenConnection();
        try
        {
            using var command = Pg.Command(connection, "SELECT pg_advisory_lock($1)", null, Pg.Long(PgSchema.IncidentLock));
            command.ExecuteNonQuery();
            return (IDisposable)new Held(connection, location);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    });

    private sealed class Held(NpgsqlConnection connection, string location) : IDisposable
    {
        public void Dispose() => StoreErrors.Guard(location, () =>
        {
            using (connection)
            {
                using var command = Pg.Command(connection, "SELECT pg_advisory_unlock($1)", null, Pg.Long(PgSchema.IncidentLock));
                command.ExecuteNonQuery();
            }
        });
    }

    private static NpgsqlParameter NullLong() => new() { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint };

    private static string TextList(int count, int first) => string.Join(", ", Enumerable.Range(first, count).Select(i => "$" + i));

    private static void Add(NpgsqlBatch batch, string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        batch.BatchCommands.Add(command);
    }

    private static IEnumerable<IncidentMembership> ReadMemberships(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new IncidentMembership(
                reader.GetInt64(0), Pg.String(reader, 1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                Pg.Time(reader, 3), reader.GetString(4), reader.GetString(5), reader.GetString(6));
        }
    }
}
