using Microsoft.Data.Sqlite;

namespace Sahel.Store;

/// <summary>
/// The local store: one SQLite file in WAL mode, so readers never block the sweep's writer and an interrupted
/// sweep keeps every feed it committed. Not thread-safe: one writer, as the sweep pipeline arranges.
/// </summary>
public sealed class SahelStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private SahelStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
        Feeds = new FeedTable(connection);
        Items = new ItemWriter(connection);
        Stories = new StoryReader(connection);
        Features = new FeatureCacheTable(connection);
        Pages = new PageTable(connection);
        Versions = new VersionReader(connection);
        Incidents = new IncidentTable(connection);
        Translations = new TranslationTable(connection);
    }

    public string Path { get; }

    public FeedTable Feeds { get; }

    public ItemWriter Items { get; }

    public StoryReader Stories { get; }

    public FeatureCacheTable Features { get; }

    public PageTable Pages { get; }
    public VersionReader Versions { get; }

    /// <summary>Stored incidents, memberships and merges (schema 5).</summary>
    public IIncidentStore Incidents { get; }

    public TranslationTable Translations { get; }

    public int SchemaVersion => Migrations.CurrentVersion(_connection);

    public static SahelStore Open(string path)
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
            return new SahelStore(connection, fullPath);
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

    public SqliteTransaction BeginTransaction() => _connection.BeginTransaction();

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
