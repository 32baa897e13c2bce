using Microsoft.Data.Sqlite;

namespace Sahel.Store.Sqlite;

/// <summary>
/// The personal store: one SQLite file in WAL mode, so readers never block the sweep's writer and an interrupted
/// sweep keeps every feed it committed. One writer, as the sweep pipeline arranges; feed claims may come from the
/// fetching threads, so they and commits share one gate.
/// </summary>
public sealed class SqliteStore : ISahelStore
{
    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Location = path;
        var gate = new Lock();
        Feeds = new FeedTable(connection, path, gate);
        Items = new ItemWriter(connection, path, gate);
        Stories = new StoryReader(connection, path);
        Features = new FeatureCacheTable(connection, path);
        Claims = new FeatureCacheTable(connection, path, "item_claims");
        StoryObjects = new FeatureCacheTable(connection, path, "item_objects");
        Pages = new PageTable(connection, path);
        Versions = new VersionReader(connection, path);
        Tables = new SqliteTables(connection, path);
        Incidents = new IncidentTable(connection, path);
        Translations = new TranslationTable(connection, path);
    }

    /// <summary>The store file's full path.</summary>
    public string Location { get; }

    public bool Shared => false;

    public IFeedStore Feeds { get; }
    public IItemWriter Items { get; }
    public IStoryQueries Stories { get; }
    public IAnalysisCache Features { get; }
    public IAnalysisCache Claims { get; }
    public IAnalysisCache StoryObjects { get; }
    public IPageStore Pages { get; }
    public IVersionStore Versions { get; }
    public IIncidentStore Incidents { get; }
    public ITranslationCache Translations { get; }
    public IStoreTables Tables { get; }

    public int SchemaVersion => StoreErrors.Guard(Location, () => Migrations.CurrentVersion(_connection));

    public static SqliteStore Open(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new StoreException("the store path is empty: pass --db FILE, or leave --db out for the default store");
        var fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
            throw new StoreException($"{path}: is a directory, not a store file (pass --db {System.IO.Path.Combine(path, "sahel.db")}?)");
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = fullPath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString());
            connection.Open();
            // No mmap (SQLite's default): a mapped store counts in the process's resident memory as its pages are
            // read, and on a store of 100,000 stories a day's fetch peaked near 310 MB instead of 210 MB; a
            // 30,000-story timeline read no faster with it (3.6-4.5 s either way, same run).
            // A 64 MB page cache and a checkpoint every 10,000 pages (instead of 1,000) keep index pages in
            // memory across a sweep's per-feed transactions; the store is checkpointed whole on close.
            Execute(connection, """
                PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
                PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000;
                """);
            Migrations.Apply(connection, path);
            return new SqliteStore(connection, fullPath);
        }
        catch (SqliteException e)
        {
            throw new StoreException(Describe(path, e), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot open the store: {e.Message}", e);
        }
    }

    /// <summary>
    /// One line for a SQLite failure on the store at <paramref name="path"/>: a file that is not a database, or
    /// a damaged one, is called what it is, so the user knows to restore a copy rather than retry.
    /// </summary>
    public static string Describe(string path, SqliteException e)
    {
        var reason = e.Message.Replace("SQLite Error", "SQLite error", StringComparison.Ordinal);
        return e.SqliteErrorCode switch
        {
            26 => $"{path}: cannot open the store: not a sahel store, or a corrupt one (the file is not a SQLite database)",
            11 => $"{path}: cannot use the store: it is corrupt ({reason}); restore a copy or move it aside and fetch again",
            8 => $"{path}: cannot write the store: it is read-only here ({reason})",
            14 => $"{path}: cannot open the store: no store can be created or opened there (SQLite error 14)",
            _ => $"{path}: cannot open the store: {reason}",
        };
    }

    public void Dispose()
    {
        // Fold the WAL back into the main file so a copied or archived store is complete on its own.
        try
        {
            Execute(_connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }
        catch (SqliteException)
        {
            // Another process holds the store; its own close will checkpoint.
        }
        _connection.Dispose();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
