using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>The page's <c>&lt;meta&gt;</c> tags by name or property (Open Graph, article:*, Twitter, Dublin Core, itemprop), first value wins.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var value = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(value))
                continue;
            // One tag may carry several names: property="article:published" itemprop="datePublished dateCreated".
            foreach (var attribute in (string[])["property", "name", "itemprop", "http-equiv"])
            {
                foreach (var key in (meta.GetAttribute(attribute) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    _values.TryAdd(key, Whitespace.Collapse(value));
            }
        }
    }

    public string? First(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var value))
                return value;
        }
        return null;
    }
}
