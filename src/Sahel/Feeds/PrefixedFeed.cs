using System.Xml.Linq;
using CodeHollow.FeedReader;

namespace Sahel.Feeds;

/// <summary>
/// Fallback for one shape CodeHollow cannot read: a feed whose core elements all carry a namespace prefix while the
/// root declares no default namespace (<c>&lt;r:rss xmlns:r="http://backend.userland.com/rss2"&gt;&lt;r:channel&gt;…</c>,
/// RDF with <c>&lt;rss:channel&gt;</c>, <c>&lt;atom:feed&gt;</c>). CodeHollow looks up every element in the root's default
/// namespace only: for RSS it throws, for Atom it returns a feed with no title and no entries. The prefixed elements
/// are moved into the default namespace and the document is given to CodeHollow again. Only these rare documents
/// are parsed twice.
/// </summary>
internal static class PrefixedFeed
{
    /// <summary>After CodeHollow threw on an &lt;rss&gt; or RDF root: null when the channel is not merely prefixed.</summary>
    public static Feed? ReadRss(string text)
    {
        XDocument doc;
        try { doc = XDocument.Parse(text); }
        catch (System.Xml.XmlException) { return null; }
        if (doc.Root is not { } root) return null;
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        if (channel is null || channel.Name.Namespace == root.GetDefaultNamespace()) return null;
        return Reread(doc, channel.Name.Namespace);
    }

    /// <summary>After CodeHollow read an Atom feed: a better reading when its root was prefixed, else null.</summary>
    public static Feed? RereadAtom(Feed feed)
    {
        var root = feed.SpecificFeed?.Element;
        if (feed.Type != FeedType.Atom || root?.Document is not { } doc || root.Name.Namespace == root.GetDefaultNamespace()) return null;
        return Reread(doc, root.Name.Namespace);
    }

    private static Feed? Reread(XDocument doc, XNamespace core)
    {
        var target = doc.Root!.GetDefaultNamespace();
        foreach (var e in doc.Descendants().Where(e => e.Name.Namespace == core).ToList()) e.Name = target + e.Name.LocalName;
        try { return FeedReader.ReadFromString(doc.ToString(SaveOptions.DisableFormatting)); }
        catch (Exception e) when (e is NullReferenceException or ArgumentNullException) { return null; }
    }
}
