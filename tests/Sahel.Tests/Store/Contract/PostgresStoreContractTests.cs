using Sahel.Model;
using Sahel.Store;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Store.Contract;

/// <summary>
/// The store contract on PostgreSQL (a fresh database per test on the SAHEL_TEST_PG server), plus what only a
/// store shared by runners does: leases, and claims racing each other.
/// </summary>
public sealed class PostgresStoreContractTests : StoreContract
{
    private TestPostgres? _database;

    protected override ISahelStore Open()
    {
        _database ??= new TestPostgres();
        return SahelStore.Open(_database.ConnectionString);
    }

    public override void Dispose() => _database?.Dispose();

    private static FeedClaim Claim(string runner, DateTimeOffset now) => new(runner, now, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10));

    [SkippableFact]
    public void AClaimedFeed_IsNoOtherRunners_UntilItsLeaseRunsOut()
    {
        using var a = Open();
        using var b = Open();
        var feed = a.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], Monday)[0];
        Assert.Single(a.Feeds.Claim([feed.Id], Claim("a", Monday), 1));
        Assert.Empty(b.Feeds.Claim([feed.Id], Claim("b", Monday.AddMinutes(9)), 1));
        // Runner a died without committing: its lease lapses and b takes the feed.
        Assert.Single(b.Feeds.Claim([feed.Id], Claim("b", Monday.AddMinutes(10)), 1));
        Assert.Equal("b", _database!.Scalar($"SELECT lease_owner FROM feeds WHERE id = {feed.Id}"));
    }

    [SkippableFact]
    public void ACommit_EndsTheLease_AndAReleaseGivesItBack()
    {
        using var a = Open();
        var feeds = a.Feeds.Ensure([new FeedSource("https://one.example/rss"), new FeedSource("https://two.example/rss")], Monday);
        var claimed = a.Feeds.Claim(feeds.Select(f => f.Id).ToList(), Claim("a", Monday), 2);
        a.Items.Commit(claimed[0], new FeedUpdate { FeedId = claimed[0].Id, At = Monday, Status = FeedRunStatus.NotModified, RunnerId = "a" });
        a.Feeds.Release([claimed[1].Id], "a");
        Assert.Equal(0L, _database!.Scalar("SELECT count(*) FROM feeds WHERE lease_owner IS NOT NULL"));
        // The committed feed is not due again within the interval; the released one is.
        Assert.Equal([claimed[1].Id], a.Feeds.Claim(feeds.Select(f => f.Id).ToList(), Claim("b", Monday.AddMinutes(1)), 2).Select(f => f.Id));
    }

    [SkippableFact]
    public void RunnersClaimingTheSameListAtOnce_EachGetADifferentShare()
    {
        using var setup = Open();
        var ids = setup.Feeds.Ensure(Enumerable.Range(0, 60).Select(i => new FeedSource($"https://f{i}.example/rss")).ToList(), Monday)
            .Select(f => f.Id).ToList();
        var stores = Enumerable.Range(0, 4).Select(_ => Open()).ToList();
        var shares = stores.Select((store, runner) => Task.Run(() =>
            ids.SelectMany(id => store.Feeds.Claim([id], Claim($"r{runner}", Monday), 1)).Select(f => f.Id).ToList())).ToArray();
        Task.WaitAll(shares);
        var all = shares.SelectMany(s => s.Result).ToList();
        Assert.Equal(ids.Order(), all.Order());
        foreach (var store in stores)
            store.Dispose();
    }

    [SkippableFact]
    public void TheSchema_UsesTimestamptzAndBytea_AndIndexesTheQueries()
    {
        using var store = Open();
        Assert.Equal("timestamp with time zone", _database!.Scalar("SELECT data_type FROM information_schema.columns WHERE table_name = 'items' AND column_name = 'published_at'"));
        Assert.Equal("bytea", _database.Scalar("SELECT data_type FROM information_schema.columns WHERE table_name = 'item_features' AND column_name = 'signature'"));
        Assert.Equal(1L, _database.Scalar("SELECT count(*) FROM pg_indexes WHERE tablename = 'items' AND indexdef LIKE '%UNIQUE%(feed_id, item_key)%'"));
        Assert.Equal(1L, _database.Scalar("SELECT count(*) FROM pg_indexes WHERE indexname = 'items_by_published'"));
        Assert.True(store.SchemaVersion >= 1);
    }

    [SkippableFact]
    public void AFileStore_CopiesIntoPostgres_AndNewIdsFollowTheCopiedOnes()
    {
        using var temp = new TempDirectory();
        using var file = SahelStore.Open(temp.File("personal.db"));
        var feeds = file.Feeds.Ensure([new FeedSource("https://one.example/rss"), new FeedSource("https://two.example/rss")], Monday);
        file.Items.Commit(feeds[1], new FeedUpdate
        {
            FeedId = feeds[1].Id, At = Monday, Status = FeedRunStatus.Fetched,
            Feed = new ParsedFeed(FeedFormat.Rss, "Two", null, "fr", [new ParsedItem { Guid = "g", Title = "Titre", Published = Monday }], []),
        });
        using var team = Open();
        Assert.All(StoreCopy.Run(file, team), table => Assert.True(table.Intact, table.ToString()));
        Assert.Equal(feeds.Select(f => f.Id), team.Feeds.List(false).Select(f => f.Id));
        var added = team.Feeds.Ensure([new FeedSource("https://three.example/rss")], Monday)[0];
        Assert.True(added.Id > feeds.Max(f => f.Id));
    }

    [SkippableFact]
    public void IncidentAssignment_TakesTurns_AcrossRunners()
    {
        using var a = Open();
        using var b = Open();
        var order = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var first = a.Incidents.Exclusive();
        var second = Task.Run(() =>
        {
            using (b.Incidents.Exclusive())
                order.Enqueue("b");
        });
        Thread.Sleep(300);
        order.Enqueue("a done");
        first.Dispose();
        second.Wait(TimeSpan.FromSeconds(30));
        Assert.Equal(["a done", "b"], order);
    }
}
