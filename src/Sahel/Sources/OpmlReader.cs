using System.Xml;
using System.Xml.Linq;
using Sahel.Model;

namespace Sahel.Sources;

/// <summary>
/// OPML 1.0/2.0 subscription lists. Reads every outline with an xmlUrl at any depth (folders are categories
/// in Feedly and Inoreader exports). sahel's own `language`, `country` and `fullText` attributes are read when present.
/// </summary>
internal static class OpmlReader
{
    /// <summary>The outlines with a feed URL, as written; <see cref="SourceListReader"/> resolves and checks them.</summary>
    public static (List<SourceListReader.Entry> Entries, List<string> Warnings) Read(string text, string displayName)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'), LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new SourceListException($"{displayName}: not valid OPML: {e.Message}");
        }
        if (document.Root?.Name.LocalName != "opml")
            throw new SourceListException($"{displayName}: not an OPML file (root element is <{document.Root?.Name.LocalName}>)");

        var entries = new List<SourceListReader.Entry>();
        foreach (var outline in document.Descendants().Where(e => e.Name.LocalName == "outline"))
        {
            var xmlUrl = Attribute(outline, "xmlUrl") ?? Attribute(outline, "xmlurl") ?? Attribute(outline, "url");
            if (xmlUrl is null)
                continue;
            var where = ((IXmlLineInfo)outline).HasLineInfo() ? $"line {((IXmlLineInfo)outline).LineNumber}" : "outline";
            entries.Add(new SourceListReader.Entry(where, xmlUrl, new FeedSource(
                xmlUrl,
                Name: Attribute(outline, "title") ?? Attribute(outline, "text"),
                Lang: Attribute(outline, "language")?.ToLowerInvariant(),
                Country: Attribute(outline, "country")?.ToUpperInvariant(),
                SiteUrl: Attribute(outline, "htmlUrl"),
                FullText: Flag(Attribute(outline, "fullText")))));
        }
        return (entries, []);
    }

    // true/false as sahel writes it; 1/0 and yes/no as people type it. Anything else leaves the setting alone.
    private static bool? Flag(string? value) => value?.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => null,
    };

    private static string? Attribute(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
