using Sahel.Model;
using Sahel.Store;
using Xunit;

namespace Sahel.Tests.Store.Contract;

/// <summary>
/// What every store backend must do alike, run once per backend (<see cref="SqliteStoreContractTests"/>,
/// <see cref="PostgresStoreContractTests"/>): the same calls, the same answers. A backend that needs a server
/// skips, saying why, when there is none.
/// </summary>
public abstract class StoreContract : IDisposable
{
    protected static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty store; each call in one test opens the same store again.</summary>
    protected abstract ISahelStore Open();

    public abstract void Dispose();

    private static ParsedFeed Feed(params ParsedItem[] items) => new(FeedFormat.Rss, "Le Veilleur", "https://veilleur.example/", "fr", items, []);

    private static ParsedItem Item(string guid, string title, string summary = "<p>Texte.</p>", DateTimeOffset? published = null) => new()
    {
        Guid = guid, Link = $"https://veilleur.example/{guid}?utm_source=rss", Title = title, SummaryHtml = summary,
        Published = published ?? Monday, Categories = ["Sécurité", "Mali"],
    };

    private static FeedCommitResult Commit(ISahelStore store, FeedRecord feed, DateTimeOffset at, params ParsedItem[] items) =>
        store.Items.Commit(feed, new FeedUpdate { FeedId = feed.Id, At = at, Status = FeedRunStatus.Fetched, Feed = Feed(items), ETag = "\"v1\"", RunnerId = "runner-a" });

    private static FeedRecord AddFeed(ISahelStore store, string location = "https://veilleur.example/rss") =>
        store.Feeds.Ensure([new FeedSource(location, "Le Veilleur", "fr", "ML", null, null)], Monday)[0];

    [SkippableFact]
    public void Feeds_AreEnsuredInOrder_AndSubscriptionsAreKept()
    {
        using var store = Open();
        var rows = store.Feeds.Ensure([new FeedSource("https://b.example/rss"), new FeedSource("https://a.example/rss", "A")], Monday);
        Assert.Equal(["https://b.example/rss", "https://a.example/rss"], rows.Select(r => r.Location));
        Assert.True(store.Feeds.Subscribe(new FeedSource("https://a.example/rss"), Monday));
        Assert.False(store.Feeds.Subscribe(new FeedSource("https://a.example/rss"), Monday));
        Assert.Equal("A", Assert.Single(store.Feeds.List(subscribedOnly: true)).Name);
        Assert.Equal(2, store.Feeds.List(subscribedOnly: false).Count);
        Assert.True(store.Feeds.Unsubscribe("https://a.example/rss"));
        Assert.False(store.Feeds.Unsubscribe("https://a.example/rss"));
        Assert.Empty(store.Feeds.List(subscribedOnly: true));
        Assert.Null(store.Feeds.Find("https://nowhere.example/rss"));
    }

    [SkippableFact]
    public void EnsuringAFeedAgain_ChangesWhatChanged_AndKeepsWhatASourceLeavesOut()
    {
        using var store = Open();
        const string location = "https://b.example/rss";
        var first = Assert.Single(store.Feeds.Ensure([new FeedSource(location)], Monday));
        Assert.Equal((null, null, false), (first.Name, first.Lang, first.FullText));
        var named = Assert.Single(store.Feeds.Ensure([new FeedSource(location, "B", "fr", "ML", "https://b.example/", FullText: true)], Monday.AddDays(1)));
        Assert.Equal((first.Id, "B", "fr", "ML", "https://b.example/", true), (named.Id, named.Name, named.Lang, named.Country, named.SiteUrl, named.FullText));
        // A source that says nothing of a field leaves it as it was; one that says the same changes nothing.
        Assert.Equal(named, Assert.Single(store.Feeds.Ensure([new FeedSource(location)], Monday.AddDays(2))));
        Assert.Equal(named, Assert.Single(store.Feeds.Ensure([new FeedSource(location, "B", "fr", "ML", "https://b.example/", FullText: true)], Monday.AddDays(3))));
        var renamed = Assert.Single(store.Feeds.Ensure([new FeedSource(location, "B prime", Lang: "ar", FullText: false)], Monday.AddDays(4)));
        Assert.Equal(("B prime", "ar", "ML", false), (renamed.Name, renamed.Lang, renamed.Country, renamed.FullText));
    }

