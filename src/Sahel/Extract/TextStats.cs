using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>
/// Per element, counted once in one walk: visible characters (whitespace and script text excluded), those
/// inside links, and those inside paragraphs. Every heuristic asks these questions of many elements; asking
/// the DOM each time made extraction quadratic on deep pages.
/// </summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, Counts> _counts = new();

    private readonly record struct Counts(int Text, int Linked, int Paragraph);

    public TextStats(IElement root) => Count(root, inLink: false, inParagraph: false);

    public int Text(IElement element) => _counts.TryGetValue(element, out var c) ? c.Text : 0;

    public int Paragraph(IElement element) => _counts.TryGetValue(element, out var c) ? c.Paragraph : 0;

    public double LinkDensity(IElement element) =>
        _counts.TryGetValue(element, out var c) && c.Text > 0 ? Math.Min(1, c.Linked / (double)c.Text) : 0;

    private Counts Count(IElement element, bool inLink, bool inParagraph)
    {
        if (element.LocalName is "script" or "style" or "noscript" or "template")
        {
            _counts[element] = default;
            return default;
        }
        inLink |= element.LocalName == "a";
        inParagraph |= element.LocalName is "p" or "pre" or "blockquote";
        int text = 0, linked = 0, paragraph = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e)
            {
                var c = Count(e, inLink, inParagraph);
                text += c.Text;
                linked += c.Linked;
                paragraph += c.Paragraph;
            }
            else if (child.NodeType == NodeType.Text)
            {
                var n = CountNonSpace(child.TextContent);
                text += n;
                if (inLink) linked += n;
                else if (inParagraph) paragraph += n;
            }
        }
        var counts = new Counts(text, linked, paragraph);
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
