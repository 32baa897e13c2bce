namespace Sahel.Extract;

/// <summary>
/// What the extract stage found in one article page: the body as blocks and plain text, and its metadata.
/// Every text field is plain text taken from a hostile page: renderers still escape it.
/// </summary>
public sealed record ExtractedArticle
{
    public string? Title { get; init; }
    /// <summary><c>link rel=canonical</c>, else <c>og:url</c>, absolute.</summary>
    public string? CanonicalUrl { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Author { get; init; }
    /// <summary>A primary language subtag ("fr", "ar", "en"): <c>html lang</c>, Content-Language, then detection.</summary>
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    /// <summary>The lead image, absolute http(s).</summary>
    public string? LeadImage { get; init; }

    /// <summary>The body as plain text, blocks separated by a blank line ("\n\n").</summary>
    public string Text { get; init; } = "";
    /// <summary>The body, in order.</summary>
    public IReadOnlyList<ArticleBlock> Blocks { get; init; } = [];

    /// <summary>"rtl" or "ltr": the page's declared direction, else the direction of the body's script.</summary>
    public string Direction { get; init; } = "ltr";
    /// <summary>The encoding actually used to decode the bytes, e.g. "windows-1256".</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>False when no article body could be found; <see cref="Failure"/> then says why.</summary>
    public bool HasArticle { get; init; }
    /// <summary>A one-line reason when <see cref="HasArticle"/> is false.</summary>
    public string? Failure { get; init; }
    /// <summary>Where each date came from, for people checking what sahel saw (e.g. "json-ld", "meta", "url").</summary>
    public string? PublishedSource { get; init; }
    /// <summary>Decoding notes (declared charset disagreeing with the bytes, and so on).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
