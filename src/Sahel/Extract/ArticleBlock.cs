namespace Sahel.Extract;

/// <summary>What a block of the article body is, so renderers can keep headings, lists and quotes.</summary>
public enum ArticleBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
}

/// <summary>One block of the article body, as plain text (whitespace collapsed, no markup).</summary>
public sealed record ArticleBlock(ArticleBlockKind Kind, string Text);