    [SkippableFact]
    public void Items_AreNew_ThenUnchanged_ThenEdited_WithVersions()
    {
        using var store = Open();
        var feed = AddFeed(store);
        Assert.Equal(new FeedCommitResult(2, 0, 0), Commit(store, feed, Monday, Item("g1", "Attaque à Ménaka", "<p>12 morts.</p>"), Item("g2", "Pluies à Niamey")));
        Assert.Equal(new FeedCommitResult(0, 0, 2), Commit(store, feed, Monday.AddHours(1), Item("g1", "Attaque à Ménaka", "<p>12 morts.</p>"), Item("g2", "Pluies à Niamey")));
        // Only markup changed: a changed row, not an edit.
        Assert.Equal(new FeedCommitResult(0, 1, 1), Commit(store, feed, Monday.AddHours(2), Item("g1", "Attaque à Ménaka", "<p>12 <b>morts</b>.</p>"), Item("g2", "Pluies à Niamey")));
        Assert.Equal(new FeedCommitResult(0, 1, 1) { EditedItems = 1 },
            Commit(store, feed, Monday.AddHours(3), Item("g1", "Attaque à Ménaka", "<p>20 morts.</p>"), Item("g2", "Pluies à Niamey")));

        var attack = store.Stories.Query(new StoryFilter()).Single(s => s.ItemKey == "guid:g1");
        Assert.Equal(2, attack.Versions);
        Assert.Equal(Monday.AddHours(3), attack.LastEdited);
        Assert.Equal(Monday, attack.FirstSeen);
        Assert.Equal(Monday.AddHours(3), attack.LastSeen);
        Assert.Equal(["Sécurité", "Mali"], attack.Categories);
        Assert.Equal("https://veilleur.example/g1", attack.Url);
        var versions = store.Versions.Load(attack.Id);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        // Version 1 is the state stored when the edit came: the markup-only change had already replaced the row.
        Assert.Equal("<p>12 <b>morts</b>.</p>", versions[0].SummaryHtml);
        Assert.Equal(Monday, versions[0].SeenAt);
        Assert.Equal([attack.Id], store.Versions.EditedBetween(Monday.AddHours(3), Monday.AddHours(4)));
        Assert.Empty(store.Versions.EditedBetween(null, Monday.AddHours(3)));
        var unedited = store.Stories.Query(new StoryFilter()).Single(s => s.ItemKey == "guid:g2");
        Assert.Equal(1, unedited.Versions);
        Assert.Null(unedited.LastEdited);
        Assert.Single(store.Versions.Load(unedited.Id));
    }

    [SkippableFact]
    public void Stories_AreFiltered_FoldedAndOrdered_TheSameWay()
    {
        using var store = Open();
        var feed = AddFeed(store);
        Commit(store, feed, Monday,
            Item("late", "Sommet à Niamey", published: Monday.AddHours(5)),
            Item("early", "Attaque à MÉNAKA", published: Monday.AddHours(-5)),
            Item("same-b", "Réunion b", published: Monday),
            Item("same-a", "Réunion a", published: Monday));
        Assert.Equal(["guid:early", "guid:same-a", "guid:same-b", "guid:late"], store.Stories.Query(new StoryFilter()).Select(s => s.ItemKey));
        Assert.Equal("guid:early", Assert.Single(store.Stories.Query(new StoryFilter { Search = "menaka" })).ItemKey);
        Assert.Equal(2, store.Stories.Query(new StoryFilter { Since = Monday, Until = Monday.AddHours(1) }).Count);
        Assert.Equal(4, store.Stories.Query(new StoryFilter { Country = "ml", Lang = "FR", Feed = "veilleur" }).Count);
        Assert.Empty(store.Stories.Query(new StoryFilter { Country = "NE" }));
        Assert.Equal("guid:late", Assert.Single(store.Stories.Query(new StoryFilter { Limit = 1 })).ItemKey);
        var early = Assert.Single(store.Stories.FindByUrl("https://veilleur.example/early?utm_medium=x"));
        Assert.Equal(early.Id, store.Stories.FindByKey(early.Key)?.Id);
        Assert.Null(store.Stories.FindByKey("0000000000000000"));
        Assert.Equal("<p>Texte.</p>", store.Stories.AnalysisTexts([early.Id])[early.Id]);
        Assert.Null(store.Stories.Query(new StoryFilter { IncludeSummaries = false })[0].SummaryHtml);
    }

