using Sahel.Diff.Versions;

namespace Sahel.Render;

/// <summary>What `sahel changes` shows: the articles edited in a window, each compared across it.</summary>
public sealed record ChangesReport(
    DateTimeOffset GeneratedAt,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    IReadOnlyList<ArticleComparison> Articles);
