using Npgsql;

namespace Sahel.Store.Postgres;

/// <summary>
/// The team store: one PostgreSQL database shared by analysts and by sweeping runners (docs/team.md). Every
/// operation takes a pooled connection of its own, so claims from the fetching threads and the writer's commits
/// never share one; a feed's commit is one transaction, so a runner killed mid-feed leaves nothing of it.
/// </summary>
public sealed class PgStore : ISahelStore
{
    private readonly NpgsqlDataSource _source;

    private PgStore(NpgsqlDataSource source, string display)
    {
        _source = source;
        Location = display;
        Feeds = new PgFeeds(source, display);
        Items = new PgItemWriter(source, display);
        Stories = new PgStories(source, display);
        Features = new PgAnalysisCache(source, display);
        Claims = new PgAnalysisCache(source, display, "item_claims");
        StoryObjects = new PgAnalysisCache(source, display, "item_objects");
        Pages = new PgPages(source, display);
        Versions = new PgVersions(source, display);
        Tables = new PgTables(source, display);
        Incidents = new PgIncidents(source, display);
        Translations = new PgTranslations(source, display);
    }

    public string Location { get; }

    public bool Shared => true;

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

    public int SchemaVersion => StoreErrors.Guard(Location, () =>
    {
        using var connection = _source.OpenConnection();
        return PgSchema.CurrentVersion(connection);
    });

    public static PgStore Open(PgTarget target)
    {
        // The slim builder keeps the Native AOT binary small: only the basic types this store uses, plus TLS
        // for a server elsewhere.
        var builder = new NpgsqlSlimDataSourceBuilder(target.ConnectionString);
        builder.EnableTransportSecurity();
        if (Environment.GetEnvironmentVariable("PGPASSWORD") is { Length: > 0 } password)
            builder.ConnectionStringBuilder.Password = password;
        var source = builder.Build();
        try
        {
            using var connection = source.OpenConnection();
            PgSchema.Apply(connection, target.Display);
            return new PgStore(source, target.Display);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            source.Dispose();
            throw new StoreException($"{target.Display}: cannot open the store: {e.Message}", e);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    public void Dispose() => _source.Dispose();
}
