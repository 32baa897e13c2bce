using Sahel.Cluster;
using Sahel.Diff.Claims;
using Sahel.Digest;
using Sahel.Feeds;
using Sahel.Model;
using Sahel.Sources;
using Sahel.Store;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Digest;

/// <summary>
/// Claims read ahead (beside a fetch's assignment) and read for a digest are the extractor's own reading, cached
/// once per text: the next reading of unchanged stories reads none again, and an edited story is read again.
/// </summary>
public sealed class CachedClaimsTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly (string Guid, string Title, string Summary)[] Reports =
    [
        ("a", "Embuscade près de Kidal", "<p>Douze soldats ont été tués, selon l'armée. Le JNIM a revendiqué l'attaque.</p>"),
        ("b", "Embuscade près de Kidal", "<p>Douze soldats ont été tués, selon l'armée. Le JNIM a revendiqué l'attaque.</p>"), // a copy: read once
        ("c", "Ouallam : un engin explosif", "<p>Trois civils ont été blessés, a indiqué un élu local.</p>"),
        ("d", "Marché de Gao", "<p>Le marché a rouvert lundi.</p>"),
    ];

    private static void Commit(ISahelStore store, DateTimeOffset at, params (string Guid, string Title, string Summary)[] reports)
    {
        var feed = store.Feeds.Ensure([new FeedSource("https://veilleur.example/rss")], at)[0];
        var items = reports.Select(r => new ParsedItem { Guid = r.Guid, Title = r.Title, Published = Monday, SummaryHtml = r.Summary }).ToList();
        store.Items.Commit(feed, new FeedUpdate { FeedId = feed.Id, At = at, Status = FeedRunStatus.Fetched, Feed = new ParsedFeed(FeedFormat.Rss, "V", null, "fr", items, []) });
    }

    private static string Encoded(StoryClaims claims) => Convert.ToHexString(ClaimsCodec.Encode(claims));

    [Fact]
    public void ReadAhead_IsTheExtractorsReading_Cached_SoTheDigestReadsNoneAgain()
    {
        using var store = SahelStore.Open(_temp.File("s.db"));
        Commit(store, Monday, Reports);
        var stories = store.Stories.Query(new StoryFilter());
        var ids = stories.Select(s => s.Id).ToList();
        var analysis = IncidentAnalysis.Default;

        var ahead = CachedClaims.ReadAhead(store, ids, analysis);
        var read = ahead.Finish();
        Assert.Equal(4, ahead.Read);
        foreach (var story in stories)
            Assert.Equal(Encoded(ClaimExtractor.Extract(story.Title, story.SummaryHtml, story.Lang, analysis.Lexicon)), Encoded(read[story.Id]));
        Assert.Contains(read[ids[0]].Tolls, t => t.Count.Min == 12);

        // What a digest reads next comes from the cache, the same claims.
        Assert.Equal(0, CachedClaims.ReadAhead(store, ids, analysis).Read);
        var digest = CachedClaims.For(store, stories, analysis.Lexicon, analysis.Fingerprint);
        Assert.All(stories, s => Assert.Equal(Encoded(read[s.Id]), Encoded(digest[s.Id])));
    }

    [Fact]
    public void AnEditedStory_IsReadAgain_AndOnlyIt()
    {
        using var store = SahelStore.Open(_temp.File("s.db"));
        Commit(store, Monday, Reports);
        var analysis = IncidentAnalysis.Default;
        var ids = store.Stories.Query(new StoryFilter()).Select(s => s.Id).ToList();
        CachedClaims.ReadAhead(store, ids, analysis).Finish();

        Commit(store, Monday.AddHours(3), ("c", "Ouallam : un engin explosif", "<p>Cinq civils ont été blessés, a indiqué un élu local.</p>"));
        var again = CachedClaims.ReadAhead(store, ids, analysis);
        var claims = again.Finish();
        Assert.Equal(1, again.Read);
        var edited = store.Stories.Query(new StoryFilter()).Single(s => s.Title.StartsWith("Ouallam", StringComparison.Ordinal));
        Assert.Equal(5, Assert.Single(claims[edited.Id].Tolls).Count.Min);
    }

    [Fact]
    public void NothingToRead_FinishesAtOnce()
    {
        using var store = SahelStore.Open(_temp.File("s.db"));
        var ahead = CachedClaims.ReadAhead(store, [], IncidentAnalysis.Default);
        Assert.Empty(ahead.Finish());
        Assert.Equal(0, ahead.Read);
    }
}
