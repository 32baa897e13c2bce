using Microsoft.Data.Sqlite;

namespace Sahel.Store.Sqlite;

/// <summary>
/// The incident tables of migration 5 in SQLite (docs/store.md). Reads "as of T" pick, per story, the
/// membership row with the highest seq among those assigned at or before T; rows are never updated.
/// </summary>
internal sealed class IncidentTable(SqliteConnection connection, string location) : IIncidentStore
{
    // The latest membership of an item as of $t; the (item_id, seq) index answers it per item.
    private const string LatestAsOf = "m.seq = (SELECT max(x.seq) FROM incident_members x WHERE x.item_id = m.item_id AND x.assigned_at <= $t)";
    private const string MembershipColumns = "m.item_id, m.incident_id, m.copy_of, m.assigned_at, m.signals, m.analysis_hash, m.analysis";

    // A story waits for assignment while its latest membership was decided on other content: the analysis hash as
    // Story.AnalysisHash computes it, the item's content hash and its page's when stored.
    private const string AnalysisHashOfItem = "i.content_hash || coalesce('+' || p.content_hash, '')";

    // The queued items with their page and their latest membership (m is NULL for one never assigned). CROSS JOIN
    // keeps the queue the outer loop: with a plain JOIN SQLite chose to scan every item and look each up in the
    // queue, a third of `incidents --since 24h` on a store of 100,000 stories with an empty queue.
    internal const string QueuedWithLatestMembership = """
        incident_pending q
        CROSS JOIN items i ON i.id = q.item_id
        LEFT JOIN item_pages p ON p.item_id = i.id AND p.status = 'ok'
        LEFT JOIN incident_members m ON m.seq = (SELECT max(x.seq) FROM incident_members x WHERE x.item_id = i.id)
        """;

