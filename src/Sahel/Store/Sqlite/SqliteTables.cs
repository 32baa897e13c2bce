using Microsoft.Data.Sqlite;

namespace Sahel.Store.Sqlite;

/// <summary>A store file's tables read and written whole (<see cref="IStoreTables"/>): times as text, flags as 0/1.</summary>
internal sealed class SqliteTables(SqliteConnection connection, string location) : IStoreTables
{
    public IEnumerable<object?[]> Read(StoreTable table) => StoreErrors.Guard(location, () =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {table.ColumnList} FROM {table.Name} ORDER BY {table.OrderBy}";
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
                    ColumnKind.Bool => reader.GetInt64(i) == 1,
                    ColumnKind.Time => StoreTime.Read(reader.GetString(i)),
                    ColumnKind.Bytes => (byte[])reader.GetValue(i),
                    _ => reader.GetString(i),
                };
            }
            rows.Add(row);
        }
        return (IEnumerable<object?[]>)rows;
    });

    public long Count(StoreTable table) => StoreErrors.Guard(location, () =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table.Name}";
        return (long)command.ExecuteScalar()!;
    });

    public void Import(Func<StoreTable, IEnumerable<object?[]>> rows) => StoreErrors.Guard(location, () =>
    {
        using var transaction = connection.BeginTransaction();
        foreach (var table in StoreTables.All)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
            var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i })).ToArray();
            foreach (var row in rows(table))
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i] switch
                    {
                        null => DBNull.Value,
                        bool flag => flag ? 1 : 0,
                        DateTimeOffset time => StoreTime.Write(time),
                        var value => value,
                    };
                }
                command.ExecuteNonQuery();
            }
        }
        // The items' triggers queued every copied story; those copied with their memberships wait for nothing.
        IncidentTable.SettleQueue(connection, transaction);
        transaction.Commit();
    });
}
