using System.Xml.Linq;
using CodeHollow.FeedReader;

namespace Sahel.Feeds;

/// <summary>
/// Fallback for one shape CodeHollow cannot read: RSS whose core elements all carry a namespace prefix and whose root
/// declares no default namespace (<c>&lt;r:rss xmlns:r="http://backend.userland.com/rss2"&gt;&lt;r:channel&gt;…</c>, or RDF
/// with <c>&lt;rss:channel&gt;</c>). CodeHollow looks for the channel in the root's default namespace only and throws.
/// The prefixed elements are moved into that namespace and the document is given to CodeHollow again.
/// Only reached after CodeHollow failed, so the happy path never parses twice.
/// </summary>
internal static class PrefixedRss
{
    public static Feed? Read(string text)
    {
        XDocument doc;
        try { doc = XDocument.Parse(text); }
        catch (System.Xml.XmlException) { return null; }
        if (doc.Root is not { } root) return null;
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var target = root.GetDefaultNamespace();
        if (channel is null || channel.Name.Namespace == target) return null;

        var core = channel.Name.Namespace;
        foreach (var e in doc.Descendants().Where(e => e.Name.Namespace == core).ToList()) e.Name = target + e.Name.LocalName;
        try { return FeedReader.ReadFromString(doc.ToString(SaveOptions.DisableFormatting)); }
        catch (Exception e) when (e is NullReferenceException or ArgumentNullException) { return null; }
    }
}