    public IReadOnlyList<long> Pending(DateTimeOffset asOf) => StoreErrors.Guard(location, () =>
    {
        using var command = connection.CreateCommand();
        // Only the queue (incident_pending, filled by triggers when an item or its page is written) is looked at,
        // not every item: on a store of 100,000 stories, every command that reads incidents asks this first.
        command.CommandText = $"""
            SELECT i.id FROM {QueuedWithLatestMembership}
            WHERE i.first_seen_at <= $t
              AND (m.seq IS NULL OR m.analysis_hash <> {AnalysisHashOfItem})
            """;
        command.Parameters.AddWithValue("$t", StoreTime.Write(asOf));
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetInt64(0));
        return ids;
    });

    public IReadOnlyDictionary<long, IncidentMembership> Memberships(IReadOnlyCollection<long> itemIds, DateTimeOffset asOf) => StoreErrors.Guard(location, () =>
    {
        var result = new Dictionary<long, IncidentMembership>();
        foreach (var chunk in itemIds.Chunk(2000))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {MembershipColumns} FROM incident_members m WHERE m.item_id IN ({string.Join(',', chunk)}) AND {LatestAsOf}";
            command.Parameters.AddWithValue("$t", StoreTime.Write(asOf));
            foreach (var membership in ReadMemberships(command))
                result[membership.ItemId] = membership;
        }
        return result;
    });

    public IReadOnlyList<IncidentMembership> Members(IReadOnlyCollection<string> incidentIds, DateTimeOffset asOf) => StoreErrors.Guard(location, () =>
    {
        var result = new List<IncidentMembership>();
        foreach (var chunk in incidentIds.Chunk(500))
        {
            using var command = connection.CreateCommand();
            var names = chunk.Select((_, i) => "$i" + i).ToList();
            command.CommandText = $"SELECT {MembershipColumns} FROM incident_members m WHERE m.incident_id IN ({string.Join(',', names)}) AND {LatestAsOf}";
            for (var i = 0; i < chunk.Length; i++)
                command.Parameters.AddWithValue(names[i], chunk[i]);
            command.Parameters.AddWithValue("$t", StoreTime.Write(asOf));
            result.AddRange(ReadMemberships(command));
        }
        return result;
    });

    public (IReadOnlyDictionary<long, IncidentMembership> OfStories, IReadOnlyList<IncidentMembership> OfTheirIncidents) MembershipsAround(
        IReadOnlyCollection<long> itemIds, DateTimeOffset asOf)
    {
        var asked = itemIds as IReadOnlySet<long> ?? itemIds.ToHashSet();
        // When the stories are most of the store's (a digest of everything, a first sweep), one pass over every
        // membership reads less than looking up each story and then each incident's members again: on 30,000
        // stories in 3 incidents that read each membership twice, through an index, at three times the cost.
        if (3L * asked.Count < MembershipRows())
            return IIncidentStore.StoriesThenIncidents(this, itemIds, asOf);
        var all = StoreErrors.Guard(location, () =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {MembershipColumns} FROM incident_members m WHERE {LatestAsOf}";
            command.Parameters.AddWithValue("$t", StoreTime.Write(asOf));
            return ReadMemberships(command).ToList();
        });
        var ofStories = new Dictionary<long, IncidentMembership>();
        var incidents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var membership in all)
        {
            if (!asked.Contains(membership.ItemId))
                continue;
            ofStories[membership.ItemId] = membership;
            if (membership.IncidentId is { } id)
                incidents.Add(id);
        }
        return (ofStories, all.Where(m => m.IncidentId is { } id && incidents.Contains(id)).ToList());
    }

    /// <summary>How many membership rows the store holds, history included (the highest seq: no count is kept).</summary>
    private long MembershipRows() => StoreErrors.Guard(location, () =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(seq), 0) FROM incident_members";
        return (long)command.ExecuteScalar()!;
    });

    public IReadOnlyDictionary<string, IncidentRecord> Incidents(IReadOnlyCollection<string> ids) => StoreErrors.Guard(location, () =>
    {
        var result = new Dictionary<string, IncidentRecord>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            using var command = connection.CreateCommand();
            var names = chunk.Select((_, i) => "$i" + i).ToList();
            command.CommandText = $"SELECT id, created_at, updated_at, analysis, status, founder_id, split_from FROM incidents WHERE id IN ({string.Join(',', names)})";
            for (var i = 0; i < chunk.Length; i++)
                command.Parameters.AddWithValue(names[i], chunk[i]);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var record = new IncidentRecord(reader.GetString(0), StoreTime.Read(reader.GetString(1)), StoreTime.Read(reader.GetString(2)),
                    reader.GetString(3), reader.GetString(4), reader.GetInt64(5), FeedTable.NullableString(reader, 6));
                result[record.Id] = record;
            }
        }
        return result;
    });

    public IReadOnlyList<IncidentMerge> Merges(DateTimeOffset asOf) => StoreErrors.Guard(location, () =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT old_id, into_id, merged_at, reason FROM incident_merges WHERE merged_at <= $t ORDER BY merged_at, old_id";
        command.Parameters.AddWithValue("$t", StoreTime.Write(asOf));
        var merges = new List<IncidentMerge>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            merges.Add(new IncidentMerge(reader.GetString(0), reader.GetString(1), StoreTime.Read(reader.GetString(2)), reader.GetString(3)));
        return merges;
    });

    public IReadOnlyDictionary<string, int> Analyses() => StoreErrors.Guard(location, () =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT m.analysis, count(*) FROM incident_members m WHERE m.seq = (SELECT max(x.seq) FROM incident_members x WHERE x.item_id = m.item_id) GROUP BY m.analysis";
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result[reader.GetString(0)] = reader.GetInt32(1);
        return result;
    });

    public void Apply(IncidentChanges changes) => StoreErrors.Guard(location, () =>
    {
        var at = StoreTime.Write(changes.At);
        using var transaction = connection.BeginTransaction();
        using (var open = connection.CreateCommand())
        {
            open.Transaction = transaction;
            open.CommandText = """
                INSERT INTO incidents (id, created_at, updated_at, analysis, status, founder_id, split_from)
                VALUES ($id, $created, $created, $analysis, $status, $founder, $split)
                """;
            var id = open.Parameters.Add("$id", SqliteType.Text);
            var created = open.Parameters.Add("$created", SqliteType.Text);
            var analysis = open.Parameters.Add("$analysis", SqliteType.Text);
            var status = open.Parameters.Add("$status", SqliteType.Text);
            var founder = open.Parameters.Add("$founder", SqliteType.Integer);
            var split = open.Parameters.Add("$split", SqliteType.Text);
            foreach (var incident in changes.Opened)
            {
                id.Value = incident.Id;
                created.Value = StoreTime.Write(incident.CreatedAt);
                analysis.Value = incident.Analysis;
                status.Value = incident.Status;
                founder.Value = incident.FounderId;
                split.Value = (object?)incident.SplitFrom ?? DBNull.Value;
                open.ExecuteNonQuery();
            }
        }
        using (var member = connection.CreateCommand())
        {
            member.Transaction = transaction;
            member.CommandText = """
                INSERT INTO incident_members (item_id, incident_id, copy_of, assigned_at, signals, analysis_hash, analysis)
                VALUES ($item, $incident, $copy, $at, $signals, $hash, $analysis)
                """;
            var item = member.Parameters.Add("$item", SqliteType.Integer);
            var incident = member.Parameters.Add("$incident", SqliteType.Text);
            var copy = member.Parameters.Add("$copy", SqliteType.Integer);
            var assigned = member.Parameters.Add("$at", SqliteType.Text);
            var signals = member.Parameters.Add("$signals", SqliteType.Text);
            var hash = member.Parameters.Add("$hash", SqliteType.Text);
            var analysis = member.Parameters.Add("$analysis", SqliteType.Text);
            foreach (var m in changes.Memberships)
            {
                item.Value = m.ItemId;
                incident.Value = (object?)m.IncidentId ?? DBNull.Value;
                copy.Value = (object?)m.CopyOf ?? DBNull.Value;
                assigned.Value = StoreTime.Write(m.AssignedAt);
                signals.Value = m.Signals;
                hash.Value = m.AnalysisHash;
                analysis.Value = m.Analysis;
                member.ExecuteNonQuery();
            }
        }
        using (var merge = connection.CreateCommand())
        {
            merge.Transaction = transaction;
            merge.CommandText = """
                INSERT INTO incident_merges (old_id, into_id, merged_at, reason) VALUES ($old, $into, $at, $reason)
                ON CONFLICT (old_id) DO UPDATE SET into_id = excluded.into_id, merged_at = excluded.merged_at, reason = excluded.reason
                """;
            var old = merge.Parameters.Add("$old", SqliteType.Text);
            var into = merge.Parameters.Add("$into", SqliteType.Text);
            var mergedAt = merge.Parameters.Add("$at", SqliteType.Text);
            var reason = merge.Parameters.Add("$reason", SqliteType.Text);
            foreach (var m in changes.Merges)
            {
                old.Value = m.OldId;
                into.Value = m.IntoId;
                mergedAt.Value = StoreTime.Write(m.MergedAt);
                reason.Value = m.Reason;
                merge.ExecuteNonQuery();
            }
        }
        using (var touch = connection.CreateCommand())
        {
            touch.Transaction = transaction;
            touch.CommandText = "UPDATE incidents SET updated_at = $at, status = coalesce($status, status) WHERE id = $id";
            var id = touch.Parameters.Add("$id", SqliteType.Text);
            var status = touch.Parameters.Add("$status", SqliteType.Text);
            touch.Parameters.AddWithValue("$at", at);
            var touched = changes.Memberships.Select(m => m.IncidentId).OfType<string>().Distinct(StringComparer.Ordinal)
                .Where(i => !changes.StatusChanges.ContainsKey(i));
            foreach (var (incident, newStatus) in touched.Select(i => (i, (string?)null)).Concat(changes.StatusChanges.Select(p => (p.Key, (string?)p.Value))))
            {
                id.Value = incident;
                status.Value = (object?)newStatus ?? DBNull.Value;
                touch.ExecuteNonQuery();
            }
        }
        SettleQueue(connection, transaction);
        transaction.Commit();
    });

    /// <summary>A store file has one writer at a time: there is no one to take turns with.</summary>
    /// <summary>
    /// Removes from the waiting queue what is assigned on its current content: after an assignment, and after a
    /// store copy (whose items the triggers queued, memberships included). An item written again since it was
    /// read stays.
    /// </summary>
    internal static void SettleQueue(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var settle = connection.CreateCommand();
        settle.Transaction = transaction;
        settle.CommandText = $"""
            DELETE FROM incident_pending WHERE item_id IN (
                SELECT i.id FROM {QueuedWithLatestMembership}
                WHERE m.analysis_hash = {AnalysisHashOfItem})
            """;
        settle.ExecuteNonQuery();
    }

    public IDisposable Exclusive() => NoLock.Instance;

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }

    private static IEnumerable<IncidentMembership> ReadMemberships(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new IncidentMembership(
                reader.GetInt64(0), FeedTable.NullableString(reader, 1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                StoreTime.Read(reader.GetString(3)), reader.GetString(4), reader.GetString(5), reader.GetString(6));
        }
    }
}
