using Microsoft.Data.Sqlite;
using Sahel.Model;
using Sahel.Store;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Store;

public sealed class StoreTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    private string DbPath => _temp.File("sahel.db");

    private static ParsedFeed Feed(params ParsedItem[] items) => new(FeedFormat.Rss, "Le Veilleur", "https://veilleur.example/", "fr", items, []);

    private static ParsedItem Item(string? guid, string? link, string title, DateTimeOffset? published = null) =>
        new() { Guid = guid, Link = link, Title = title, Published = published ?? Monday, SummaryHtml = "<p>Texte.</p>" };

    private static FeedCommitResult Commit(ISahelStore store, FeedRecord feed, ParsedFeed parsed, DateTimeOffset at, string? etag = null) =>
        store.Items.Commit(feed, new FeedUpdate { FeedId = feed.Id, At = at, Status = FeedRunStatus.Fetched, Feed = parsed, ETag = etag });

    [Fact]
    public void NewStore_IsMigratedToTheLatestSchema_InWalMode()
    {
        using (var store = SahelStore.Open(DbPath))
            Assert.Equal(Sahel.Store.Sqlite.Migrations.Latest, store.SchemaVersion);
        using var reopened = SahelStore.Open(DbPath);
        Assert.Equal(Sahel.Store.Sqlite.Migrations.Latest, reopened.SchemaVersion);
        using var connection = new SqliteConnection($"Data Source={DbPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void VersionOneStore_IsUpgradedInPlace_KeepingItsStories()
    {
        using (var store = SahelStore.Open(DbPath))
        {
            var feed = store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], Monday)[0];
            Commit(store, feed, Feed(Item("g1", null, "Un")), Monday);
        }
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=false"))
        {
            connection.Open();
            using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "DROP TABLE incident_merges; DROP TABLE incident_members; DROP TABLE incidents; DROP TABLE item_features; DROP TABLE item_versions; PRAGMA user_version = 1;";
            downgrade.ExecuteNonQuery();
            // Migrations 3 (full text), 4 (versions, dropped above) and 6 (runner ids) are undone too.
            downgrade.CommandText = "DROP TABLE item_pages; ALTER TABLE feeds DROP COLUMN full_text; ALTER TABLE feeds DROP COLUMN last_runner;";
            downgrade.ExecuteNonQuery();
            // Migration 7 (the translation cache) too.
            downgrade.CommandText = "DROP TABLE translations; DROP TABLE item_claims;";
            downgrade.ExecuteNonQuery();
            // And migration 9 (the queue of stories waiting for assignment, and the triggers that fill it).
            downgrade.CommandText = "DROP TRIGGER items_wait_when_added; DROP TRIGGER items_wait_when_changed; DROP TABLE incident_pending;";
            downgrade.ExecuteNonQuery();
            // And migration 10 (the JSON digests' kept story objects).
            downgrade.CommandText = "DROP TABLE item_objects;";
            downgrade.ExecuteNonQuery();
        }
        using var upgraded = SahelStore.Open(DbPath);
        Assert.Equal(Sahel.Store.Sqlite.Migrations.Latest, upgraded.SchemaVersion);
        Assert.Single(upgraded.Stories.Query(new StoryFilter()));
        Assert.Empty(upgraded.Features.Load(new Dictionary<long, string>(), "any"));
    }

    [Fact]
    public void StoreFromANewerSahel_IsRefused_NotDamaged()
    {
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<StoreException>(() => SahelStore.Open(DbPath));
        Assert.Contains("schema version 99, newer than this sahel understands", error.Message);
    }

    [Fact]
    public void Items_AreNew_ThenUnchanged_ThenChanged()
    {
        using var store = SahelStore.Open(DbPath);
        var feed = store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], Monday)[0];
        var parsed = Feed(Item("g1", "https://veilleur.example/1", "Attaque à Ménaka"), Item("g2", "https://veilleur.example/2", "Pluies à Niamey"));

        Assert.Equal(new FeedCommitResult(2, 0, 0), Commit(store, feed, parsed, Monday));
        Assert.Equal(new FeedCommitResult(0, 0, 2), Commit(store, feed, parsed, Monday.AddHours(1)));
        var edited = Feed(Item("g1", "https://veilleur.example/1", "Attaque à Ménaka : 12 morts"), Item("g2", "https://veilleur.example/2", "Pluies à Niamey"));
        Assert.Equal(new FeedCommitResult(0, 1, 1) { EditedItems = 1 }, Commit(store, feed, edited, Monday.AddHours(2)));

        var stories = store.Stories.Query(new StoryFilter());
        Assert.Equal(2, stories.Count);
        var attack = stories.Single(s => s.Url == "https://veilleur.example/1");
        Assert.Equal("Attaque à Ménaka : 12 morts", attack.Title);
        Assert.Equal(Monday, attack.FirstSeen);
        Assert.Equal(Monday.AddHours(2), attack.LastSeen);
    }

    [Fact]
    public void WithoutGuid_TheCanonicalLinkIsTheKey_SoTrackingVariantsAreOneItem()
    {
        using var store = SahelStore.Open(DbPath);
        var feed = store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], Monday)[0];
        Commit(store, feed, Feed(Item(null, "https://Veilleur.example/1?utm_source=rss", "Titre")), Monday);
        var again = Commit(store, feed, Feed(Item(null, "https://veilleur.example/1#comments", "Titre")), Monday.AddHours(1));
        Assert.Equal(0, again.NewItems);
        Assert.Single(store.Stories.Query(new StoryFilter()));
    }

    [Fact]
    public void UndatedItem_GetsItsFirstSeenTime_FlaggedAsEstimated_AndKeepsIt()
    {
        using var store = SahelStore.Open(DbPath);
        var feed = store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], Monday)[0];
        var undated = new ParsedItem { Guid = "u1", Title = "Sans date" };
        Commit(store, feed, Feed(undated), Monday);
        Commit(store, feed, Feed(undated with { Title = "Sans date (mis à jour)" }), Monday.AddDays(1));
        var story = Assert.Single(store.Stories.Query(new StoryFilter()));
        Assert.True(story.PublishedIsEstimated);
        Assert.Equal(Monday, story.Published);
    }

    [Fact]
    public void DuplicateEntriesInOneDocument_AreStoredOnce_AndItemsWithoutAnyIdentityAreSkipped()
    {
        using var store = SahelStore.Open(DbPath);
        var feed = store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], Monday)[0];
        var result = Commit(store, feed, Feed(Item("g1", null, "Un"), Item("g1", null, "Un bis"), new ParsedItem()), Monday);
        Assert.Equal(1, result.NewItems);
    }

    [Fact]
    public void AFailure_KeepsItemsAndValidators_AndRecordsStageAndReason()
    {
        using var store = SahelStore.Open(DbPath);
        var feed = store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], Monday)[0];
        Commit(store, feed, Feed(Item("g1", null, "Un")), Monday, etag: "\"abc\"");
        store.Items.Commit(feed, new FeedUpdate
        {
            FeedId = feed.Id, At = Monday.AddHours(1), Status = FeedRunStatus.Failed, ErrorStage = "FETCH", Error = "timeout after 20 seconds",
        });
        var after = store.Feeds.Find("https://veilleur.example/rss")!;
        Assert.Equal("\"abc\"", after.ETag);
        Assert.Equal("failed", after.LastStatus);
        Assert.Equal("FETCH", after.LastErrorStage);
        Assert.Equal(Monday, after.LastSuccessAt);
        Assert.Single(store.Stories.Query(new StoryFilter()));
    }

    [Fact]
    public void Unsubscribing_KeepsTheStories()
    {
        using var store = SahelStore.Open(DbPath);
        var source = new FeedSource("https://veilleur.example/rss", "Le Veilleur", "fr", "ML");
        Assert.True(store.Feeds.Subscribe(source, Monday));
        Assert.False(store.Feeds.Subscribe(source, Monday));
        var feed = store.Feeds.Find(source.Location)!;
        Commit(store, feed, Feed(Item("g1", null, "Un")), Monday);
        Assert.True(store.Feeds.Unsubscribe(source.Location));
        Assert.Empty(store.Feeds.List(subscribedOnly: true));
        Assert.Single(store.Stories.Query(new StoryFilter()));
    }

    [Fact]
    public void Query_FiltersByWindowLanguageCountryAndFoldedSearch()
    {
        using var store = SahelStore.Open(DbPath);
        var feeds = store.Feeds.Ensure([new FeedSource("https://a.example/rss", "A", "fr", "ML"), new FeedSource("https://b.example/rss", "B", "ar", "MR")], Monday);
        Commit(store, feeds[0], Feed(Item("1", null, "Attaque à Ménaka", Monday), Item("2", null, "Pluies à Niamey", Monday.AddDays(2))), Monday);
        Commit(store, feeds[1], Feed(Item("3", null, "هجوم قرب أغلهوك", Monday.AddDays(1))), Monday);

        Assert.Equal(["Pluies à Niamey"], Titles(new StoryFilter { Since = Monday.AddDays(2) }));
        Assert.Equal(["Attaque à Ménaka"], Titles(new StoryFilter { Until = Monday.AddHours(1) }));
        Assert.Equal(["هجوم قرب أغلهوك"], Titles(new StoryFilter { Lang = "AR" }));
        Assert.Equal(["هجوم قرب أغلهوك"], Titles(new StoryFilter { Country = "mr" }));
        Assert.Equal(["Attaque à Ménaka"], Titles(new StoryFilter { Search = "MENAKA" }));
        Assert.Equal(["هجوم قرب أغلهوك"], Titles(new StoryFilter { Search = "اغلهوك" }));
        Assert.Equal(["Pluies à Niamey"], Titles(new StoryFilter { Feed = "a.example", Limit = 1 }));

        string[] Titles(StoryFilter filter) => store.Stories.Query(filter).Select(s => s.Title).ToArray();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
