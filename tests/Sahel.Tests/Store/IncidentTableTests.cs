using Sahel.Model;
using Sahel.Store;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Store;

/// <summary>The incident tables (schema 5): append-only memberships read as of a time, merges, pending stories.</summary>
public sealed class IncidentTableTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A new store file with one feed and <paramref name="count"/> items, and their ids in order.</summary>
    internal static (ISahelStore Store, long[] Items) StoreWithItems(string path, int count, DateTimeOffset seen)
    {
        var store = SahelStore.Open(path);
        var feed = store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], seen)[0];
        var items = Enumerable.Range(1, count).Select(n => new ParsedItem { Guid = "g" + n, Title = "Titre " + n, Published = Monday, SummaryHtml = "<p>Texte.</p>" }).ToList();
        store.Items.Commit(feed, new FeedUpdate { FeedId = feed.Id, At = seen, Status = FeedRunStatus.Fetched, Feed = new ParsedFeed(FeedFormat.Rss, "V", null, "fr", items, []) });
        var ids = store.Stories.Query(new StoryFilter()).Select(s => s.Id).Order().ToArray();
        return (store, ids);
    }

    private static IncidentMembership Member(long item, string? incident, DateTimeOffset at, string hash = "h") =>
        new(item, incident, null, at, "place", hash, "a1");

    [Fact]
    public void Memberships_AreReadAsTheyStoodAtTheTimeAsked()
    {
        var (store, items) = StoreWithItems(_temp.File("s.db"), 2, Monday);
        using (store)
        {
            var incidents = store.Incidents;
            incidents.Apply(new IncidentChanges
            {
                At = Monday,
                Opened = [new IncidentRecord("inc-a", Monday, Monday, "a1", "open", items[0], null)],
                Memberships = [Member(items[0], "inc-a", Monday), Member(items[1], null, Monday)],
            });
            incidents.Apply(new IncidentChanges { At = Monday.AddDays(1), Memberships = [Member(items[1], "inc-a", Monday.AddDays(1))] });

            Assert.Null(incidents.Memberships(items, Monday)[items[1]].IncidentId);
            Assert.Equal("inc-a", incidents.Memberships(items, Monday.AddDays(1))[items[1]].IncidentId);
            Assert.Empty(incidents.Memberships(items, Monday.AddHours(-1)));
            Assert.Single(incidents.Members(["inc-a"], Monday));
            Assert.Equal(2, incidents.Members(["inc-a"], Monday.AddDays(2)).Count);
            Assert.Equal(Monday.AddDays(1), incidents.Incidents(["inc-a"])["inc-a"].UpdatedAt);
        }
    }

    [Fact]
    public void Pending_IsWhatWasNeverAssignedOrHasChanged_AndSeenByThen()
    {
        var (store, items) = StoreWithItems(_temp.File("s.db"), 3, Monday);
        using (store)
        {
            Assert.Empty(store.Incidents.Pending(Monday.AddHours(-1)));
            Assert.Equal(3, store.Incidents.Pending(Monday).Count);
            var hash = store.Stories.Query(new StoryFilter { ItemIds = [items[0]] })[0].AnalysisHash;
            store.Incidents.Apply(new IncidentChanges { At = Monday, Memberships = [Member(items[0], null, Monday, hash), Member(items[1], null, Monday, "stale")] });
            Assert.Equal([items[1], items[2]], store.Incidents.Pending(Monday).Order());
        }
    }

    [Fact]
    public void Pending_AStoryEditedAfterItsAssignment_WaitsAgain_AndOnlyItDoes()
    {
        var (store, items) = StoreWithItems(_temp.File("s.db"), 3, Monday);
        using (store)
        {
            var stories = store.Stories.Query(new StoryFilter());
            store.Incidents.Apply(new IncidentChanges { At = Monday, Memberships = [.. stories.Select(s => Member(s.Id, null, Monday, s.AnalysisHash))] });
            Assert.Empty(store.Incidents.Pending(Monday.AddHours(1)));

            // The feed is fetched again: one item is edited, the others are only seen again.
            var feed = store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], Monday)[0];
            var again = Enumerable.Range(1, 3).Select(n => new ParsedItem
            {
                Guid = "g" + n, Title = "Titre " + n, Published = Monday, SummaryHtml = n == 2 ? "<p>Texte corrigé : 12 morts.</p>" : "<p>Texte.</p>",
            }).ToList();
            store.Items.Commit(feed, new FeedUpdate { FeedId = feed.Id, At = Monday.AddHours(2), Status = FeedRunStatus.Fetched, Feed = new ParsedFeed(FeedFormat.Rss, "V", null, "fr", again, []) });

            Assert.Equal([items[1]], store.Incidents.Pending(Monday.AddHours(2)));
            // Assigned on the content as it was read before a further edit: the story still waits.
            store.Incidents.Apply(new IncidentChanges { At = Monday.AddHours(3), Memberships = [Member(items[1], null, Monday.AddHours(3), "as read earlier")] });
            Assert.Equal([items[1]], store.Incidents.Pending(Monday.AddHours(3)));
            var edited = store.Stories.Query(new StoryFilter { ItemIds = [items[1]] })[0];
            store.Incidents.Apply(new IncidentChanges { At = Monday.AddHours(4), Memberships = [Member(items[1], null, Monday.AddHours(4), edited.AnalysisHash)] });
            Assert.Empty(store.Incidents.Pending(Monday.AddHours(4)));
        }
    }

    [Fact]
    public void ACopiedStore_QueuesOnlyWhatWaited_NotEveryCopiedStory()
    {
        var (store, items) = StoreWithItems(_temp.File("s.db"), 3, Monday);
        using (store)
        {
            var stories = store.Stories.Query(new StoryFilter());
            store.Incidents.Apply(new IncidentChanges { At = Monday, Memberships = [.. stories.Take(2).Select(s => Member(s.Id, null, Monday, s.AnalysisHash))] });
            using var copy = SahelStore.Open(_temp.File("copy.db"));
            StoreCopy.Run(store, copy);
            Assert.Equal([items[2]], copy.Incidents.Pending(Monday));
        }
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temp.File("copy.db")};Pooling=false");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM incident_pending";
        Assert.Equal(1L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public void Merges_CountFromWhenTheyWereMade()
    {
        var (store, items) = StoreWithItems(_temp.File("s.db"), 1, Monday);
        using (store)
        {
            store.Incidents.Apply(new IncidentChanges
            {
                At = Monday.AddDays(2),
                Opened = [new IncidentRecord("inc-b", Monday, Monday, "a1", "merged", items[0], null)],
                Merges = [new IncidentMerge("inc-b", "inc-a", Monday.AddDays(2), "rebuild")],
            });
            Assert.Empty(store.Incidents.Merges(Monday.AddDays(1)));
            Assert.Equal("inc-a", Assert.Single(store.Incidents.Merges(Monday.AddDays(2))).IntoId);
        }
    }
}
