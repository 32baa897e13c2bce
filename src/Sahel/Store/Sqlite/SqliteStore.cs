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
        Pages = new PageTable(connection, path);
        Versions = new VersionReader(connection, path);
        Tables = new SqliteTables(connection, path);
        Incidents = new IncidentTable(connection, path);
    }

    /// <summary>The store file's full path.</summary>
    public string Location { get; }

    public bool Shared => false;

    public IFeedStore Feeds { get; }
    public IItemWriter Items { get; }
    public IStoryQueries Stories { get; }
    public IAnalysisCache Features { get; }
    public IPageStore Pages { get; }
    public IVersionStore Versions { get; }
    public IIncidentStore Incidents { get; }
    public IStoreTables Tables { get; }

    public int SchemaVersion => StoreErrors.Guard(Location, () => Migrations.CurrentVersion(_connection));

    public static SqliteStore Open(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
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
            // mmap: reading a timeline of tens of thousands of rows is several times faster than through
            // SQLite's page copies; pages are file-backed, so memory is only used for what is read.
            // A 64 MB page cache and a checkpoint every 10,000 pages (instead of 1,000) keep index pages in
            // memory across a sweep's per-feed transactions; the store is checkpointed whole on close.
            Execute(connection, """
                PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;
                PRAGMA mmap_size = 268435456; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000;
                """);
            Migrations.Apply(connection, path);
            return new SqliteStore(connection, fullPath);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{path}: cannot open the store: {e.Message.Replace("SQLite Error", "SQLite error", StringComparison.Ordinal)}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot open the store: {e.Message}", e);
        }
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
