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
    /// Starts reading the claims of the stories a fetch or sweep is about to assign, on every core but one, and
    /// returns at once: the assignment that runs next is mostly one thread's work, so a first sweep's claims
    /// (a fifth of its CPU time) are read on the core it leaves idle. <see cref="Reading.Finish"/> caches them, so the
    /// digests that follow (and `incidents --since 24h` on a large store) only read them back.
    /// </summary>
    public static Reading ReadAhead(ISahelStore store, IReadOnlyList<long> storyIds, Cluster.IncidentAnalysis analysis)
    {
        var stories = storyIds.Count == 0 ? [] : store.Stories.Query(new StoryFilter { ItemIds = storyIds });
        return Start(store, stories, analysis.Lexicon, analysis.Fingerprint);
    }

    /// <summary>
    /// Each story's claims, read from the text `sahel diff` reads them from: the article when stored, else the
    /// fullest feed text. A cached reading is valid while the story's analysis hash (its content and its page's)
    /// and the reader are unchanged, so a digest reads no text at all for the stories it finds cached.
    /// </summary>
    /// <param name="lexiconFingerprint">The lexicon the claims name actors with (IncidentAnalysis.Fingerprint).</param>
    public static IReadOnlyDictionary<long, StoryClaims> For(ISahelStore store, IReadOnlyList<Story> stories, Lexicon lexicon, string lexiconFingerprint) =>
        Start(store, stories, lexicon, lexiconFingerprint).Finish();

    /// <summary>
    /// Reads what the cache holds and the texts of the others from the store on this thread, then reads the
    /// others' claims in the background on every core but one (the caller's, which joins in when it finishes),
    /// touching no store.
    /// </summary>
    private static Reading Start(ISahelStore store, IReadOnlyList<Story> stories, Lexicon lexicon, string lexiconFingerprint)
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
            return new Reading(store, claims, reader, hashes, [], [], [], SharedReading.Nothing);

        var texts = store.Stories.AnalysisTexts(missing.Where(s => s.FullText is null).Select(s => s.Id).ToList());
        string? Text(Story s) => s.FullText ?? texts.GetValueOrDefault(s.Id) ?? s.SummaryHtml;
        // Copies of one wire story (same title, text and language) are read once: syndication is why an incident
        // has ten reports, and claims depend on nothing else.
        var textKey = missing.ToDictionary(s => s.Id, s => (TextHash.Of(s.Title, Text(s)), s.Lang));
        var distinct = missing.DistinctBy(s => textKey[s.Id]).Select(s => (Key: textKey[s.Id], s.Title, Text: Text(s), s.Lang)).ToArray();
        var reading = new SharedReading(distinct.Length, i => ClaimExtractor.Extract(distinct[i].Title, distinct[i].Text, distinct[i].Lang, lexicon), Math.Max(1, Environment.ProcessorCount - 1));
        // Only ids are kept while the claims are read: the stories' texts are the reading's, and go with it.
        return new Reading(store, claims, reader, hashes, missing.Select(s => s.Id).ToList(), textKey, distinct.Select(d => d.Key).ToArray(), reading);
    }

    /// <summary>Claims being read (<see cref="ReadAhead"/>): <see cref="Finish"/> waits for them and caches them.</summary>
    public sealed class Reading
    {
        private readonly ISahelStore store;
        private readonly Dictionary<long, StoryClaims> claims;
        private readonly string reader;
        private readonly Dictionary<long, string> hashes;
        private readonly List<long> missing;
        private readonly Dictionary<long, (string, string?)> textKey;
        private readonly (string, string?)[] keys;
        private readonly SharedReading reading;

        internal Reading(ISahelStore store, Dictionary<long, StoryClaims> claims, string reader, Dictionary<long, string> hashes, List<long> missing,
            Dictionary<long, (string, string?)> textKey, (string, string?)[] keys, SharedReading reading)
        {
            this.store = store;
            this.claims = claims;
            this.reader = reader;
            this.hashes = hashes;
            this.missing = missing;
            this.textKey = textKey;
            this.keys = keys;
            this.reading = reading;
        }

        /// <summary>How many stories had to be read (the others were cached).</summary>
        public int Read => missing.Count;

        /// <summary>
        /// Reads what is left with the caller's thread too, waits for the rest, caches what was read (on the caller's
        /// thread: the store's), and returns every story's claims.
        /// </summary>
        public IReadOnlyDictionary<long, StoryClaims> Finish()
        {
            var read = reading.Finish();
            if (missing.Count == 0)
                return claims;
            var byText = new Dictionary<(string, string?), StoryClaims>(keys.Length);
            for (var i = 0; i < keys.Length; i++)
                byText[keys[i]] = read[i];
            foreach (var id in missing)
                claims[id] = byText[textKey[id]];
            var encoded = byText.ToDictionary(r => r.Key, r => ClaimsCodec.Encode(r.Value));
            store.Claims.Save(missing.Select(id => (id, hashes[id], encoded[textKey[id]])), reader);
            return claims;
        }
    }

    /// <summary>
    /// Work shared by index: background threads take the next item until none is left, and the thread that waits
    /// for the result takes items too. A fixed number of threads would leave a core idle once the assignment ends
    /// (the claims of a first sweep outlast it by a second or more).
    /// </summary>
    internal sealed class SharedReading
    {
        private readonly Func<int, StoryClaims> read;
        private readonly StoryClaims[] results;
        private readonly Task[] workers;
        private int next = -1;

        /// <summary>Nothing to read: every story was cached.</summary>
        public static SharedReading Nothing { get; } = new(0, _ => throw new InvalidOperationException("nothing to read"), 0);

        public SharedReading(int count, Func<int, StoryClaims> read, int threads)
        {
            this.read = read;
            results = new StoryClaims[count];
            workers = count == 0 ? [] : Enumerable.Range(0, Math.Min(threads, count)).Select(_ => Task.Factory.StartNew(Work, CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        }

        private void Work()
        {
            for (var i = Interlocked.Increment(ref next); i < results.Length; i = Interlocked.Increment(ref next))
                results[i] = read(i);
        }

        /// <summary>Takes what is left on this thread, then waits for the workers (and throws what one threw).</summary>
        public StoryClaims[] Finish()
        {
            Work();
            Task.WaitAll(workers);
            return results;
        }
    }
}
