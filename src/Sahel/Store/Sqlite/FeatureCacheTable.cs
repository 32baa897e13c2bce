using Microsoft.Data.Sqlite;

namespace Sahel.Store.Sqlite;

/// <summary>
/// A per-item analysis cache of a store file (<see cref="IAnalysisCache"/>): item_features (grouping signatures) or
/// item_claims (claims) or item_objects (the JSON digests' story objects), the same columns in each.
/// </summary>
internal sealed class FeatureCacheTable(SqliteConnection connection, string location, string table = "item_features") : IAnalysisCache
{
    /// <summary>
    /// The cached signatures still valid for these items (by item id). Reads only these items' rows: a day's
    /// timeline in a store of a year must not read the year.
    /// </summary>
    public Dictionary<long, byte[]> Load(IReadOnlyDictionary<long, string> contentHashByItem, string analyzer)
    {
        var valid = new Dictionary<long, byte[]>();
        ReadValid(contentHashByItem, analyzer, (id, reader) => valid[id] = (byte[])reader.GetValue(2));
        return valid;
    }

    /// <summary>Each valid row of these items.</summary>
    private void ReadValid(IReadOnlyDictionary<long, string> contentHashByItem, string analyzer, Action<long, SqliteDataReader> row) =>
        StoreErrors.Guard(location, () =>
        {
            if (contentHashByItem.Count == 0)
                return;
            const string columns = "item_id, content_hash, signature";
            // Items are numbered as they arrive, so a window's items are mostly one run of ids. When they fill at least
            // half of their range, one walk along the rows of that range (item_id is the row id) reads far less than
            // looking each row up from lists of ids: a 30,000-story digest read its objects in a third of the time.
            var (lowest, highest) = (contentHashByItem.Keys.Min(), contentHashByItem.Keys.Max());
            if (highest - lowest < 2L * contentHashByItem.Count)
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {columns} FROM {table} WHERE item_id BETWEEN $lowest AND $highest AND analyzer = $analyzer";
                command.Parameters.AddWithValue("$lowest", lowest);
                command.Parameters.AddWithValue("$highest", highest);
                command.Parameters.AddWithValue("$analyzer", analyzer);
                Rows(command, contentHashByItem, row);
                return;
            }
            foreach (var chunk in contentHashByItem.Keys.Chunk(500))
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {columns} FROM {table} WHERE analyzer = $analyzer AND item_id IN ({string.Join(',', chunk)})";
                command.Parameters.AddWithValue("$analyzer", analyzer);
                Rows(command, contentHashByItem, row);
            }
        });

    /// <summary>The rows of an item asked for whose content is still the one it was cached for.</summary>
    private static void Rows(SqliteCommand command, IReadOnlyDictionary<long, string> contentHashByItem, Action<long, SqliteDataReader> row)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (contentHashByItem.TryGetValue(id, out var hash) && hash == reader.GetString(1))
                row(id, reader);
        }
    }

    public bool Any(string analyzer) => StoreErrors.Guard(location, () =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {table} WHERE analyzer = $analyzer)";
        command.Parameters.AddWithValue("$analyzer", analyzer);
        return (long)command.ExecuteScalar()! == 1;
    });

    public void Save(IEnumerable<(long ItemId, string ContentHash, byte[] Signature)> entries, string analyzer) => StoreErrors.Guard(location, () =>
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO {table} (item_id, content_hash, analyzer, signature) VALUES ($id, $hash, $analyzer, $signature)
            ON CONFLICT (item_id) DO UPDATE SET content_hash = excluded.content_hash, analyzer = excluded.analyzer, signature = excluded.signature
            """;
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var hash = command.Parameters.Add("$hash", SqliteType.Text);
        command.Parameters.AddWithValue("$analyzer", analyzer);
        var signature = command.Parameters.Add("$signature", SqliteType.Blob);
        foreach (var entry in entries)
        {
            id.Value = entry.ItemId;
            hash.Value = entry.ContentHash;
            signature.Value = entry.Signature;
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    });
}
