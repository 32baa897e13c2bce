using System.Text;
using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>
/// Turns the story's elements into blocks: paragraphs, headings, list items and quotes, in document order.
/// Inside the story, containers that are mostly links (a "read also" list, a tag cloud) are skipped, and so
/// are blocks that are only a link or a stock phrase.
/// </summary>
internal sealed class BlockWriter(TextStats stats)
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dd", "dt", "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th", "hr", "address",
        "center", "details", "summary", "form", "fieldset",
    };

    private readonly List<ArticleBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private int _linkedChars;
    private ArticleBlockKind _kind = ArticleBlockKind.Paragraph;

    /// <summary>Headings that were dropped for being links: many of them mean a page of teasers.</summary>
    public int LinkedHeadingsDropped { get; private set; }

    public IReadOnlyList<ArticleBlock> Blocks => _blocks;

    public void Write(IElement element)
    {
        Visit(element, ArticleBlockKind.Paragraph, inLink: false);
        Flush();
    }

    private void Visit(INode node, ArticleBlockKind kind, bool inLink)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                var text = child.TextContent;
                _text.Append(text);
                if (inLink)
                    _linkedChars += text.Length;
                continue;
            }
            if (child is not IElement element)
                continue;
            var tag = element.LocalName;
            if (tag == "br")
            {
                Flush();
                continue;
            }
            if (!BlockTags.Contains(tag))
            {
                Visit(element, kind, inLink || tag == "a");
                continue;
            }
            if (IsLinkList(element))
                continue;
            Flush();
            var inner = tag switch
            {
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => ArticleBlockKind.Heading,
                "li" or "dd" or "dt" => ArticleBlockKind.ListItem,
                "blockquote" => ArticleBlockKind.Quote,
                _ => kind,
            };
            _kind = inner;
            Visit(element, inner, inLink);
            Flush();
            _kind = kind;
        }
    }

    /// <summary>A list or box inside the story whose text is mostly links: "read also", tags, a table of contents.</summary>
    private bool IsLinkList(IElement element)
    {
        if (element.LocalName is not ("ul" or "ol" or "div" or "section" or "table" or "dl"))
            return false;
        var density = stats.LinkDensity(element);
        return element.LocalName is "ul" or "ol" ? density > 0.6 : density > 0.5;
    }

    private void Flush()
    {
        if (_text.Length == 0)
            return;
        var raw = _text.ToString();
        var text = Whitespace.Collapse(raw);
        var linked = _linkedChars;
        _text.Clear();
        _linkedChars = 0;
        if (text.Length == 0)
            return;
        var density = Math.Min(1, linked / (double)raw.Length);
        if (density > 0.6 && text.Length < 300)
        {
            if (_kind is ArticleBlockKind.Heading)
                LinkedHeadingsDropped++;
            return;
        }
        if (StockPhrases.IsBoilerplate(text))
            return;
        _blocks.Add(new ArticleBlock(_kind, text));
    }
}
