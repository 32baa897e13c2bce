using System.Text;
using System.Xml.Linq;

namespace Sahel.Feeds;

/// <summary>Namespaces and small XElement helpers shared by the RSS/RDF and Atom mappers.</summary>
internal static class XmlFeedNames
{
    public static readonly XNamespace Atom10 = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public static readonly XNamespace Rss091 = "http://purl.org/rss/1.0/modules/rss091#";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    public static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static readonly XName XmlBase = XNamespace.Xml + "base";
    public static readonly XName XmlLang = XNamespace.Xml + "lang";

    public static bool IsAtom(XNamespace ns) => ns == Atom10 || ns == Atom03;

    /// <summary>RSS core elements: no namespace, or the RSS 1.0 / 0.90 namespaces RDF feeds use.</summary>
    public static bool IsRssCore(XNamespace ns) => ns == XNamespace.None || ns == Rss10 || ns == Rss090 || ns == Rss091;

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

    /// <summary>The nearest xml:lang on the element or its ancestors up to (not including) <paramref name="stop"/>.</summary>
    public static string? LangOf(XElement e, XElement? stop)
    {
        for (var a = e; a is not null && a != stop; a = a.Parent)
        {
            if (a.Attribute(XmlLang) is { } attr) return attr.Value;
        }
        return null;
    }

    /// <summary>Atom text construct as plain text (titles): xhtml → text nodes, html → tags stripped and entities decoded.</summary>
    public static string? PlainText(XElement? e)
    {
        if (e is null) return null;
        if ((string?)e.Attribute("mode") == "base64") return FeedText.Title(StripTags(Base64(e) ?? ""));
        return TypeOf(e) switch
        {
            "html" => FeedText.Title(StripTags(e.Value)),
            "xhtml" => FeedText.Collapse(e.Value),
            _ => FeedText.Title(e.Value),
        };
    }

    /// <summary>Atom text construct as HTML (summary, content): text is escaped, html is as given, xhtml is serialised.</summary>
    public static string? Html(XElement? e)
    {
        if (e is null || e.Attribute("src") is not null) return null;
        if ((string?)e.Attribute("mode") == "base64") return Base64(e);
        var html = TypeOf(e) switch
        {
            "html" => e.Value,
            "xhtml" => InnerXml(e.Elements().FirstOrDefault(d => d.Name.LocalName == "div") ?? e),
            _ => FeedText.Html(e.Value),
        };
        return string.IsNullOrWhiteSpace(html) ? null : html.Trim();
    }

    /// <summary>Atom 0.3 mode="base64" content, read as UTF-8; null when it is not base64.</summary>
    private static string? Base64(XElement e)
    {
        try { return Encoding.UTF8.GetString(Convert.FromBase64String(e.Value.Trim())); }
        catch (FormatException) { return null; }
    }

    private static string TypeOf(XElement e)
    {
        var type = ((string?)e.Attribute("type"))?.Trim().ToLowerInvariant();
        var mode = ((string?)e.Attribute("mode"))?.Trim().ToLowerInvariant();
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml") return "xhtml";
        if (type is "html" or "text/html" || mode == "escaped") return "html";
        return "text";
    }

    private static string InnerXml(XElement e)
    {
        var sb = new StringBuilder();
        foreach (var n in e.Nodes()) sb.Append(n.ToString(SaveOptions.DisableFormatting));
        return sb.ToString();
    }

    private static string StripTags(string s)
    {
        if (!s.Contains('<')) return s;
        var sb = new StringBuilder(s.Length);
        var inTag = false;
        foreach (var c in s)
        {
            if (c == '<') inTag = true;
            else if (c == '>' && inTag) inTag = false;
            else if (!inTag) sb.Append(c);
        }
        return sb.ToString();
    }
}
