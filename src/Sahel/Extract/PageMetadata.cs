using AngleSharp.Dom;
using Sahel.Feeds;

namespace Sahel.Extract;

/// <summary>
/// The article's metadata, read from the page before any element is removed. Each field takes the most
/// trusted source that has it: JSON-LD, then meta tags, then what the page shows (see docs/extract.md).
/// </summary>
internal sealed record PageMetadata(ExtractedArticle Article)
{
    public string? Title => Article.Title;
    public string? Language => Article.Language;

    public static PageMetadata Read(IDocument document, string? contentLanguage, Uri? pageUrl)
    {
        var ld = JsonLdArticle.Find(document);
        var meta = new MetaTags(document);
        // The visible byline is the least trusted source and the costliest to find: read only when needed.
        var byline = new Lazy<(string? Author, DateTimeOffset? Date)>(() => Bylines.Byline(document));

        var (published, source) = FirstDate(
            (ld?.Published, "json-ld"),
            (meta.First("article:published_time", "article:published", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
                "dc.date.issued", "dcterms.issued", "dc.date", "date", "sailthru.date", "parsely-pub-date"), "meta"));
        if (published is null && Bylines.TimeElement(document) is { } time)
            (published, source) = (time, "time");
        var canonical = Absolute(document.QuerySelector("link[rel~=canonical i][href]")?.GetAttribute("href"), pageUrl)
            ?? Absolute(meta.First("og:url"), pageUrl) ?? Absolute(ld?.Url, pageUrl);
        // A saved page has no URL of its own; its canonical URL carries the same date.
        if (published is null && VisibleDates.FromUrl(pageUrl ?? (canonical is null ? null : new Uri(canonical))) is { } fromUrl)
            (published, source) = (fromUrl, "url");
        if (published is null && byline.Value.Date is { } bylineDate)
            (published, source) = (bylineDate, "byline");

        var (modified, _) = FirstDate(
            (ld?.Modified, "json-ld"),
            (meta.First("article:modified_time", "article:modified", "og:updated_time", "dateModified", "dcterms.modified", "last-modified"), "meta"));

        var article = new ExtractedArticle
        {
            Title = FindTitle(document, ld, meta),
            CanonicalUrl = canonical,
            Published = published,
            PublishedSource = source,
            Modified = modified,
            Author = Bylines.WithoutLead(ld?.Author ?? Person(meta.First("author", "article:author", "dc.creator", "sailthru.author", "parsely-author")) ?? byline.Value.Author),
            Language = FindLanguage(document, contentLanguage, meta, ld),
            SiteName = meta.First("og:site_name", "application-name", "publisher") ?? ld?.Publisher,
            LeadImage = Absolute(meta.First("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"), pageUrl)
                ?? Absolute(ld?.Image, pageUrl),
        };
        return new PageMetadata(article);
    }

    private static (DateTimeOffset? Date, string? Source) FirstDate(params (string? Text, string Source)[] candidates)
    {
        foreach (var (text, source) in candidates)
        {
            if (FeedDateParser.TryParse(text, out var date))
                return (date, source);
        }
        return (null, null);
    }

    private static string? FindTitle(IDocument document, JsonLdArticle? ld, MetaTags meta)
    {
        var title = ld?.Headline ?? meta.First("og:title", "twitter:title", "dc.title", "headline");
        if (title is null)
        {
            var h1 = document.QuerySelectorAll("h1").Select(h => Whitespace.Collapse(h.TextContent)).FirstOrDefault(t => t.Length > 0);
            title = h1 ?? (document.Title is { Length: > 0 } t ? Whitespace.Collapse(t) : null);
        }
        return string.IsNullOrWhiteSpace(title) ? null : System.Net.WebUtility.HtmlDecode(title);
    }

    /// <summary>A meta author is sometimes a profile URL; that is not a name.</summary>
    private static string? Person(string? value) =>
        value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;

    private static string? FindLanguage(IDocument document, string? contentLanguage, MetaTags meta, JsonLdArticle? ld)
    {
        foreach (var candidate in new[]
                 {
                     document.DocumentElement?.GetAttribute("lang"), document.DocumentElement?.GetAttribute("xml:lang"),
                     contentLanguage?.Split(',')[0], meta.First("content-language", "og:locale", "language", "dc.language"), ld?.Language,
                 })
        {
            if (Normalize.StoryLanguage.Primary(candidate?.Replace('_', '-')) is { Length: >= 2 } primary)
                return primary;
        }
        return null;
    }

    private static string? Absolute(string? href, Uri? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
            return null;
        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.ToString();
        if (pageUrl is not null && Uri.TryCreate(pageUrl, href, out var resolved) && resolved.Scheme is "http" or "https")
            return resolved.ToString();
        return null;
    }
}
