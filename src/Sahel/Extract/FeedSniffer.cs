namespace Sahel.Extract;

/// <summary>
/// Whether a document is a feed rather than a page: its first element is &lt;rss&gt;, &lt;feed&gt; or
/// &lt;rdf:RDF&gt;, or it is a JSON Feed. The HTML parser would otherwise take a feed's text as one long
/// article; a local file has no Content-Type to tell them apart.
/// </summary>
public static class FeedSniffer
{
    /// <summary>The feed's format ("RSS", "Atom", "RSS 1.0", "JSON Feed"), or null for anything else.</summary>
    public static string? FeedFormat(string text)
    {
        var span = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (span is ['{', ..])
            return span[..Math.Min(span.Length, 400)].Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase) ? "JSON Feed" : null;
        // Skip the XML declaration, processing instructions, comments and a doctype: at most a few, at the top.
        for (var guard = 0; guard < 16 && span.Length > 1 && span[0] == '<' && span[1] is '?' or '!'; guard++)
        {
            var end = span.StartsWith("<!--") ? span.IndexOf("-->") + 3 : span.IndexOf('>') + 1;
            if (end <= 0)
                return null;
            span = span[end..].TrimStart(" \t\r\n");
        }
        if (span is not ['<', ..])
            return null;
        var nameEnd = span[1..].IndexOfAny(" \t\r\n>/");
        var name = (nameEnd < 0 ? span[1..] : span[1..(nameEnd + 1)]).ToString();
        var local = name[(name.IndexOf(':') + 1)..];
        return local switch
        {
            "rss" => "RSS",
            "feed" => "Atom",
            "RDF" => "RSS 1.0",
            _ => null,
        };
    }
}
