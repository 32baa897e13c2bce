using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>
/// Per element, counted once in one walk: visible characters (whitespace and script text excluded), those
/// inside links, and prose: text outside links, list items, headings and table headers, which is where menus,
/// link lists and titles live. Every heuristic asks these questions of many elements; asking
/// the DOM each time made extraction quadratic on deep pages.
/// </summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, Counts> _counts = new();

    private readonly record struct Counts(int Text, int Linked, int Prose);

    public TextStats(IElement root) => Count(root, inLink: false, inFurniture: false);

    public int Text(IElement element) => _counts.TryGetValue(element, out var c) ? c.Text : 0;

    public int Prose(IElement element) => _counts.TryGetValue(element, out var c) ? c.Prose : 0;

    public double LinkDensity(IElement element) =>
        _counts.TryGetValue(element, out var c) && c.Text > 0 ? Math.Min(1, c.Linked / (double)c.Text) : 0;

    private Counts Count(IElement element, bool inLink, bool inFurniture)
    {
        if (element.LocalName is "script" or "style" or "noscript" or "template")
        {
            _counts[element] = default;
            return default;
        }
        inLink |= element.LocalName == "a";
        inFurniture |= element.LocalName is "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" or "button" or "label" or "option" or "select";
        int text = 0, linked = 0, prose = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e)
            {
                var c = Count(e, inLink, inFurniture);
                text += c.Text;
                linked += c.Linked;
                prose += c.Prose;
            }
            else if (child.NodeType == NodeType.Text)
            {
                var n = CountNonSpace(child.TextContent);
                text += n;
                if (inLink) linked += n;
                else if (!inFurniture) prose += n;
            }
        }
        var counts = new Counts(text, linked, prose);
        _counts[element] = counts;
        return counts;
    }

    private static int CountNonSpace(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
                n++;
        }
        return n;
    }
}
