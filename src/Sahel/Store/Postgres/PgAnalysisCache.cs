using Npgsql;

namespace Sahel.Store.Postgres;

/// <summary>The item_features, item_claims or item_objects table of a team store (<see cref="IAnalysisCache"/>); signatures are bytea.</summary>
internal sealed class PgAnalysisCache(NpgsqlDataSource source, string location, string table = "item_features") : IAnalysisCache
{
    public Dictionary<long, byte[]> Load(IReadOnlyDictionary<long, string> contentHashByItem, string analyzer)
    {
        var valid = new Dictionary<long, byte[]>();
        StoreErrors.Guard(location, () =>
        {
            using var connection = source.OpenConnection();
            foreach (var chunk in contentHashByItem.Keys.Chunk(500))
            {
                using var command = Pg.Command(connection,
                    $"SELECT item_id, content_hash, signature FROM {table} WHERE analyzer = $1 AND item_id IN ({Pg.IdList(chunk)})", null, Pg.Text(analyzer));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var id = reader.GetInt64(0);
                    if (contentHashByItem[id] == reader.GetString(1))
                        valid[id] = reader.GetFieldValue<byte[]>(2);
                }
            }
        });
        return valid;
    }

    public bool Any(string analyzer) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection, $"SELECT EXISTS (SELECT 1 FROM {table} WHERE analyzer = $1)", null, Pg.Text(analyzer));
        return (bool)command.ExecuteScalar()!;
    });

    public void Save(IEnumerable<(long ItemId, string ContentHash, byte[] Signature)> entries, string analyzer) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        foreach (var chunk in entries.Chunk(1000))
        {
            using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var entry in chunk)
            {
                var command = new NpgsqlBatchCommand($"""
                    INSERT INTO {table} (item_id, content_hash, analyzer, signature) VALUES ($1, $2, $3, $4)
                    ON CONFLICT (item_id) DO UPDATE SET content_hash = excluded.content_hash, analyzer = excluded.analyzer, signature = excluded.signature
                    """);
                command.Parameters.Add(Pg.Long(entry.ItemId));
                command.Parameters.Add(Pg.Text(entry.ContentHash));
                command.Parameters.Add(Pg.Text(analyzer));
                command.Parameters.Add(Pg.Bytes(entry.Signature));
                batch.BatchCommands.Add(command);
            }
            batch.ExecuteNonQuery();
        }
        transaction.Commit();
    });
}
