using Sahel.Diff.Claims;
using Sahel.Model;
using Sahel.Normalize;
using Sahel.Store;

namespace Sahel.Diff.Versions;

/// <summary>Compares two versions of an article, and picks which two a window of time asks for.</summary>
public static class ArticleComparer
{
    /// <param name="versions">All the article's versions, oldest first (at least one).</param>
    /// <param name="from">The older version's number.</param>
    /// <param name="to">The newer version's number.</param>
    public static ArticleComparison Compare(Story story, IReadOnlyList<ItemVersion> versions, int from, int to)
    {
        var before = versions.Single(v => v.Number == from);
        var after = versions.Single(v => v.Number == to);
        var beforeTitle = ComparableText.OfTitle(before.Title);
        var afterTitle = ComparableText.OfTitle(after.Title);
        var (beforeText, afterText) = ItemVersion.ComparedTexts(before, after);
        var claims = ClaimChanges.Compare(
            ClaimExtractor.Extract(beforeTitle, beforeText, story.Lang),
            ClaimExtractor.Extract(afterTitle, afterText, story.Lang));
        return new ArticleComparison(story, versions, before, after,
            WordDiff.Between(beforeTitle, afterTitle), WordDiff.Between(beforeText, afterText), claims);
    }

    /// <summary>
    /// The versions a window compares: the article as it stood when the window opened (the last version seen
    /// before <paramref name="since"/>, else the original) and as it stood when it closed (the last version
    /// seen before <paramref name="until"/>, else the latest).
    /// </summary>
    public static (int From, int To) Window(IReadOnlyList<ItemVersion> versions, DateTimeOffset? since, DateTimeOffset? until)
    {
        var to = versions.LastOrDefault(v => until is null || v.SeenAt < until) ?? versions[0];
        var from = since is { } start ? versions.LastOrDefault(v => v.SeenAt < start) ?? versions[0] : versions[0];
        return (Math.Min(from.Number, to.Number), to.Number);
    }
}
