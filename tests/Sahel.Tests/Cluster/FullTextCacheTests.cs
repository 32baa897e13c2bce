using Sahel.Cluster;
using Sahel.Model;
using Sahel.Normalize;
using Sahel.Store;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Cluster;

/// <summary>The analysis cache is valid for the item's content and its page's text: storing or changing a page redoes it.</summary>
public sealed class FullTextCacheTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private readonly List<Story> _analysed = [];

    private CachedSignatureSource Source(ISahelStore store)
    {
        var analyzer = new StoryAnalyzer(Lexicon.Default);
        return new CachedSignatureSource(store, story =>
        {
            lock (_analysed)
                _analysed.Add(story);
            return analyzer.Analyze(story);
        }, "test-fingerprint", id => Lexicon.Default.FindPlace(id), id => Lexicon.Default.FindActor(id));
    }

    private static PageUpdate Page(long itemId, string text) => new()
    {
        ItemId = itemId,
        Url = "https://veilleur.example/1",
        Status = PageStatus.Ok,
        FetchedAt = Monday,
        Title = "Un poste militaire attaqué",
        Text = text,
    };

    [Fact]
    public void StoringAPage_RedoesTheAnalysis_WithTheArticle_AndOnlyWhenItsTextChanges()
    {
        using var store = SahelStore.Open(_temp.File("sahel.db"));
        var feed = store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], Monday)[0];
        store.Items.Commit(feed, new FeedUpdate
        {
            FeedId = feed.Id, At = Monday, Status = FeedRunStatus.Fetched,
            Feed = new ParsedFeed(FeedFormat.Rss, "Le Veilleur", null, "fr",
                [new ParsedItem { Guid = "1", Link = "https://veilleur.example/1", Title = "Un poste militaire attaqué", SummaryHtml = "Des tirs.", Published = Monday }], []),
        });
        IReadOnlyList<Story> Stories() => store.Stories.Query(new StoryFilter());

        Source(store).For(Stories());
        Source(store).For(Stories());
        Assert.Single(_analysed);
        Assert.Empty(Source(store).For(Stories())[0].Features.Places);

        store.Pages.Record(Page(Stories()[0].Id, "Des hommes armés ont attaqué un poste près de Ménaka."));
        var signature = Source(store).For(Stories())[0];
        Assert.Equal(2, _analysed.Count);
        Assert.Contains("Ménaka", _analysed[^1].FullText);
        Assert.Contains(signature.Features.Places, p => p.Id == "ml-menaka");

        Source(store).For(Stories());
        Assert.Equal(2, _analysed.Count);

        store.Pages.Record(Page(Stories()[0].Id, "Des hommes armés ont attaqué un poste près de Gao."));
        Assert.Contains(Source(store).For(Stories())[0].Features.Places, p => p.Id == "ml-gao");
        Assert.Equal(3, _analysed.Count);
    }

    [Fact]
    public void WithoutSummaries_ThePageTextIsReadOnlyForTheStoriesToAnalyse()
    {
        using var store = SahelStore.Open(_temp.File("sahel.db"));
        var feed = store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], Monday)[0];
        store.Items.Commit(feed, new FeedUpdate
        {
            FeedId = feed.Id, At = Monday, Status = FeedRunStatus.Fetched,
            Feed = new ParsedFeed(FeedFormat.Rss, "Le Veilleur", null, "fr",
                [new ParsedItem { Guid = "1", Link = "https://veilleur.example/1", Title = "Un poste militaire attaqué", Published = Monday }], []),
        });
        store.Pages.Record(Page(store.Stories.Query(new StoryFilter())[0].Id, "Attaque près de Ménaka."));

        var lean = store.Stories.Query(new StoryFilter { IncludeSummaries = false });
        Assert.Null(lean[0].FullText);
        Assert.NotNull(lean[0].PageHash);
        Assert.Contains(Source(store).For(lean)[0].Features.Places, p => p.Id == "ml-menaka");
        Assert.Contains("Ménaka", _analysed[^1].FullText);
    }

    public void Dispose() => _temp.Dispose();
}
