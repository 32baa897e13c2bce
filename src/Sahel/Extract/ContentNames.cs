using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>
/// What an element's class and id say about it. Themes name their blocks after their job in every language
/// sahel reads (the names themselves are English nearly everywhere), so these words are the cheapest strong
/// signal there is. Some words count anywhere in a name ("comments-area"); short ones only as a whole word
/// between spaces, '-' and '_' ("ad-slot" is an ad, "header" and "download" are not). Plain substring and set
/// lookups rather than one large regex: this runs on every element of every page.
/// </summary>
internal static class ContentNames
{
    private static readonly string[] StrongContent =
    [
        "articlebody", "article-body", "article_body", "article__body", "story-body", "story__body", "storybody",
        "post-body", "postbody", "entry-content", "entry_content", "post-content", "story-content", "article-content",
        "article__content", "articletext", "article-text", "storytext", "story-text", "bodytext", "body-text",
        "main-content", "content-body", "entry-body", "single-content", "news-content", "news-body", "field-name-body",
        "field--name-body", "article-texte",
    ];

    private static readonly string[] BoilerplateAnywhere =
    [
        "comment", "disqus", "sharing", "social", "related", "recommend", "newsletter", "subscri", "signup", "sign-up",
        "cookie", "consent", "gdpr", "promo", "sponsor", "advert", "outbrain", "taboola", "mostpopular", "most-popular",
        "trending", "readmore", "read-more", "see-also", "also-read", "more-stories", "more-from", "recirc", "newsfeed",
        "timestamp", "breadcrumb", "sidebar", "side-bar", "paywall", "masthead", "navbar", "pagination", "byline",
        "widget", "popup", "caption", "toolbar", "screen-reader", "visually-hidden", "sr-only", "entry-meta", "post-meta",
    ];

    private static readonly HashSet<string> BoilerplateWords = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "dfp", "gpt", "banner", "footer", "nav", "menu", "pager", "tags", "tag", "topics", "author",
        "bio", "credit", "credits", "print", "skip", "meta", "share", "follow", "rss", "jump", "login", "signin",
        "donate", "popular", "more", "also", "teaser", "teasers", "rail", "modal", "overlay",
    };

    private static readonly string[] Positive = ["article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story"];

    private static readonly string[] Negative =
    [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "gdpr", "masthead", "media", "meta",
        "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
        "tags", "tool", "widget", "teaser", "recommend", "newsletter",
    ];

    private static readonly string[] Discussion = ["comment", "disqus", "respond", "replies"];

    private static readonly char[] WordBreaks = [' ', '-', '_', '\t', '\n'];

    /// <summary>class and id together, lowercase.</summary>
    public static string Names(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        var names = cls is null ? id ?? "" : id is null ? cls : cls + " " + id;
        return names.ToLowerInvariant();
    }

    /// <summary>Named as the story's own text ("article-body", "entry-content", itemprop=articleBody).</summary>
    public static bool IsContent(IElement element) =>
        element.GetAttribute("itemprop") is { } prop && prop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)
        || ContainsAny(Names(element), StrongContent);

    public static bool IsBoilerplate(IElement element)
    {
        var names = Names(element);
        if (names.Length == 0)
            return false;
        if (ContainsAny(names, BoilerplateAnywhere))
            return true;
        foreach (var word in names.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            if (BoilerplateWords.Contains(word) || IsNumberedAd(word))
                return true;
        }
        return false;
    }

    /// <summary>Comments and replies: removed even when they outweigh the story.</summary>
    public static bool IsDiscussion(IElement element) => ContainsAny(Names(element), Discussion);

    /// <summary>Readability's weight: +25 for names of content, −25 for names of everything around it.</summary>
    public static int Weight(IElement element)
    {
        var names = Names(element);
        if (names.Length == 0) return 0;
        var weight = 0;
        if (ContainsAny(names, Positive)) weight += 25;
        if (ContainsAny(names, Negative)) weight -= 25;
        return weight;
    }

    public static bool ContainsAny(string names, string[] words)
    {
        foreach (var word in words)
        {
            if (names.Contains(word, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>"ad1", "ad300x250": an ad slot numbered by the theme.</summary>
    private static bool IsNumberedAd(string word) =>
        word.Length > 2 && word.StartsWith("ad", StringComparison.Ordinal) && char.IsAsciiDigit(word[2]);
}
