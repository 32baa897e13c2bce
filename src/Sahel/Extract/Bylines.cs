using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>
/// What the page shows readers about the story itself: <c>&lt;time datetime&gt;</c> and the byline ("Par …",
/// "By …", "بقلم …") with its date. Elements inside related stories, teasers, comments, asides or links are
/// never read: their dates belong to other articles.
/// </summary>
internal static partial class Bylines
{
    public static DateTimeOffset? TimeElement(IDocument document)
    {
        foreach (var time in document.QuerySelectorAll("time[datetime], [itemprop=datePublished][datetime], [itemprop=datePublished][content]"))
        {
            if (BelongsToAnotherStory(time))
                continue;
            var value = time.GetAttribute("datetime") ?? time.GetAttribute("content");
            if (Sahel.Feeds.FeedDateParser.TryParse(value, out var date))
                return date;
        }
        return null;
    }

    public static (string? Author, DateTimeOffset? Date) Byline(IDocument document)
    {
        string? author = null;
        DateTimeOffset? date = null;
        var body = document.Body;
        if (body is null)
            return (null, null);
        foreach (var element in body.QuerySelectorAll("[class], [id], [rel=author], [itemprop=author]"))
        {
            if (author is not null && date is not null)
                break;
            if (!LooksLikeByline(element) || BelongsToAnotherStory(element))
                continue;
            var text = Whitespace.Collapse(element.TextContent);
            if (text.Length is 0 or > 200)
                continue;
            if (author is null && AuthorPattern().Match(text) is { Success: true } m)
                author = m.Groups["name"].Value.Trim();
            else if (author is null && (element.GetAttribute("rel") == "author" || element.GetAttribute("itemprop") == "author") && text.Length < 80)
                author = text;
            date ??= VisibleDates.FromText(text);
        }
        return (author, date);
    }

    /// <summary>"By Jane Doe" → "Jane Doe": metadata authors sometimes keep the byline's lead word.</summary>
    public static string? WithoutLead(string? author)
    {
        if (author is null)
            return null;
        var m = LeadWord().Match(author);
        return m.Success && m.Length < author.Length ? author[m.Length..] : author;
    }

    private static readonly string[] BylineNames =
    [
        "byline", "author", "dateline", "date", "publi", "posted", "submitted", "signature", "info", "meta", "timestamp",
    ];

    private static readonly string[] OtherStories =
    [
        "related", "recommend", "teaser", "comment", "sidebar", "widget", "more-stories", "morestories", "read-more",
        "readmore", "also", "popular", "trending", "outbrain", "taboola", "card", "promo", "newsfeed",
    ];

    private static bool LooksLikeByline(IElement element) =>
        element.GetAttribute("rel") == "author" || element.GetAttribute("itemprop") == "author" ||
        ContentNames.ContainsAny(ContentNames.Names(element), BylineNames);

    public static bool BelongsToAnotherStory(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "aside" or "nav" or "footer" or "a" or "li")
                return true;
            if (ContentNames.ContainsAny(ContentNames.Names(e), OtherStories))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"^(?:By|Par|Written by|بقلم|كتب)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadWord();

    [GeneratedRegex(@"^(?:Par|By|Written by|Texte de|بقلم|كتب|كتبت|إعداد)\s*:?\s*(?<name>[^,|–—@\d]{2,60}?)(?=\s*(?:[,|–—·•]|\s(?:le|on|publié|published|updated|mis à jour|في|-)\s|\d|$))", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorPattern();
}
