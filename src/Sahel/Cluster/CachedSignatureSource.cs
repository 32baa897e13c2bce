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
        var computed = missing.AsParallel().AsOrdered().Select(i =>
        {
            var story = texts.TryGetValue(stories[i].Id, out var text) ? stories[i] with { SummaryHtml = text } : stories[i];
            if (pages.TryGetValue(story.Id, out var page))
                story = story with { FullText = page };
            return (Index: i, Signature: StorySignature.Of(analyze(story)));
        }).ToList();
        foreach (var (index, signature) in computed)
            signatures[index] = signature;
        store.Features.Save(computed.Select(c => (stories[c.Index].Id, stories[c.Index].AnalysisHash, SignatureCodec.Encode(c.Signature))), fingerprint);
        return signatures!;
    }
}
