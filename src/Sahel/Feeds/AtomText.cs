using System.Text;
using System.Xml.Linq;

namespace Sahel.Feeds;

/// <summary>
/// Atom text constructs (title, summary, content) read from the raw elements. CodeHollow returns their <c>.Value</c>
/// whatever their <c>type</c>: xhtml loses its markup, text is not escaped, and content is HTML-decoded a second
/// time ("&amp;amp;lt;b&amp;amp;gt;" comes back as "&lt;b&gt;").
/// </summary>
internal static class AtomText
{
    /// <summary>As plain text (titles): xhtml → text nodes, html → tags stripped and entities decoded.</summary>
    public static string? PlainText(XElement? e)
    {
        if (e is null) return null;
        return TypeOf(e) switch
        {
            "base64" => FeedText.Title(Base64(e)),
            // The text nodes of xhtml are already plain text: decoding entities again would turn "&lt;" into a tag.
            "xhtml" => FeedText.Name(e.Value),
            _ => FeedText.Title(e.Value),
        };
    }

    /// <summary>As HTML (summary, content): text is escaped, html is as given, xhtml is serialised.</summary>
    public static string? Html(XElement? e)
    {
        if (e is null || e.Attribute("src") is not null) return null;
        var html = TypeOf(e) switch
        {
            "base64" => Base64(e),
            "html" => e.Value,
            "xhtml" => InnerXml(e.Elements().FirstOrDefault(d => d.Name.LocalName == "div") ?? e),
            _ => FeedText.Html(e.Value),
        };
        return FeedText.Blank(html);
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
        if (mode == "base64") return "base64";
        // Atom 1.0: any other media type than text/*, html or XML is base64-encoded (RFC 4287, 4.1.3.3).
        if (type is not null && type.Contains('/') && !type.StartsWith("text/", StringComparison.Ordinal)
            && !type.EndsWith("xml", StringComparison.Ordinal) && !type.Contains("html", StringComparison.Ordinal)) return "base64";
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml") return "xhtml";
        if (type is "html" or "text/html" || mode == "escaped") return "html";
        return "text";
    }

    /// <summary>Comments are dropped: CodeHollow's document keeps them, and they are no content.</summary>
    private static string InnerXml(XElement e)
    {
        var sb = new StringBuilder();
        foreach (var n in e.Nodes())
        {
            if (n is not XComment) sb.Append(n.ToString(SaveOptions.DisableFormatting));
        }
        return sb.ToString();
    }
}
