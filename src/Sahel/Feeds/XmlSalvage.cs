using System.Text;

namespace Sahel.Feeds;

/// <summary>
/// Structural repairs for documents that still fail after <see cref="XmlRepair"/>: namespace prefixes used
/// without a declaration, and documents cut off mid-transfer. Uses a light tag scanner, not a parser,
/// because the input is by definition not well-formed.
/// </summary>
internal static class XmlSalvage
{
    /// <summary>Namespaces feeds use most often without declaring them.</summary>
    private static readonly Dictionary<string, string> KnownPrefixes = new(StringComparer.Ordinal)
    {
        ["dc"] = "http://purl.org/dc/elements/1.1/",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["content"] = "http://purl.org/rss/1.0/modules/content/",
        ["atom"] = "http://www.w3.org/2005/Atom",
        ["media"] = "http://search.yahoo.com/mrss/",
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/",
        ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/",
        ["georss"] = "http://www.georss.org/georss",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    };

    public static string DeclareMissingPrefixes(string text, List<string> warnings)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal) { "xml", "xmlns" };
        var rootEnd = -1;
        foreach (var tag in TagScanner.Scan(text))
        {
            if (tag.Kind is TagKind.Open or TagKind.SelfClosing)
            {
                if (rootEnd < 0) rootEnd = tag.NameEnd;
                if (tag.Name.IndexOf(':') is > 0 and var colon) used.Add(tag.Name[..colon]);
                TagScanner.CollectAttributePrefixes(text, tag, used, declared);
            }
        }
        used.ExceptWith(declared);
        if (used.Count == 0 || rootEnd < 0) return text;
        var sb = new StringBuilder(text.Length + used.Count * 60);
        sb.Append(text, 0, rootEnd);
        foreach (var prefix in used)
        {
            var uri = KnownPrefixes.GetValueOrDefault(prefix, "urn:sahel:undeclared:" + prefix);
            sb.Append(" xmlns:").Append(prefix).Append("=\"").Append(uri).Append('"');
        }
        sb.Append(text, rootEnd, text.Length - rootEnd);
        warnings.Add($"undeclared namespace prefix{(used.Count > 1 ? "es" : "")} {string.Join(", ", used)} declared");
        return sb.ToString();
    }

    /// <summary>
    /// Cuts a truncated document after its last complete item (or last complete tag) and closes what is open.
    /// Returns null when there is nothing worth keeping.
    /// </summary>
    public static string? CloseTruncated(string text, List<string> warnings)
    {
        var stack = new List<string>();
        var cut = -1;
        var stackAtCut = new List<string>();
        var items = 0;
        foreach (var tag in TagScanner.Scan(text))
        {
            if (tag.Kind == TagKind.Open) stack.Add(tag.Name);
            else if (tag.Kind == TagKind.Close)
            {
                var at = stack.LastIndexOf(tag.Name);
                if (at >= 0) stack.RemoveRange(at, stack.Count - at);
                if (tag.Name is "item" or "entry")
                {
                    items++;
                    cut = tag.End;
                    stackAtCut = [.. stack];
                }
            }
        }
        if (cut < 0 || stackAtCut.Count == 0) return null;
        var sb = new StringBuilder(cut + 64).Append(text, 0, cut);
        for (var k = stackAtCut.Count - 1; k >= 0; k--) sb.Append("</").Append(stackAtCut[k]).Append('>');
        warnings.Add($"document truncated; kept the {items} complete item{(items == 1 ? "" : "s")}");
        return sb.ToString();
    }
}
