namespace Sahel.Store;

/// <summary>Opens the store that --db names: a SQLite file (<see cref="Sqlite.SqliteStore"/>) or a PostgreSQL server.</summary>
public static class SahelStore
{
    /// <summary>Opens (creating or upgrading it as needed) the store at this file path, URL or connection string.</summary>
    public static ISahelStore Open(string location) => Open(StoreLocation.Parse(location));

    public static ISahelStore Open(StoreLocation location) =>
        location.Server is { } server ? Postgres.PgStore.Open(server) : Sqlite.SqliteStore.Open(location.FilePath!);
}
