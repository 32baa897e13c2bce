using Npgsql;

namespace Sahel.Testing;

/// <summary>
/// A throwaway database on the PostgreSQL server SAHEL_TEST_PG names (an Npgsql connection string; .ci/run
/// starts one with .ci/postgres.sh), created for one test and dropped after it. Tests that need it skip, saying
/// why, when the variable is unset.
/// </summary>
public sealed class TestPostgres : IDisposable
{
    public const string Variable = "SAHEL_TEST_PG";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string SkipReason =>
        $"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts one with .ci/postgres.sh)";

    private readonly string _name = "sahel_test_" + Guid.NewGuid().ToString("N")[..12];

    public TestPostgres()
    {
        Xunit.Skip.If(Server is null, SkipReason);
        Execute($"CREATE DATABASE {_name}");
        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = _name };
        ConnectionString = builder.ConnectionString;
        Url = $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{_name}";
    }

    /// <summary>The test database as an Npgsql connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>The same database as a postgres:// URL.</summary>
    public string Url { get; }

    /// <summary>Runs SQL in the test database (to look behind the store's back).</summary>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
