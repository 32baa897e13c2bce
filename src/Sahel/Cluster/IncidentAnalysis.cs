using System.Globalization;
using System.IO.Hashing;
using Sahel.Model;
using Sahel.Normalize;
using Sahel.Store;

namespace Sahel.Cluster;

/// <summary>
/// How stories are analysed and grouped, for every host (the CLI, a team runner, the exporters): the lexicon,
/// the grouping options, the horizon of a sweep's assignment, and the fingerprint that names this analysis in
/// the store (cached analyses and stored incidents record it; `incidents rebuild` regroups when it changes).
/// </summary>
public sealed class IncidentAnalysis
{
    /// <summary>Bump when the analyser's behaviour changes, so cached analyses are redone.</summary>
    public const string AnalyzerVersion = "analyzer-3";

    /// <summary>Bump when grouping changes, so `incidents rebuild` knows stored incidents were made otherwise.</summary>
    public const string GroupingVersion = "grouping-1";

    /// <summary>Default: a new story is compared with incidents that have a report within 10 days of it.</summary>
    public static readonly TimeSpan DefaultHorizon = TimeSpan.FromDays(10);

    private readonly StoryAnalyzer _analyzer;

    public IncidentAnalysis(Lexicon lexicon, ClusterOptions options, TimeSpan horizon, IReadOnlyList<string>? lexiconFiles = null)
    {
        Lexicon = lexicon;
        Options = options;
        Horizon = horizon;
        _analyzer = new StoryAnalyzer(lexicon);
        Fingerprint = AnalyzerVersion + ":" + LexiconHash(lexiconFiles ?? []);
    }

    /// <summary>The shipped lexicon and defaults.</summary>
    public static IncidentAnalysis Default => DefaultAnalysis.Value;

    // Lazy: a static initialiser here would run before the lexicon hash below is ready.
    private static readonly Lazy<IncidentAnalysis> DefaultAnalysis = new(() => new(Lexicon.Default, new ClusterOptions(), DefaultHorizon));

    public Lexicon Lexicon { get; }
    public ClusterOptions Options { get; }
    public TimeSpan Horizon { get; }

    /// <summary>The analyser's version and the bytes of the lexicon it uses: cached analyses are valid for this only.</summary>
    public string Fingerprint { get; }

    /// <summary>What stored incidents and memberships record: grouping version and the analysis fingerprint.</summary>
    public string Name => GroupingVersion + "/" + Fingerprint;

    public StoryFeatures Analyze(Story story) => _analyzer.Analyze(story);

    /// <summary>Signatures cached in the store, analysed only for stories new or changed since.</summary>
    public ISignatureSource Signatures(SahelStore store) =>
        new CachedSignatureSource(store, Analyze, Fingerprint, Lexicon.FindPlace, Lexicon.FindActor);

    public IncidentBuilder Builder(SahelStore store) => new(Signatures(store), Options);

    private static string LexiconHash(IReadOnlyList<string> files)
    {
        var hasher = new XxHash3();
        hasher.Append(ShippedLexiconHash.Value);
        foreach (var file in files)
            hasher.Append(File.ReadAllBytes(file));
        return hasher.GetCurrentHashAsUInt64().ToString("x16", CultureInfo.InvariantCulture);
    }

    // The shipped lexicon is fixed for a build: hash its ~700 KB once per process, not once per command.
    private static readonly Lazy<byte[]> ShippedLexiconHash = new(() =>
    {
        var hasher = new XxHash3();
        foreach (var resource in (string[])["Sahel.places.json", "Sahel.actors.json"])
        {
            using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource);
            if (stream is not null)
                hasher.Append(stream);
        }
        return hasher.GetCurrentHash();
    });
}
