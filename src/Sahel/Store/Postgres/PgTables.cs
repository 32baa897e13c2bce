using Npgsql;

namespace Sahel.Store.Postgres;

/// <summary>A team store's tables read and written whole (<see cref="IStoreTables"/>).</summary>
internal sealed class PgTables(NpgsqlDataSource source, string location) : IStoreTables
{
    public IEnumerable<object?[]> Read(StoreTable table) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection, $"SELECT {table.ColumnList} FROM {table.Name} ORDER BY {table.OrderBy}");
        var rows = new List<object?[]>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[table.Columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : table.Columns[i].Kind switch
                {
                    ColumnKind.Long => reader.GetInt64(i),
                    ColumnKind.Int => reader.GetInt32(i),
                    ColumnKind.Bool => reader.GetBoolean(i),
                    ColumnKind.Time => Pg.Time(reader, i),
                    ColumnKind.Bytes => reader.GetFieldValue<byte[]>(i),
                    _ => reader.GetString(i),
                };
            }
            rows.Add(row);
        }
        return (IEnumerable<object?[]>)rows;
    });

    public long Count(StoreTable table) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var command = Pg.Command(connection, $"SELECT count(*) FROM {table.Name}");
        return (long)command.ExecuteScalar()!;
    });

    public void Import(Func<StoreTable, IEnumerable<object?[]>> rows) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        foreach (var table in StoreTables.All)
        {
            var sql = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$" + (i + 1)))})";
            foreach (var chunk in rows(table).Chunk(1000))
            {
                using var batch = new NpgsqlBatch(connection, transaction);
                foreach (var row in chunk)
                {
                    var command = new NpgsqlBatchCommand(sql);
                    for (var i = 0; i < row.Length; i++)
                        command.Parameters.Add(Parameter(table.Columns[i].Kind, row[i]));
                    batch.BatchCommands.Add(command);
                }
                batch.ExecuteNonQuery();
            }
        }
        // Ids came with the rows: new rows must be numbered after them.
        foreach (var (table, column) in new[] { ("feeds", "id"), ("items", "id"), ("incident_members", "seq") })
        {
            using var restart = Pg.Command(connection,
                $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), coalesce(max({column}), 0) + 1, false) FROM {table}", transaction);
            restart.ExecuteNonQuery();
        }
        transaction.Commit();
    });

    private static NpgsqlParameter Parameter(ColumnKind kind, object? value) => kind switch
    {
        ColumnKind.Long => value is null ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint } : Pg.Long((long)value),
        ColumnKind.Int => Pg.Int((int?)value),
        ColumnKind.Bool => Pg.Bool((bool?)value),
        ColumnKind.Time => Pg.Time((DateTimeOffset?)value),
        ColumnKind.Bytes => value is null ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea } : Pg.Bytes((byte[])value),
        _ => Pg.Text((string?)value),
    };
}
