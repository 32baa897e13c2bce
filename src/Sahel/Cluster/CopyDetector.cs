using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// Folds copies in a batch of stories (<see cref="CopyIndex"/> over them in order): each copy group's original
/// is its earliest story; every other member points to it.
/// </summary>
public static class CopyDetector
{
    /// <summary>Maps each copy's index to its original's index. Stories must be sorted oldest first.</summary>
    public static Dictionary<int, int> Find(IReadOnlyList<Story> stories, IReadOnlyList<StorySignature> signatures, double threshold)
    {
        var index = new CopyIndex(threshold);
        var originalOf = new Dictionary<int, int>();
        for (var i = 0; i < stories.Count; i++)
        {
            // Positions stand in for row ids, so the index is independent of the stories' own ids.
            var story = stories[i] with { Id = i };
            var found = index.Find(story, signatures[i]);
            if (found is { } copy)
                originalOf[i] = (int)copy.Original;
            index.Add(story, signatures[i], found?.Original);
        }
        return originalOf;
    }
}