    [SkippableFact]
    public void Validators_AndTheRunner_AreRecordedWithTheFetch()
    {
        using var store = Open();
        var feed = AddFeed(store);
        Commit(store, feed, Monday, Item("g1", "Un"));
        var stored = store.Feeds.Find(feed.Location)!;
        Assert.Equal("\"v1\"", stored.ETag);
        Assert.Equal("runner-a", stored.LastRunner);
        Assert.Equal(Monday, stored.LastSuccessAt);
        Assert.Equal("Le Veilleur", stored.Title);

        store.Items.Commit(stored, new FeedUpdate { FeedId = feed.Id, At = Monday.AddHours(1), Status = FeedRunStatus.NotModified, HttpStatus = 304, RunnerId = "runner-b" });
        stored = store.Feeds.Find(feed.Location)!;
        Assert.Equal("\"v1\"", stored.ETag);
        Assert.Equal("runner-b", stored.LastRunner);
        Assert.Equal("not-modified", stored.LastStatus);

        store.Items.Commit(stored, new FeedUpdate { FeedId = feed.Id, At = Monday.AddHours(2), Status = FeedRunStatus.Failed, ErrorStage = "FETCH", Error = "timeout after 20 s" });
        stored = store.Feeds.Find(feed.Location)!;
        Assert.Equal(("FETCH", "timeout after 20 s"), (stored.LastErrorStage, stored.LastError));
        Assert.Equal(Monday.AddHours(1), stored.LastSuccessAt);
        Assert.Equal(Monday.AddHours(2), stored.LastAttemptAt);
    }

    [SkippableFact]
    public void AFailedCommit_LeavesNothing_AndSaysSoAsAStoreError()
    {
        using var store = Open();
        var ghost = new FeedRecord { Id = 987654, Location = "https://ghost.example/rss" };
        var error = Assert.Throws<StoreException>(() => Commit(store, ghost, Monday, Item("g1", "Un"), Item("g2", "Deux")));
        Assert.StartsWith(store.Location, error.Message);
        Assert.Empty(store.Stories.Query(new StoryFilter()));
    }

    [SkippableFact]
    public void Pages_AreCandidates_ThenStored_AndABodyEditIsAVersion()
    {
        using var store = Open();
        var feed = AddFeed(store);
        Commit(store, feed, Monday, Item("g1", "Attaque"));
        var candidate = Assert.Single(store.Pages.Candidates([feed.Id], ignoreRobots: false, maxTries: 3, limit: 10));
        Assert.Equal("https://veilleur.example/g1", candidate.Url);
        Assert.False(candidate.Recheck);
        PageUpdate Page(string text, DateTimeOffset at) => new()
        {
            ItemId = candidate.ItemId, Url = candidate.Url, Status = PageStatus.Ok, FetchedAt = at, ItemHash = candidate.ItemHash,
            Title = "Attaque", Text = text, ETag = "\"p1\"", Published = Monday.AddMinutes(-30), HttpStatus = 200,
        };
        Assert.Null(store.Pages.Record(Page("Douze morts selon l'armée.", Monday.AddHours(1))));
        Assert.Empty(store.Pages.Candidates([feed.Id], false, 3, 10));
        var stored = store.Pages.Find(candidate.ItemId)!;
        Assert.Equal((1, PageStatus.Ok, "\"p1\"", (DateTimeOffset?)Monday.AddMinutes(-30)), (stored.Tries, stored.Page.Status, stored.Page.ETag, stored.Page.Published));
        Assert.Equal(TextHash.Of("Attaque", "Douze morts selon l'armée."), stored.ContentHash);
        Assert.Equal("Douze morts selon l'armée.", store.Pages.Texts([candidate.ItemId])[candidate.ItemId]);

        Assert.Equal(2, store.Pages.Record(Page("Vingt morts selon l'armée.", Monday.AddHours(2))));
        Assert.Equal(2, store.Pages.Find(candidate.ItemId)!.Tries);
        store.Pages.Keep(candidate.ItemId, candidate.ItemHash, Monday.AddHours(3));
        Assert.Equal(3, store.Pages.Find(candidate.ItemId)!.Tries);
        Assert.Equal("Vingt morts selon l'armée.", store.Stories.Query(new StoryFilter()).Single().FullText);
    }

