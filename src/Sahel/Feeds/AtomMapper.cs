using System.Xml.Linq;
using Sahel.Model;
using static Sahel.Feeds.XmlFeedNames;

namespace Sahel.Feeds;

/// <summary>
/// Atom 1.0 (and the Atom 0.3 that old blogs still serve) to <see cref="ParsedFeed"/>. Honours xml:base at
/// every level, picks the rel="alternate" link, and inherits the feed's author when an entry has none.
/// </summary>
internal static class AtomMapper
{
    public static ParsedFeed Map(XElement feed, Uri? source, IReadOnlyList<string> warnings)
    {
        XElement? title = null, author = null;
        string? lang = null;
        var links = new List<XElement>();
        var entries = new List<XElement>();
        foreach (var e in feed.Elements())
        {
            var local = e.Name.LocalName;
            // Accept the root's own namespace too: old generators invented their own Atom namespace URIs.
            if (IsAtom(e.Name.Namespace) || e.Name.Namespace == XNamespace.None || e.Name.Namespace == feed.Name.Namespace)
            {
                if (local == "entry") entries.Add(e);
                else if (local == "title") title ??= e;
                else if (local == "link") links.Add(e);
                else if (local == "author") author ??= e;
            }
            else if (e.Name.Namespace == Dc && local == "language") lang ??= e.Value;
        }
        var siteLink = AlternateLink(links, source);
        var language = FeedLanguage.Normalise(LangOf(feed, null) ?? lang);
        var feedAuthor = PersonName(author);
        var start = siteLink is null ? source : new Uri(siteLink);
        var items = entries.Select(e => MapEntry(e, source, start, language, feedAuthor)).ToList();
        return new ParsedFeed(FeedFormat.Atom, PlainText(title), siteLink, language, items, warnings);
    }

    private static ParsedItem MapEntry(XElement entry, Uri? source, Uri? start, string? feedLanguage, string? feedAuthor)
    {
        XElement? title = null, summary = null, content = null, author = null;
        string? id = null, published = null, updated = null, created = null, lang = null;
        var links = new List<XElement>();
        var categories = new List<string>();
        foreach (var e in entry.Elements())
        {
            var ns = e.Name.Namespace;
            var local = e.Name.LocalName;
            if (IsAtom(ns) || ns == XNamespace.None || ns == entry.Name.Namespace)
            {
                switch (local)
                {
                    case "title": title ??= e; break;
                    case "link": links.Add(e); break;
                    case "id": id ??= e.Value; break;
                    case "summary": summary ??= e; break;
                    case "content": content ??= e; break;
                    case "author": author ??= e; break;
                    case "published" or "issued": published ??= e.Value; break;
                    case "updated" or "modified": updated ??= e.Value; break;
                    case "created": created ??= e.Value; break;
                    case "category":
                        if (FeedText.Title((string?)e.Attribute("term") ?? (string?)e.Attribute("label")) is { } term) categories.Add(term);
                        break;
                }
            }
            else if (ns == Dc && local == "language") lang ??= e.Value;
            else if (ns == Dc && local == "date") published ??= e.Value;
        }
        // Relative links resolve against xml:base first, then the feed's site link, then where the feed came from.
        var link = AlternateLink(links, HasBase(entry) ? source ?? start : start);
        return new ParsedItem
        {
            Guid = FeedText.Collapse(id),
            Link = link,
            Title = PlainText(title),
            SummaryHtml = Html(summary),
            ContentHtml = Html(content),
            Author = PersonName(author) ?? feedAuthor,
            Categories = categories.Distinct().ToList(),
            Language = FeedLanguage.Normalise(LangOf(entry, entry.Parent) ?? lang) ?? feedLanguage,
            Published = SyndicationMapper.ParseDate(published) ?? SyndicationMapper.ParseDate(created),
            Updated = SyndicationMapper.ParseDate(updated),
        };
    }

    /// <summary>The rel="alternate" link (HTML preferred), resolved against its own xml:base chain.</summary>
    private static string? AlternateLink(List<XElement> links, Uri? start)
    {
        string? best = null;
        foreach (var l in links)
        {
            if (!SyndicationMapper.IsAlternate(l)) continue;
            var href = LinkResolver.Resolve((string?)l.Attribute("href") ?? l.Value, BaseFor(l, start));
            if (href is null) continue;
            var type = (string?)l.Attribute("type");
            if (type is null || type.Contains("html", StringComparison.OrdinalIgnoreCase)) return href;
            best ??= href;
        }
        return best;
    }

    private static bool HasBase(XElement e)
    {
        for (var a = e; a is not null; a = a.Parent)
        {
            if (a.Attribute(XmlBase) is not null) return true;
        }
        return false;
    }

    private static string? PersonName(XElement? person)
    {
        if (person is null) return null;
        string? name = null, email = null;
        foreach (var e in person.Elements())
        {
            if (e.Name.LocalName == "name") name ??= FeedText.Collapse(e.Value);
            else if (e.Name.LocalName == "email") email ??= FeedText.Collapse(e.Value);
        }
        return name ?? email ?? FeedText.Collapse(person.Value);
    }
}
