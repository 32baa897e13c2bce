namespace Sahel.Store;

/// <summary>Opens the store that --db names: a SQLite file (<see cref="Sqlite.SqliteStore"/>) or a PostgreSQL server.</summary>
public static class SahelStore
{
    /// <summary>Opens (creating or upgrading it as needed) the store at this file path, URL or connection string.</summary>
    public static ISahelStore Open(string location) => Open(StoreLocation.Parse(location));

    public static ISahelStore Open(StoreLocation location) =>
        location.Server is { } server ? Postgres.PgStore.Open(server) : Sqlite.SqliteStore.Open(location.FilePath!);

    /// <summary>
    /// Whether a store is there to be read: a store file at this path (a directory is not one), or a server,
    /// which is asked when opened.
    /// </summary>
    public static bool Exists(StoreLocation location) => location.Server is not null || File.Exists(location.FilePath);

    /// <summary>The same for a --db text; a text that is no location at all has no store.</summary>
    public static bool Exists(string location) =>
        StoreLocation.TryParse(location, out var parsed, out _) && Exists(parsed!);
}
