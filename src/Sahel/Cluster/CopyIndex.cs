using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// Copy detection one story at a time: the same canonical URL as a story already seen is that story, and
/// near-identical text republishes it: word-shingle Jaccard of title and text at or above the threshold, or of
/// the text alone at or above <see cref="BodySimilarity"/> (a copy under a new headline with one sentence
/// reworded). Words are compared after normalisation, so typography (curly or straight quotes, guillemets) and
/// entities (named, numeric, raw UTF-8) do not matter. Only originals are
/// indexed, so a story repeated a thousand times costs one comparison, not a thousand. Batch grouping and a
/// sweep's incremental assignment share it, so both fold the same copies.
/// </summary>
public sealed class CopyIndex(double threshold)
{
    /// <summary>Text-only similarity that makes a copy: one sentence in four reworded still shares most 3-word shingles.</summary>
    public const double BodySimilarity = 0.5;

    /// <summary>Texts shorter than this many shingles are not compared alone: short texts share shingles by accident.</summary>
    private const int MinBodyShingles = 15;

    /// <summary>Republication happens within days: stories further apart are never copies of each other.</summary>
    public static readonly TimeSpan CopyWindow = TimeSpan.FromDays(7);
    private readonly Dictionary<string, long> _byUrl = new(StringComparer.Ordinal);
    private readonly MinHashIndex _index = new();
    private readonly MinHashIndex _bodyIndex = new();
    private readonly Dictionary<long, (DateTimeOffset Published, ulong[] Shingles, ulong[] Body, int Order)> _originals = new();
    private readonly Dictionary<long, long> _originalOf = new();

    /// <summary>The original this story copies (its root: never a copy itself), and how it was recognised; null for an original.</summary>
    public (long Original, string Signal)? Find(Story story, StorySignature signature)
    {
        if (story.Url is { } url && _byUrl.TryGetValue(url, out var same))
            return (Root(same), "url");
        // Very short texts (a bare headline) share shingles by accident too often to call them copies.
        if (signature.Shingles.Length < 8)
            return null;
        long best = -1;
        var bestOrder = int.MaxValue;
        var bestSimilarity = -1.0;
        var candidates = _index.Candidates(MinHashIndex.Signature(signature.Shingles));
        var body = signature.BodyShingles.Length >= MinBodyShingles;
        if (body)
            candidates.UnionWith(_bodyIndex.Candidates(MinHashIndex.Signature(signature.BodyShingles)));
        foreach (var candidate in candidates)
        {
            var original = _originals[candidate];
            // Republication happens within days; a templated bulletin a month later is not a copy.
            if ((story.Published - original.Published).Duration() > CopyWindow)
                continue;
            var similarity = Shingles.Jaccard(signature.Shingles, original.Shingles);
            var copy = similarity >= threshold
                       || body && original.Body.Length >= MinBodyShingles && Shingles.Jaccard(signature.BodyShingles, original.Body) >= BodySimilarity;
            // Among copies, the closest original (then the earliest) is the one copied.
            if (copy && (best < 0 || similarity > bestSimilarity || similarity == bestSimilarity && original.Order < bestOrder))
            {
                best = candidate;
                bestOrder = original.Order;
                bestSimilarity = similarity;
            }
        }
        return best >= 0 ? (best, "copy") : null;
    }

    /// <summary>Records a story: as an original (indexed) or as a copy of <paramref name="copyOf"/>.</summary>
    public void Add(Story story, StorySignature signature, long? copyOf)
    {
        if (copyOf is { } original)
        {
            _originalOf[story.Id] = Root(original);
            if (story.Url is { } copyUrl)
                _byUrl.TryAdd(copyUrl, story.Id);
            return;
        }
        if (story.Url is { } url && !_byUrl.TryAdd(url, story.Id))
            return;
        if (signature.Shingles.Length < 8 || _originals.ContainsKey(story.Id))
            return;
        _originals[story.Id] = (story.Published, signature.Shingles, signature.BodyShingles, _originals.Count);
        _index.Add(story.Id, MinHashIndex.Signature(signature.Shingles));
        if (signature.BodyShingles.Length >= MinBodyShingles)
            _bodyIndex.Add(story.Id, MinHashIndex.Signature(signature.BodyShingles));
    }

    private long Root(long id) => _originalOf.TryGetValue(id, out var original) ? original : id;
}
