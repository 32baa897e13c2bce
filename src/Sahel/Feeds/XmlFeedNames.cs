using System.Xml.Linq;

namespace Sahel.Feeds;

/// <summary>
/// Namespaces and XElement helpers for what CodeHollow's typed model leaves out: extension elements (dc:, content:,
/// media:…), xml:base and xml:lang. Read from the raw elements CodeHollow exposes (<c>SpecificItem.Element</c>).
/// </summary>
internal static class XmlFeedNames
{
    public static readonly XNamespace Atom10 = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    public static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static readonly XName XmlBase = XNamespace.Xml + "base";
    public static readonly XName XmlLang = XNamespace.Xml + "lang";

    /// <summary>The base for links inside <paramref name="e"/>: <paramref name="start"/> refined by every xml:base from the root down.</summary>
    public static Uri? BaseFor(XElement e, Uri? start)
    {
        List<string>? bases = null;
        for (var a = e; a is not null; a = a.Parent)
        {
            if (a.Attribute(XmlBase) is { } attr) (bases ??= []).Add(attr.Value);
        }
        if (bases is null) return start;
        var current = start;
        for (var i = bases.Count - 1; i >= 0; i--) current = LinkResolver.AsBase(bases[i], current);
        return current;
    }

    public static bool HasBase(XElement e)
    {
        for (var a = e; a is not null; a = a.Parent)
        {
            if (a.Attribute(XmlBase) is not null) return true;
        }
        return false;
    }

    /// <summary>The nearest xml:lang on the element or its ancestors up to (not including) <paramref name="stop"/>.</summary>
    public static string? LangOf(XElement e, XElement? stop)
    {
        for (var a = e; a is not null && a != stop; a = a.Parent)
        {
            if (a.Attribute(XmlLang) is { } attr) return attr.Value;
        }
        return null;
    }

    /// <summary>An Atom-style link that points at the page itself: no rel, or rel="alternate".</summary>
    public static bool IsAlternate(string? rel)
    {
        rel = rel?.Trim();
        return string.IsNullOrEmpty(rel) || rel == "alternate" || rel == "http://www.iana.org/assignments/relation/alternate";
    }
}
