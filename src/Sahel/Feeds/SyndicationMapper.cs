using System.Xml.Linq;
using Sahel.Model;
using static Sahel.Feeds.XmlFeedNames;

namespace Sahel.Feeds;

/// <summary>
/// Maps a parsed XML document (RSS 0.9x/2.0, RDF/RSS 1.0, Atom 0.3/1.0) to a <see cref="ParsedFeed"/>.
/// Reads the XElements directly, in one pass per item, so dates, links and text are interpreted by sahel's
/// own rules (invariant dates, xml:base, http-only links) rather than by a library's defaults.
/// </summary>
internal static class SyndicationMapper
{
    public static ParsedFeed Map(XDocument doc, string sourceLocation, IReadOnlyList<string> warnings)
    {
        var root = doc.Root ?? throw new FeedParseException("not a feed: the document has no root element");
        var source = Uri.TryCreate(sourceLocation, UriKind.Absolute, out var s) && LinkResolver.IsHttp(s) ? s : null;
        var name = root.Name.LocalName;
        if (name == "feed") return AtomMapper.Map(root, source, warnings);
        if (name is "rss" or "RDF" or "channel") return MapRss(root, name == "RDF" ? FeedFormat.Rdf : FeedFormat.Rss, source, warnings);
        if (name.Equals("html", StringComparison.OrdinalIgnoreCase)) throw new FeedParseException("not a feed: got an HTML page");
        throw new FeedParseException($"not a feed: the root element is <{root.Name.LocalName}>");
    }

    private static ParsedFeed MapRss(XElement root, FeedFormat format, Uri? source, IReadOnlyList<string> warnings)
    {
        var channel = root.Name.LocalName == "channel" ? root : root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        string? title = null, link = null, lang = null;
        XElement? atomLink = null;
        var items = new List<XElement>();
        if (channel is not null)
        {
            foreach (var e in channel.Elements())
            {
                var ns = e.Name.Namespace;
                var local = e.Name.LocalName;
                if (IsRssCore(ns) || ns == channel.Name.Namespace)
                {
                    if (local == "item") items.Add(e);
                    else if (local == "title") title ??= FeedText.Title(e.Value);
                    else if (local == "link") link ??= e.Value;
                    else if (local == "language") lang ??= e.Value;
                }
                else if (ns == Dc && local == "language") lang ??= e.Value;
                else if (ns == Dc && local == "title") title ??= FeedText.Title(e.Value);
                else if (ns == Atom10 && local == "link" && IsAlternate(e)) atomLink ??= e;
            }
        }
        // RDF and RSS 0.90 put items beside the channel, not inside it.
        if (root != channel) items.AddRange(root.Elements().Where(e => e.Name.LocalName == "item" && (IsRssCore(e.Name.Namespace) || e.Name.Namespace == root.GetDefaultNamespace())));

        var channelBase = channel is null ? source : BaseFor(channel, source);
        var siteLink = LinkResolver.Resolve(link, channelBase) ?? LinkResolver.Resolve((string?)atomLink?.Attribute("href"), channelBase);
        var language = FeedLanguage.Normalise(lang ?? LangOf(channel ?? root, null) ?? LangOf(root, null));
        var itemStart = siteLink is null ? source : new Uri(siteLink);
        var parsed = items.Select(i => MapItem(i, itemStart, language, channel?.Name.Namespace ?? XNamespace.None)).ToList();
        return new ParsedFeed(format, title, siteLink, language, parsed, warnings);
    }

    private static ParsedItem MapItem(XElement item, Uri? start, string? feedLanguage, XNamespace channelNs)
    {
        string? title = null, link = null, guid = null, description = null, content = null, creator = null, author = null;
        string? pubDate = null, dcDate = null, issued = null, modified = null, lang = null, atomHref = null, mediaTitle = null;
        var guidIsLink = true;
        List<string>? categories = null;
        foreach (var e in item.Elements())
        {
            var ns = e.Name.Namespace;
            var local = e.Name.LocalName;
            if (IsRssCore(ns) || ns == channelNs)
            {
                switch (local)
                {
                    case "title": title ??= e.Value; break;
                    case "link": link ??= e.Value; break;
                    case "guid":
                        guid ??= e.Value;
                        guidIsLink = !string.Equals(((string?)e.Attribute("isPermaLink"))?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "description": description ??= e.Value; break;
                    case "author": author ??= e.Value; break;
                    case "pubDate": pubDate ??= e.Value; break;
                    case "category": (categories ??= []).Add(e.Value); break;
                }
            }
            else if (ns == Dc)
            {
                switch (local)
                {
                    case "creator" or "author": creator ??= e.Value; break;
                    case "date": dcDate ??= e.Value; break;
                    case "language": lang ??= e.Value; break;
                    case "subject": (categories ??= []).Add(e.Value); break;
                    case "description": description ??= e.Value; break;
                    case "title": title ??= e.Value; break;
                }
            }
            else if (ns == Content && local == "encoded") content ??= e.Value;
            else if (ns == Media && local == "title") mediaTitle ??= e.Value;
            else if (ns == Itunes && local == "author") author ??= e.Value;
            else if (ns == DcTerms && local is "issued" or "created") issued ??= e.Value;
            else if (ns == DcTerms && local == "modified") modified ??= e.Value;
            else if (ns == Atom10 && local == "link" && IsAlternate(e)) atomHref ??= (string?)e.Attribute("href");
        }
        var baseUri = BaseFor(item, start);
        var resolvedLink = LinkResolver.Resolve(link, baseUri) ?? LinkResolver.Resolve(atomHref, baseUri)
            ?? (guidIsLink ? LinkResolver.Resolve(guid, null) : null);
        var published = ParseDate(pubDate) ?? ParseDate(dcDate) ?? ParseDate(issued);
        var updated = ParseDate(modified) ?? (pubDate is not null ? ParseDate(dcDate) : null);
        return new ParsedItem
        {
            // An RDF item's identity is its rdf:about when it has no guid.
            Guid = FeedText.Collapse(guid) ?? FeedText.Collapse((string?)item.Attribute(Rdf + "about")),
            Link = resolvedLink,
            Title = FeedText.Title(title) ?? FeedText.Title(mediaTitle),
            SummaryHtml = Blank(description),
            ContentHtml = Blank(content),
            Author = FeedText.Collapse(creator) ?? FeedText.Collapse(author),
            Categories = categories?.Select(FeedText.Title).OfType<string>().Distinct().ToList() ?? [],
            Language = FeedLanguage.Normalise(LangOf(item, item.Parent) ?? lang) ?? feedLanguage,
            Published = published,
            Updated = updated,
        };
    }

    internal static bool IsAlternate(XElement link)
    {
        var rel = ((string?)link.Attribute("rel"))?.Trim();
        return string.IsNullOrEmpty(rel) || rel == "alternate" || rel == "http://www.iana.org/assignments/relation/alternate";
    }

    internal static DateTimeOffset? ParseDate(string? text) => FeedDateParser.TryParse(text, out var d) ? d : null;

    internal static string? Blank(string? html) => string.IsNullOrWhiteSpace(html) ? null : html.Trim();
}
