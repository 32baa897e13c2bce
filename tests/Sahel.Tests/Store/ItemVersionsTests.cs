using Sahel.Model;
using Sahel.Store;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Store;

/// <summary>Versions recorded by the feed writer: only for edits, the original kept, counts cheap to read.</summary>
public sealed class ItemVersionsTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    private static ParsedFeed Feed(params ParsedItem[] items) => new(FeedFormat.Rss, "Le Veilleur", "https://veilleur.example/", "fr", items, []);

    private static ParsedItem Item(string guid, string title, string summary, string? link = null) =>
        new() { Guid = guid, Link = link ?? $"https://veilleur.example/{guid}", Title = title, Published = Monday, SummaryHtml = summary };

    private static FeedCommitResult Commit(ISahelStore store, FeedRecord feed, DateTimeOffset at, params ParsedItem[] items) =>
        store.Items.Commit(feed, new FeedUpdate { FeedId = feed.Id, At = at, Status = FeedRunStatus.Fetched, Feed = Feed(items) });

    private (ISahelStore Store, FeedRecord Feed) Open()
    {
        var store = SahelStore.Open(_temp.File("sahel.db"));
        return (store, store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], Monday)[0]);
    }

    [Fact]
    public void AnUneditedArticle_HasNoRows_AndReadsAsOneVersion()
    {
        var (store, feed) = Open();
        using var _ = store;
        Commit(store, feed, Monday, Item("g1", "Attaque à Ménaka", "<p>12 morts selon l'armée.</p>"));
        Commit(store, feed, Monday.AddHours(1), Item("g1", "Attaque à Ménaka", "<p>12  morts selon <b>l'armée</b>.</p>"));

        var story = Assert.Single(store.Stories.Query(new StoryFilter()));
        Assert.Equal(1, story.Versions);
        Assert.Null(story.LastEdited);
        var version = Assert.Single(store.Versions.Load(story.Id));
        Assert.Equal(1, version.Number);
        Assert.Equal(Monday, version.SeenAt);
        Assert.Equal("12 morts selon l'armée.", version.Text);
        Assert.Empty(store.Versions.EditedBetween(null, null));
    }

    [Fact]
    public void EachEdit_AddsAVersion_TheOriginalIsKept_CosmeticChangesAreNot()
    {
        var (store, feed) = Open();
        using var _ = store;
        Commit(store, feed, Monday, Item("g1", "Attaque à Ménaka", "<p>12 morts selon l'armée.</p>"), Item("g2", "Pluies à Niamey", "<p>Fortes pluies.</p>"));
        var first = Commit(store, feed, Monday.AddHours(6), Item("g1", "Attaque à Ménaka", "<p>20 morts selon l'armée.</p>"), Item("g2", "Pluies à Niamey", "<p>Fortes pluies.</p><p>Mis à jour le 9 mars à 14h</p>"));
        var cosmetic = Commit(store, feed, Monday.AddHours(7), Item("g1", "Attaque à Ménaka", "<p>20 morts selon l'armée.</p>\n"), Item("g2", "Pluies à Niamey", "<p>Fortes pluies.</p>"));
        var second = Commit(store, feed, Monday.AddHours(12), Item("g1", "Attaque à Ménaka : le bilan s'alourdit", "<p>20 morts.</p>"), Item("g2", "Pluies à Niamey", "<p>Fortes pluies.</p>"));

        Assert.Equal((2, 1), (first.ChangedItems, first.EditedItems));
        Assert.Equal((2, 0), (cosmetic.ChangedItems, cosmetic.EditedItems));
        Assert.Equal((1, 1), (second.ChangedItems, second.EditedItems));

        var stories = store.Stories.Query(new StoryFilter());
        var attack = stories.Single(s => s.Url == "https://veilleur.example/g1");
        Assert.Equal(3, attack.Versions);
        Assert.Equal(Monday.AddHours(12), attack.LastEdited);
        Assert.Equal(1, stories.Single(s => s.Url == "https://veilleur.example/g2").Versions);

        var versions = store.Versions.Load(attack.Id);
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal([Monday, Monday.AddHours(6), Monday.AddHours(12)], versions.Select(v => v.SeenAt));
        Assert.Equal(["12 morts selon l'armée.", "20 morts selon l'armée.", "20 morts."], versions.Select(v => v.Text));
        Assert.Equal("Attaque à Ménaka : le bilan s'alourdit", versions[2].Title);

        Assert.Equal([attack.Id], store.Versions.EditedBetween(null, null));
        Assert.Equal([attack.Id], store.Versions.EditedBetween(Monday.AddHours(10), null));
        Assert.Empty(store.Versions.EditedBetween(Monday.AddHours(13), null));
        Assert.Empty(store.Versions.EditedBetween(null, Monday.AddHours(6)));
    }

    [Fact]
    public void AnArticle_IsFoundByItsUrl_WithOrWithoutTrackingParameters_AndByItsId()
    {
        var (store, feed) = Open();
        using var _ = store;
        Commit(store, feed, Monday, Item("g1", "Attaque à Ménaka", "Texte.", "https://veilleur.example/a?utm_source=rss"));

        var story = Assert.Single(store.Stories.FindByUrl("https://veilleur.example/a"));
        Assert.Equal("Attaque à Ménaka", story.Title);
        Assert.Single(store.Stories.FindByUrl("https://veilleur.example/a?utm_source=rss"));
        Assert.Single(store.Stories.FindByUrl("https://VEILLEUR.example/a?utm_medium=social"));
        Assert.Empty(store.Stories.FindByUrl("https://veilleur.example/b"));
        Assert.Equal(story.Id, store.Stories.FindByKey(story.Key)?.Id);
        Assert.Null(store.Stories.FindByKey("0000000000000000"));
    }

    [Fact]
    public void DeletingAnItem_DeletesItsVersions()
    {
        var (store, feed) = Open();
        using var _ = store;
        Commit(store, feed, Monday, Item("g1", "Attaque", "12 morts."));
        Commit(store, feed, Monday.AddHours(1), Item("g1", "Attaque", "20 morts."));
        var id = store.Stories.Query(new StoryFilter()).Single().Id;
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.Location};Pooling=False"))
        {
            connection.Open();
            using var delete = connection.CreateCommand();
            delete.CommandText = "PRAGMA foreign_keys = ON; DELETE FROM items";
            delete.ExecuteNonQuery();
        }
        Assert.Empty(store.Versions.EditedBetween(null, null));
        Assert.Empty(store.Versions.Load(id));
    }

    public void Dispose() => _temp.Dispose();
}
