using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using Sahel.Model;
using static Sahel.Feeds.XmlFeedNames;

namespace Sahel.Feeds;

/// <summary>One RSS or RDF item: CodeHollow's fields first, the extension elements read in one pass over the raw element.</summary>
internal static class RssItemMapper
{
    public static ParsedItem Map(FeedItem item, Uri? start)
    {
        var element = item.SpecificItem.Element;
        var x = ItemExtras.Read(element);
        // CodeHollow's Id is the guid for RSS 2.0, but the link for RSS 0.9x and RDF: sahel keeps the document's own id.
        var guid = item.SpecificItem is Rss20FeedItem or MediaRssFeedItem ? item.Id : x.Guid;
        // CodeHollow's PublishingDateString is pubDate, except for RDF where it is dc:date.
        var pubDate = item.SpecificItem is Rss10FeedItem ? null : item.PublishingDateString;
        var baseUri = BaseFor(element, start);
        var link = LinkResolver.Resolve(item.Link, baseUri) ?? LinkResolver.Resolve(x.AtomHref, baseUri)
            ?? (x.GuidIsLink ? LinkResolver.Resolve(guid, null) : null);
        var categories = item.Categories is { Count: > 0 } c ? (x.Subjects is null ? c : c.Concat(x.Subjects)) : x.Subjects;
        return new ParsedItem
        {
            // An RDF item's identity is its rdf:about when it has no guid.
            Guid = FeedText.Collapse(guid) ?? FeedText.Collapse((item.SpecificItem as Rss10FeedItem)?.About),
            Link = link,
            Title = FeedText.Title(item.Title) ?? FeedText.Title(x.DcTitle) ?? FeedText.Title(x.MediaTitle),
            SummaryHtml = FeedText.Blank(item.Description ?? x.DcDescription),
            // The raw content:encoded: CodeHollow's Content has been HTML-decoded once more than the document says.
            ContentHtml = FeedText.Blank(x.Encoded),
            // Every dc:creator is kept, as JSON Feed and Atom keep every author.
            Author = Names(x.Creators) ?? FeedText.Name(item.Author ?? x.ItunesAuthor),
            Categories = categories?.Select(FeedText.Title).OfType<string>().Distinct().ToList() ?? [],
            // The item's own declaration only: the feed's is a weaker prior, weighed against the text later (StoryLanguage).
            Language = FeedLanguage.Normalise(LangOf(element, element.Parent) ?? x.DcLanguage),
            // Dates are read by sahel: CodeHollow's PublishingDate depends on the current culture.
            Published = FeedDateParser.ParseOrNull(pubDate) ?? FeedDateParser.ParseOrNull(x.DcDate) ?? FeedDateParser.ParseOrNull(x.Issued),
            Updated = FeedDateParser.ParseOrNull(x.Modified) ?? (pubDate is not null ? FeedDateParser.ParseOrNull(x.DcDate) : null),
        };
    }

    private static string? Names(List<string>? names)
    {
        if (names is null) return null;
        var clean = names.Select(FeedText.Name).OfType<string>().Distinct().ToList();
        return clean.Count == 0 ? null : string.Join(", ", clean);
    }

    /// <summary>What CodeHollow's typed item lacks, gathered in one pass over the item's children.</summary>
    private sealed class ItemExtras
    {
        public List<string>? Creators;
        public string? Guid, DcDate, DcLanguage, DcTitle, DcDescription, Encoded, MediaTitle, ItunesAuthor, Issued, Modified, AtomHref;
        public bool GuidIsLink = true;
        public List<string>? Subjects;

        public static ItemExtras Read(XElement item)
        {
            var x = new ItemExtras();
            var core = item.Name.Namespace;
            foreach (var e in item.Elements())
            {
                var ns = e.Name.Namespace;
                var local = e.Name.LocalName;
                if (ns == core && local == "guid" && x.Guid is null)
                {
                    x.Guid = e.Value;
                    x.GuidIsLink = !string.Equals(((string?)e.Attribute("isPermaLink"))?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                }
                else if (ns == Dc) x.ReadDublinCore(local, e.Value);
                else if (ns == Content && local == "encoded") x.Encoded ??= e.Value;
                else if (ns == Media && local == "title") x.MediaTitle ??= e.Value;
                // iTunes' namespace is matched without case: feeds write ".../DTDs/Podcast-1.0.dtd" as often as the documented form.
                else if (local == "author" && ns.NamespaceName.Equals(Itunes.NamespaceName, StringComparison.OrdinalIgnoreCase)) x.ItunesAuthor ??= e.Value;
                else if (ns == DcTerms && local is "issued" or "created") x.Issued ??= e.Value;
                else if (ns == DcTerms && local == "modified") x.Modified ??= e.Value;
                else if (ns == Atom10 && local == "link" && IsAlternate((string?)e.Attribute("rel"))) x.AtomHref ??= (string?)e.Attribute("href");
            }
            return x;
        }

        private void ReadDublinCore(string local, string value)
        {
            switch (local)
            {
                case "creator" or "author": (Creators ??= []).Add(value); break;
                case "date": DcDate ??= value; break;
                case "language": DcLanguage ??= value; break;
                case "subject": (Subjects ??= []).Add(value); break;
                case "description": DcDescription ??= value; break;
                case "title": DcTitle ??= value; break;
            }
        }
    }
}
