using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using Sahel.Model;
using static Sahel.Feeds.XmlFeedNames;

namespace Sahel.Feeds;

/// <summary>
/// CodeHollow's RSS 0.9x/2.0, Media RSS and RDF (RSS 1.0) model to a <see cref="ParsedFeed"/>. CodeHollow finds the
/// channel and its items and reads the core elements; the channel's extension elements (dc:, atom:link) and
/// xml:lang/xml:base come from its raw <c>Element</c>, the items' from <see cref="RssItemMapper"/>.
/// </summary>
internal static class RssMapper
{
    public static ParsedFeed Map(Feed feed, Uri? source, IReadOnlyList<string> warnings)
    {
        var channel = feed.SpecificFeed.Element;
        string? dcTitle = null, dcLanguage = null, atomHref = null;
        foreach (var e in channel.Elements())
        {
            var local = e.Name.LocalName;
            if (e.Name.Namespace == Dc && local == "language") dcLanguage ??= e.Value;
            else if (e.Name.Namespace == Dc && local == "title") dcTitle ??= e.Value;
            else if (e.Name.Namespace == Atom10 && local == "link" && IsAlternate((string?)e.Attribute("rel"))) atomHref ??= (string?)e.Attribute("href");
        }

        var channelBase = BaseFor(channel, source);
        var siteLink = LinkResolver.Resolve(feed.Link, channelBase) ?? LinkResolver.Resolve(atomHref, channelBase);
        var language = FeedLanguage.Normalise(Blank(feed.Language) ?? dcLanguage ?? LangOf(channel, null));
        var itemStart = siteLink is null ? source : new Uri(siteLink);
        var items = new List<ParsedItem>(feed.Items.Count);
        foreach (var item in feed.Items) items.Add(RssItemMapper.Map(item, itemStart));
        // CodeHollow types every rdf:RDF root (RSS 1.0 and 0.90) as Rss_1_0.
        var format = feed.Type == FeedType.Rss_1_0 ? FeedFormat.Rdf : FeedFormat.Rss;
        return new ParsedFeed(format, FeedText.Title(feed.Title) ?? FeedText.Title(dcTitle), siteLink, language, items, warnings);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