    [SkippableFact]
    public void TheAnalysisCache_KeepsSignatures_ForOneHashAndAnalyser()
    {
        using var store = Open();
        var feed = AddFeed(store);
        Commit(store, feed, Monday, Item("g1", "Un"), Item("g2", "Deux"));
        var stories = store.Stories.Query(new StoryFilter());
        byte[] signature = [0, 1, 2, 250, 255];
        store.Features.Save(stories.Select(s => (s.Id, s.ContentHash, signature)), "analyser-1");
        var hashes = stories.ToDictionary(s => s.Id, s => s.ContentHash);
        var loaded = store.Features.Load(hashes, "analyser-1");
        Assert.Equal(2, loaded.Count);
        Assert.Equal(signature, loaded[stories[0].Id]);
        Assert.Empty(store.Features.Load(hashes, "analyser-2"));
        hashes[stories[0].Id] = "changed";
        Assert.Single(store.Features.Load(hashes, "analyser-1"));
        Assert.True(store.Features.Any("analyser-1"));
        Assert.False(store.Features.Any("analyser-2"));
    }

    [SkippableFact]
    public void Claims_SkipFeedsFetchedWithinTheInterval()
    {
        using var store = Open();
        var fresh = AddFeed(store, "https://fresh.example/rss");
        var stale = AddFeed(store, "https://stale.example/rss");
        var never = AddFeed(store, "https://never.example/rss");
        Commit(store, fresh, Monday.AddMinutes(-5), Item("g1", "Un"));
        Commit(store, stale, Monday.AddHours(-2), Item("g1", "Un"));
        var ids = new[] { fresh.Id, stale.Id, never.Id };
        var claimed = store.Feeds.Claim(ids, new FeedClaim("r1", Monday, TimeSpan.FromHours(1), FeedClaim.DefaultLease), 10);
        Assert.Equal([stale.Id, never.Id], claimed.Select(f => f.Id));
        Assert.Equal("\"v1\"", claimed[0].ETag);
        // No interval: every feed is due, as a personal sweep expects (once r1's leases, on a shared store, ran out).
        using var again = Open();
        Assert.Equal(3, again.Feeds.Claim(ids, new FeedClaim("r2", Monday + FeedClaim.DefaultLease, TimeSpan.Zero, FeedClaim.DefaultLease), 10).Count);
    }

    [SkippableFact]
    public void TimesAreKept_ToTheSecond_InUtc()
    {
        using var store = Open();
        var feed = AddFeed(store);
        var odd = new DateTimeOffset(2026, 3, 9, 10, 15, 30, 789, TimeSpan.FromHours(1));
        Commit(store, feed, odd, Item("g1", "Un", published: odd));
        var story = store.Stories.Query(new StoryFilter()).Single();
        var expected = new DateTimeOffset(2026, 3, 9, 9, 15, 30, TimeSpan.Zero);
        Assert.Equal((expected, TimeSpan.Zero), (story.Published, story.Published.Offset));
        Assert.Equal(expected, story.FirstSeen);
    }

