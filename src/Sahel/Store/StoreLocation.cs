namespace Sahel.Store;

/// <summary>
/// What --db and SAHEL_DB name: a store file, or a PostgreSQL server as a postgres://user@host:port/db URL or an
/// Npgsql connection string ("Host=…;Username=…;Database=…"). A password is never part of it: it would show in
/// shell history, in `ps` and in logs. It comes from PGPASSWORD or ~/.pgpass (docs/team.md).
/// </summary>
public sealed record StoreLocation
{
    private StoreLocation(string? filePath, Postgres.PgTarget? server)
    {
        FilePath = filePath;
        Server = server;
    }

    /// <summary>The store file, when the store is SQLite.</summary>
    public string? FilePath { get; }

    /// <summary>The server, when the store is PostgreSQL.</summary>
    public Postgres.PgTarget? Server { get; }

    /// <summary>For messages: the file path, or the URL (never a password).</summary>
    public string Display => FilePath ?? Server!.Display;

    public static bool LooksLikeServer(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || Postgres.PgTarget.IsConnectionString(text);

    /// <summary>Reads a --db value; false with one line naming the mistake when it cannot be used.</summary>
    public static bool TryParse(string text, out StoreLocation? location, out string? error)
    {
        location = null;
        error = null;
        if (!LooksLikeServer(text))
        {
            location = new StoreLocation(text, null);
            return true;
        }
        if (!Postgres.PgTarget.TryParse(text, out var server, out error))
            return false;
        location = new StoreLocation(null, server);
        return true;
    }

    public static StoreLocation Parse(string text) =>
        TryParse(text, out var location, out var error) ? location! : throw new StoreException(error!);
}
