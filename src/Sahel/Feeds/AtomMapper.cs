using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using Sahel.Model;
using static Sahel.Feeds.XmlFeedNames;

namespace Sahel.Feeds;

/// <summary>
/// CodeHollow's Atom model (1.0, and the 0.3 old blogs still serve) to a <see cref="ParsedFeed"/>. CodeHollow gives
/// the entries, ids, links, people, categories and date strings; sahel adds xml:base resolution, xml:lang, the
/// text constructs' types (<see cref="AtomText"/>) and the feed author for entries that have none.
/// </summary>
internal static class AtomMapper
{
    public static ParsedFeed Map(Feed feed, AtomFeed atom, Uri? source, IReadOnlyList<string> warnings)
    {
        var root = atom.Element;
        var rootBase = BaseFor(root, source);
        var siteLink = AlternateLink(atom.Links, rootBase) ?? TextLink(root, rootBase);
        var language = FeedLanguage.Normalise(LangOf(root, null) ?? root.Element(Dc + "language")?.Value);
        var feedAuthor = Authors(root);
        var start = siteLink is null ? source : new Uri(siteLink);
        var items = new List<ParsedItem>(feed.Items.Count);
        foreach (var item in feed.Items)
        {
            if (item.SpecificItem is AtomFeedItem entry) items.Add(MapEntry(entry, source, start, feedAuthor));
        }
        var title = AtomText.PlainText(root.Element(root.Name.Namespace + "title"));
        return new ParsedFeed(FeedFormat.Atom, title, siteLink, language, items, warnings);
    }

    private static ParsedItem MapEntry(AtomFeedItem entry, Uri? source, Uri? start, string? feedAuthor)
    {
        var element = entry.Element;
        var atom = element.Name.Namespace;
        XElement? title = null, summary = null, content = null;
        string? dcLanguage = null, dcDate = null;
        foreach (var e in element.Elements())
        {
            var ns = e.Name.Namespace;
            var local = e.Name.LocalName;
            if (ns == atom && local == "title") title ??= e;
            else if (ns == atom && local == "summary") summary ??= e;
            else if (ns == atom && local == "content") content ??= e;
            else if (ns == Dc && local == "language") dcLanguage ??= e.Value;
            else if (ns == Dc && local == "date") dcDate ??= e.Value;
        }
        // Relative links resolve against xml:base first, then the feed's site link, then where the feed came from.
        var baseUri = HasBase(element) ? BaseFor(element, source ?? start) : start;
        return new ParsedItem
        {
            Guid = FeedText.Collapse(entry.Id),
            Link = AlternateLink(entry.Links, baseUri) ?? TextLink(element, baseUri),
            Title = AtomText.PlainText(title),
            SummaryHtml = AtomText.Html(summary),
            ContentHtml = AtomText.Html(content),
            Author = Authors(element) ?? feedAuthor,
            Categories = entry.Categories?.Select(FeedText.Title).OfType<string>().Distinct().ToList() ?? [],
            // The entry's own declaration only: the feed's is a weaker prior, weighed against the text later (StoryLanguage).
            Language = FeedLanguage.Normalise(LangOf(element, element.Parent) ?? dcLanguage),
            // Sahel reads the date strings: CodeHollow's DateTime values depend on the current culture.
            Published = FeedDateParser.ParseOrNull(entry.PublishedDateString) ?? FeedDateParser.ParseOrNull(dcDate),
            Updated = FeedDateParser.ParseOrNull(entry.UpdatedDateString),
        };
    }

    /// <summary>
    /// The rel="alternate" link, HTML preferred. Unlike CodeHollow's own choice, never another rel: a "self",
    /// "edit" or "enclosure" link is not the article.
    /// </summary>
    private static string? AlternateLink(ICollection<AtomLink>? links, Uri? baseUri)
    {
        if (links is null) return null;
        string? best = null;
        foreach (var l in links)
        {
            if (!IsAlternate(l.Relation)) continue;
            var href = LinkResolver.Resolve(l.Href, baseUri);
            if (href is null) continue;
            if (l.LinkType is null || l.LinkType.Contains("html", StringComparison.OrdinalIgnoreCase)) return href;
            best ??= href;
        }
        return best;
    }

    /// <summary>
    /// Fallback for a &lt;link&gt; that gives its URL as text, without href (old generators): CodeHollow's AtomLink
    /// only has the attributes, so the raw elements are read. Only reached when no alternate link has an href.
    /// </summary>
    private static string? TextLink(XElement owner, Uri? baseUri)
    {
        foreach (var l in owner.Elements(owner.Name.Namespace + "link"))
        {
            if (l.Attribute("href") is null && IsAlternate((string?)l.Attribute("rel")) && LinkResolver.Resolve(l.Value, baseUri) is { } href) return href;
        }
        return null;
    }

    /// <summary>Every &lt;author&gt; of a feed or entry (CodeHollow keeps the first only): names, else e-mails, joined with ", ".</summary>
    private static string? Authors(XElement owner)
    {
        var atom = owner.Name.Namespace;
        List<string>? names = null;
        foreach (var author in owner.Elements(atom + "author"))
        {
            var name = FeedText.Name(author.Element(atom + "name")?.Value) ?? FeedText.Name(author.Element(atom + "email")?.Value);
            if (name is not null && !(names ??= []).Contains(name)) names.Add(name);
        }
        return names is null ? null : string.Join(", ", names);
    }
}
