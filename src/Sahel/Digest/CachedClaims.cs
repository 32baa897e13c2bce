using Sahel.Diff.Claims;
using Sahel.Model;
using Sahel.Normalize;
using Sahel.Store;

namespace Sahel.Digest;

/// <summary>
/// Each story's claims, read from the store's claims cache when the story's text and the claims reader are
/// unchanged, else read again (in parallel) and cached. A nightly digest of 30,000 stories re-reads only the
/// day's new and edited ones: reading claims is the costliest step of a digest.
/// </summary>
public static class CachedClaims
{
    /// <summary>
    /// The claims reader's identity: the library's build (deterministic, so it changes only when the code does)
    /// and the codec's version. Any change to the reader or its vocabularies therefore reads every story again.
    /// </summary>
    private static readonly string ReaderVersion =
        $"claims-{ClaimsCodec.Version}:{typeof(ClaimExtractor).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <param name="text">The text a story's claims are read from (its article, else its fullest feed text).</param>
    /// <param name="lexiconFingerprint">The lexicon the claims name actors with (IncidentAnalysis.Fingerprint).</param>
    public static IReadOnlyDictionary<long, StoryClaims> For(ISahelStore store, IReadOnlyList<Story> stories, Func<Story, string?> text,
        Lexicon lexicon, string lexiconFingerprint)
    {
        var reader = ReaderVersion + "/" + lexiconFingerprint;
        var hashes = new Dictionary<long, string>(stories.Count);
        foreach (var story in stories)
            hashes[story.Id] = TextHash.Of(story.Title, text(story));
        var claims = new Dictionary<long, StoryClaims>(stories.Count);
        foreach (var (id, bytes) in store.Claims.Load(hashes, reader))
        {
            if (ClaimsCodec.Decode(bytes) is { } cached)
                claims[id] = cached;
        }
        var missing = stories.Where(s => !claims.ContainsKey(s.Id)).DistinctBy(s => s.Id).ToList();
        if (missing.Count == 0)
            return claims;
        var read = missing.AsParallel().AsOrdered()
            .Select(story => (story.Id, Claims: ClaimExtractor.Extract(story.Title, text(story), story.Lang, lexicon))).ToList();
        foreach (var (id, storyClaims) in read)
            claims[id] = storyClaims;
        store.Claims.Save(read.Select(r => (r.Id, hashes[r.Id], ClaimsCodec.Encode(r.Claims))), reader);
        return claims;
    }
}
