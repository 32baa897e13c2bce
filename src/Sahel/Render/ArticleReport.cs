using Sahel.Extract;

namespace Sahel.Render;

/// <summary>What `sahel extract` shows: one page's article as sahel extracted it, and where the page came from.</summary>
public sealed record ArticleReport(ExtractedArticle Article, string Source);
