using Sahel.Model;
using Sahel.Store;

namespace Sahel.Cluster;

/// <summary>
/// Signatures from the store's cache where still valid; the rest are analysed (their summaries and page texts
/// read only now) and cached. A second run over the same stories analyses nothing. A cached analysis is valid
/// for the item's content and its page's text (<see cref="Story.AnalysisHash"/>), so storing a page redoes it.
/// </summary>
public sealed class CachedSignatureSource(ISahelStore store, Func<Story, StoryFeatures> analyze, string fingerprint,
    Func<string, Place?> place, Func<string, Actor?> actor) : ISignatureSource
{
    public IReadOnlyList<StorySignature> For(IReadOnlyList<Story> stories)
    {
        var hashes = stories.ToDictionary(s => s.Id, s => s.AnalysisHash);
        var cached = store.Features.Load(hashes, fingerprint);
        var signatures = new StorySignature?[stories.Count];
        // Decoding is most of a digest's cost here (30,000 signatures on a nightly timeline): on every core.
        Parallel.For(0, stories.Count, i =>
            signatures[i] = cached.TryGetValue(stories[i].Id, out var blob) ? SignatureCodec.Decode(blob, place, actor) : null);
        var missing = Enumerable.Range(0, stories.Count).Where(i => signatures[i] is null).ToList();
        if (missing.Count == 0)
            return signatures!;

        var texts = store.Stories.AnalysisTexts(missing.Select(i => stories[i].Id).ToList());
        var pages = store.Pages.Texts(missing.Where(i => stories[i] is { PageHash: not null, FullText: null }).Select(i => stories[i].Id).ToList());
        var toAnalyse = missing.Select(i =>
        {
            var story = texts.TryGetValue(stories[i].Id, out var text) ? stories[i] with { SummaryHtml = text } : stories[i];
            return pages.TryGetValue(story.Id, out var page) ? story with { FullText = page } : story;
        }).ToList();
        // Syndicated copies carry the same headline and text under many outlets: each distinct text is analysed
        // once and its signature (read-only from here on) shared, as the claims are (Digest/CachedClaims.cs).
        var distinct = toAnalyse.Select((story, n) => (Key: AnalysisInput.Of(story), n)).GroupBy(x => x.Key, x => x.n).ToList();
        var analysed = distinct.AsParallel().AsOrdered().Select(group =>
        {
            var signature = StorySignature.Of(analyze(toAnalyse[group.First()]));
            return (Members: group, Signature: signature, Blob: SignatureCodec.Encode(signature));
        }).ToList();
        var encoded = new List<(long, string, byte[])>(missing.Count);
        foreach (var (members, signature, blob) in analysed)
        {
            foreach (var n in members)
            {
                var index = missing[n];
                signatures[index] = signature;
                encoded.Add((stories[index].Id, stories[index].AnalysisHash, blob));
            }
        }
        store.Features.Save(encoded, fingerprint);
        return signatures!;
    }

    /// <summary>
    /// Everything <see cref="Normalize.StoryAnalysis"/> reads of a story: title, summary, page text, and the year
    /// of publication (a headline's older year marks a look back). Two stories with equal inputs analyse alike.
    /// </summary>
    private readonly record struct AnalysisInput(string Title, string? SummaryHtml, string? FullText, int Year)
    {
        public static AnalysisInput Of(Story story) => new(story.Title, story.SummaryHtml, story.FullText, story.Published.Year);
    }
}
