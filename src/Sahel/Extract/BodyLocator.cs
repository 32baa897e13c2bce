using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>
/// Finds the element that holds the story, after boilerplate is gone: Readability's scoring (each paragraph
/// gives its parent points for length and commas, half as much to its grandparent, less further up; links
/// discount a candidate), then the siblings of the winner that look like more of the same story.
/// </summary>
internal static class BodyLocator
{
    private const int MinParagraphLength = 25;

    public static IReadOnlyList<IElement> Locate(IElement root, TextStats stats)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in root.GetDescendants().OfType<IElement>())
        {
            if (!IsScoredParagraph(element, out var text))
                continue;
            var score = 1 + CountCommas(text) + Math.Min(text.Length / 100, 3);
            var level = 0;
            for (var ancestor = element.ParentElement; ancestor is not null && level < 5; ancestor = ancestor.ParentElement, level++)
            {
                if (!scores.ContainsKey(ancestor))
                    scores[ancestor] = InitialScore(ancestor);
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores[ancestor] += score / (double)divider;
                if (ancestor == root) break;
            }
        }
        if (scores.Count == 0)
            return [];

        IElement? top = null;
        var topScore = double.MinValue;
        foreach (var (element, raw) in scores)
        {
            var final = raw * (1 - stats.LinkDensity(element));
            scores[element] = final;
            if (final > topScore)
            {
                topScore = final;
                top = element;
            }
        }
        top = ClimbToStoryContainer(top!, scores, topScore);
        var chosen = WithSiblings(top, scores, stats);
        return WithSameNamedChunks(root, top, chosen, scores);
    }

    /// <summary>
    /// Some layouts cut one story into chunks around ads and pull quotes, each chunk a container named like the
    /// winner ("article__body") but in a different parent. Those chunks, where they hold text, belong to the story.
    /// </summary>
    private static IReadOnlyList<IElement> WithSameNamedChunks(IElement root, IElement top, IReadOnlyList<IElement> chosen, Dictionary<IElement, double> scores)
    {
        var cls = top.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(cls))
            return chosen;
        var threshold = Math.Max(5, scores[top] * 0.1);
        var chunks = root.GetElementsByTagName(top.LocalName)
            .Where(e => e != top && e.GetAttribute("class") == cls && scores.TryGetValue(e, out var s) && s >= threshold)
            .Where(e => !chosen.Any(c => c.Contains(e) || e.Contains(c)))
            .ToList();
        if (chunks.Count == 0)
            return chosen;
        var all = chosen.Concat(chunks).ToHashSet();
        return root.GetDescendants().OfType<IElement>().Where(all.Contains).ToList();
    }

    /// <summary>When the best candidates share an ancestor (a story split into several divs), take the ancestor.</summary>
    private static IElement ClimbToStoryContainer(IElement top, Dictionary<IElement, double> scores, double topScore)
    {
        var close = scores.Where(s => s.Key != top && s.Value >= topScore * 0.75)
            .OrderByDescending(s => s.Value).Take(5).Select(s => s.Key).ToList();
        if (close.Count < 3)
            return top;
        for (var parent = top.ParentElement; parent is not null && parent.LocalName is not "body" and not "html"; parent = parent.ParentElement)
        {
            var holds = close.Count(c => parent.Contains(c));
            if (holds >= 3)
                return parent;
        }
        return top;
    }

    private static IReadOnlyList<IElement> WithSiblings(IElement top, Dictionary<IElement, double> scores, TextStats stats)
    {
        var parent = top.ParentElement;
        if (parent is null)
            return [top];
        var topScore = scores[top];
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var chosen = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                chosen.Add(sibling);
                continue;
            }
            var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                chosen.Add(sibling);
                continue;
            }
            if (sibling.LocalName is "p" or "blockquote" or "ul" or "ol" or "h2" or "h3" or "h4" || IsParagraphLikeDiv(sibling))
            {
                var text = Whitespace.Collapse(sibling.TextContent);
                var density = stats.LinkDensity(sibling);
                if ((text.Length > 80 && density < 0.25) || (text.Length > 0 && density == 0 && EndsLikeSentence(text)))
                    chosen.Add(sibling);
            }
        }
        return chosen;
    }

    /// <summary>A div holding only text and inline elements is a paragraph by another name (Readability turns it into one).</summary>
    private static bool IsParagraphLikeDiv(IElement element) =>
        element.LocalName is "div" or "section" && !element.Children.Any(c => c.LocalName is "div" or "p" or "section" or "article"
            or "ul" or "ol" or "table" or "blockquote" or "pre" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "dl" or "form" or "figure");

    private static bool EndsLikeSentence(string text) => text[^1] is '.' or '!' or '?' or '»' or '"' or '”' or '؟' or ':' or '؛';

    private static bool IsScoredParagraph(IElement element, out string text)
    {
        text = "";
        var tag = element.LocalName;
        if (tag is "p" or "pre" or "td" or "blockquote")
        {
            text = Whitespace.Collapse(element.TextContent);
            return text.Length >= MinParagraphLength;
        }
        if (tag is "div" or "section" or "span" or "font" or "center")
        {
            // Text written straight into a div (line breaks instead of <p>) counts as a paragraph of its own.
            var direct = DirectText(element);
            if (direct.Length < MinParagraphLength)
                return false;
            text = direct;
            return true;
        }
        return false;
    }

    private static string DirectText(IElement element)
    {
        var direct = new System.Text.StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
                direct.Append(child.TextContent);
            else if (child is IElement inline && inline.LocalName is "a" or "b" or "strong" or "em" or "i" or "span" or "u" or "font")
                direct.Append(inline.TextContent);
            direct.Append(' ');
        }
        return Whitespace.Collapse(direct.ToString());
    }

    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "section" => 3,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (ContentNames.IsContent(element))
            score += 25;
        return score + ContentNames.Weight(element);
    }

    private static int CountCommas(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (c is ',' or '،' or '，')
                n++;
        }
        return n;
    }
}
