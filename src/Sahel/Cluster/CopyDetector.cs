using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// Folds copies: the same canonical URL or guid seen in several feeds is one story, and near-identical text
/// (word-shingle Jaccard at or above the threshold) is a republished copy. Each copy group's original is its
/// earliest story; every other member points to it.
/// </summary>
public static class CopyDetector
{
    private static readonly TimeSpan CopyWindow = TimeSpan.FromDays(7);

    /// <summary>Maps each copy's index to its original's index. Stories must be sorted oldest first.</summary>
    public static Dictionary<int, int> Find(IReadOnlyList<Story> stories, IReadOnlyList<StorySignature> signatures, double threshold)
    {
        var originalOf = new Dictionary<int, int>();
        var byUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = new MinHashIndex();
        var shingles = new ulong[stories.Count][];
        for (var i = 0; i < stories.Count; i++)
        {
            if (stories[i].Url is { } url && !byUrl.TryAdd(url, i))
            {
                originalOf[i] = Root(originalOf, byUrl[url]);
                continue;
            }
            shingles[i] = signatures[i].Shingles;
            // Very short texts (a bare headline) share shingles by accident too often to call them copies.
            if (shingles[i].Length < 8)
                continue;
            var best = -1;
            var bestSimilarity = threshold;
            var signature = MinHashIndex.Signature(shingles[i]);
            foreach (var candidate in index.Candidates(signature))
            {
                // Republication happens within days; a templated bulletin a month later is not a copy.
                if (stories[i].Published - stories[candidate].Published > CopyWindow)
                    continue;
                var similarity = Shingles.Jaccard(shingles[i], shingles[candidate]);
                if (similarity >= bestSimilarity && (best < 0 || similarity > bestSimilarity || candidate < best))
                {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
            // Only originals are indexed: a copy is found through its original, so a story repeated a thousand
            // times costs one comparison, not a thousand.
            if (best >= 0)
                originalOf[i] = Root(originalOf, best);
            else
                index.Add(i, signature);
        }
        return originalOf;
    }

    private static int Root(Dictionary<int, int> originalOf, int index) =>
        originalOf.TryGetValue(index, out var original) ? original : index;
}
