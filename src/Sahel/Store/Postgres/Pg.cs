using Npgsql;
using NpgsqlTypes;

namespace Sahel.Store.Postgres;

/// <summary>
/// Small helpers for the PostgreSQL tables: typed positional parameters (a null's type must be named, and
/// positional ones work alike in commands and batches), and times in whole seconds as the store file keeps them,
/// so a store copied either way reads back the same.
/// </summary>
internal static class Pg
{
    public static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    public static NpgsqlParameter Long(long value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Bigint };

    public static NpgsqlParameter Int(int? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer };

    public static NpgsqlParameter Bool(bool? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Boolean };

    public static NpgsqlParameter Bytes(byte[] value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Bytea };

    public static NpgsqlParameter Time(DateTimeOffset? value) =>
        new() { Value = value is { } v ? Seconds(v) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    /// <summary>UTC, whole seconds: what a store file can hold.</summary>
    public static DateTimeOffset Seconds(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        return command;
    }

    public static string? String(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset Time(NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? TimeOrNull(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static int? IntOrNull(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>Row ids are numbers: listed in the SQL text they need no array type (the slim data source has none).</summary>
    public static string IdList(IEnumerable<long> ids) => string.Join(',', ids.Append(-1));
}