    [SkippableFact]
    public void Incidents_AreStoredAndReadAsOfATime_TheSameWay()
    {
        using var store = Open();
        var feed = AddFeed(store);
        Commit(store, feed, Monday, Item("g1", "Attaque à Ménaka"), Item("g2", "Attaque près de Ménaka"), Item("g3", "Pluies"));
        var items = store.Stories.Query(new StoryFilter()).OrderBy(s => s.ItemKey, StringComparer.Ordinal).ToList();
        Assert.Equal(3, store.Incidents.Pending(Monday).Count);
        IncidentMembership Member(Model.Story story, string? incident, DateTimeOffset at) =>
            new(story.Id, incident, null, at, "place+actor", story.AnalysisHash, "analysis-1");
        store.Incidents.Apply(new IncidentChanges
        {
            At = Monday,
            Opened = [new IncidentRecord("inc-menaka", Monday, Monday, "analysis-1", "open", items[0].Id, null), new IncidentRecord("inc-other", Monday, Monday, "analysis-1", "open", items[1].Id, null)],
            Memberships = [Member(items[0], "inc-menaka", Monday), Member(items[1], "inc-other", Monday), Member(items[2], null, Monday)],
        });
        store.Incidents.Apply(new IncidentChanges
        {
            At = Monday.AddHours(2),
            Memberships = [Member(items[1], "inc-menaka", Monday.AddHours(2))],
            Merges = [new IncidentMerge("inc-other", "inc-menaka", Monday.AddHours(2), "same place and actor")],
            StatusChanges = new Dictionary<string, string> { ["inc-other"] = "merged" },
        });

        Assert.Empty(store.Incidents.Pending(Monday.AddHours(3)));
        Assert.Equal("inc-other", store.Incidents.Memberships([items[1].Id], Monday.AddHours(1))[items[1].Id].IncidentId);
        Assert.Equal("inc-menaka", store.Incidents.Memberships([items[1].Id], Monday.AddHours(2))[items[1].Id].IncidentId);
        Assert.Equal([items[0].Id, items[1].Id], store.Incidents.Members(["inc-menaka"], Monday.AddDays(1)).Select(m => m.ItemId).Order());
        // A window's memberships with their incidents' members, read at once: the same as asking twice.
        var (ofStories, ofIncidents) = store.Incidents.MembershipsAround([items[1].Id, items[2].Id], Monday.AddHours(2));
        Assert.Equal(["inc-menaka", null], new[] { items[1].Id, items[2].Id }.Select(id => ofStories[id].IncidentId));
        Assert.Equal([items[0].Id, items[1].Id], ofIncidents.Select(m => m.ItemId).Order());
        Assert.Equal([items[1].Id], store.Incidents.MembershipsAround([items[1].Id], Monday.AddHours(1)).OfTheirIncidents.Select(m => m.ItemId));
        var records = store.Incidents.Incidents(["inc-menaka", "inc-other", "inc-none"]);
        Assert.Equal(("merged", Monday.AddHours(2)), (records["inc-other"].Status, records["inc-other"].UpdatedAt));
        Assert.Equal(items[0].Id, records["inc-menaka"].FounderId);
        Assert.Empty(store.Incidents.Merges(Monday.AddHours(1)));
        Assert.Equal("inc-menaka", Assert.Single(store.Incidents.Merges(Monday.AddDays(1))).IntoId);
        Assert.Equal(3, store.Incidents.Analyses()["analysis-1"]);
        using (store.Incidents.Exclusive())
            Assert.Single(store.Incidents.Incidents(["inc-menaka"]));
    }

    [SkippableFact]
    public void AStore_CopiesToAFileAndBack_WithIdsVersionsAndIncidents()
    {
        using var store = Open();
        var feed = AddFeed(store);
        Commit(store, feed, Monday, Item("g1", "Attaque", "<p>12 morts.</p>"), Item("g2", "Pluies"));
        Commit(store, feed, Monday.AddHours(1), Item("g1", "Attaque", "<p>20 morts.</p>"), Item("g2", "Pluies"));
        var story = store.Stories.Query(new StoryFilter()).First(s => s.ItemKey == "guid:g1");
        store.Incidents.Apply(new IncidentChanges
        {
            At = Monday,
            Opened = [new IncidentRecord("inc-1", Monday, Monday, "a", "open", story.Id, null)],
            Memberships = [new IncidentMembership(story.Id, "inc-1", null, Monday, "place", story.AnalysisHash, "a")],
        });
        store.Features.Save([(story.Id, story.ContentHash, new byte[] { 1, 2, 3 })], "a");

        using var temp = new Sahel.Testing.TempDirectory();
        using var file = SahelStore.Open(temp.File("copy.db"));
        var copied = StoreCopy.Run(store, file);
        Assert.All(copied, table => Assert.True(table.Intact, table.ToString()));
        Assert.Equal(2, copied.Single(t => t.Table == "item_versions").TargetRows);
        Assert.Equal(1, copied.Single(t => t.Table == "incident_members").TargetRows);
        Assert.Equal(story.Id, file.Stories.FindByKey(story.Key)!.Id);
        Assert.Equal(2, file.Versions.Load(story.Id).Count);

        // New rows in the copy are numbered after the copied ones.
        var another = AddFeed(file, "https://another.example/rss");
        Assert.True(another.Id > feed.Id);
        var error = Assert.Throws<StoreException>(() => StoreCopy.Run(store, file));
        Assert.Contains("not empty", error.Message);
    }
}
