using System.IO.Hashing;
using System.Text;
using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Store;

/// <summary>
/// A parsed item made ready for the items table: its identity key, canonical URL, a title it is never
/// without, its language, its date (or the first-seen time, flagged), and a hash of what a reader sees.
/// </summary>
internal sealed record ItemRow(
    ParsedItem Item,
    string Key,
    string? CanonicalUrl,
    string Title,
    string? Lang,
    DateTimeOffset Published,
    bool PublishedIsEstimated,
    string ContentHash)
{
    public static ItemRow? From(ParsedItem item, FeedRecord feed, ParsedFeed parsed, DateTimeOffset now)
    {
        var canonical = Normalize.CanonicalUrl.Canonicalize(item.Link);
        var guid = string.IsNullOrWhiteSpace(item.Guid) ? null : item.Guid.Trim();
        var title = BestTitle(item);
        if (guid is null && canonical is null && title is null)
            return null;

        // guid first (the feed's own identity), else the canonical link, else the text itself.
        var key = guid is not null ? "guid:" + guid
            : canonical is not null ? "url:" + canonical
            : "text:" + Hash(title + "\0" + item.SummaryHtml);
        var published = item.Published ?? item.Updated;
        return new ItemRow(
            item,
            key,
            canonical,
            title ?? "(untitled)",
            StoryLanguage.Decide(item, feed.Lang, parsed.Language, title),
            published ?? now,
            published is null,
            TextHash.Of(title, item.Link, item.SummaryHtml, item.ContentHtml, item.Author));
    }

    private static string? BestTitle(ParsedItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.Title))
            return HtmlText.CollapseWhitespace(item.Title);
        var fromSummary = HtmlText.ToPlainText(item.SummaryHtml ?? item.ContentHtml);
        return fromSummary.Length == 0 ? null : HtmlText.Truncate(fromSummary, 120);
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(XxHash3.Hash(Encoding.UTF8.GetBytes(text)));
}
