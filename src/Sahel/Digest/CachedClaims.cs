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

    /// <summary>
    /// Reads and caches the claims of the stories a fetch or sweep just stored, so the digests that follow (and
    /// `incidents --since 24h` on a large store) find them read. Returns how many stories were read.
    /// </summary>
    public static int ReadAhead(ISahelStore store, IReadOnlyList<long> storyIds, Cluster.IncidentAnalysis analysis)
    {
        if (storyIds.Count == 0)
            return 0;
        var stories = store.Stories.Query(new StoryFilter { ItemIds = storyIds });
        For(store, stories, analysis.Lexicon, analysis.Fingerprint);
        return stories.Count;
    }

    /// <summary>
    /// Each story's claims, read from the text `sahel diff` reads them from: the article when stored, else the
    /// fullest feed text. A cached reading is valid while the story's analysis hash (its content and its page's)
    /// and the reader are unchanged, so a digest reads no text at all for the stories it finds cached.
    /// </summary>
    /// <param name="lexiconFingerprint">The lexicon the claims name actors with (IncidentAnalysis.Fingerprint).</param>
    public static IReadOnlyDictionary<long, StoryClaims> For(ISahelStore store, IReadOnlyList<Story> stories, Lexicon lexicon, string lexiconFingerprint)
    {
        var reader = ReaderVersion + "/" + lexiconFingerprint;
        var hashes = new Dictionary<long, string>(stories.Count);
        foreach (var story in stories)
            hashes[story.Id] = story.AnalysisHash;
        var claims = new Dictionary<long, StoryClaims>(stories.Count);
        var decoded = store.Claims.Load(hashes, reader).AsParallel().Select(row => (row.Key, Claims: ClaimsCodec.Decode(row.Value))).ToList();
        foreach (var (id, cached) in decoded)
        {
            if (cached is not null)
                claims[id] = cached;
        }
        var missing = stories.Where(s => !claims.ContainsKey(s.Id)).DistinctBy(s => s.Id).ToList();
        if (missing.Count == 0)
            return claims;

        var texts = store.Stories.AnalysisTexts(missing.Where(s => s.FullText is null).Select(s => s.Id).ToList());
        string? Text(Story s) => s.FullText ?? texts.GetValueOrDefault(s.Id) ?? s.SummaryHtml;
        // Copies of one wire story (same title, text and language) are read once: syndication is why an incident
        // has ten reports, and claims depend on nothing else.
        var textKey = missing.ToDictionary(s => s.Id, s => (TextHash.Of(s.Title, Text(s)), s.Lang));
        var byText = missing.DistinctBy(s => textKey[s.Id]).AsParallel()
            .Select(story => (Key: textKey[story.Id], Claims: ClaimExtractor.Extract(story.Title, Text(story), story.Lang, lexicon)))
            .ToDictionary(r => r.Key, r => r.Claims);
        foreach (var story in missing)
            claims[story.Id] = byText[textKey[story.Id]];
        var encoded = byText.ToDictionary(r => r.Key, r => ClaimsCodec.Encode(r.Value));
        store.Claims.Save(missing.Select(s => (s.Id, hashes[s.Id], encoded[textKey[s.Id]])), reader);
        return claims;
    }
}
