namespace Sahel.Extract;

/// <summary>
/// A linear pre-scan for pages that nest elements absurdly deep. HTML parsers that follow the spec, AngleSharp
/// included, spend time proportional to the depth of open elements on each new tag, so a hostile page of a
/// million unclosed <c>&lt;div&gt;</c> would hold a full-text sweep for minutes. Browsers cap the tree depth
/// (Blink at 512); sahel declines such a page instead. Counts start and end tags outside comments, scripts and
/// styles, ignoring void elements and those whose end tag may be omitted (p, li, td…), which real pages
/// leave open by the thousand.
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 4096;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot",
        "colgroup", "caption", "html", "head", "body",
    };

    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
                nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // Raw text: skip to the matching end tag so "<div" inside JavaScript is not counted.
                var end = html.IndexOf("</" + name.ToString(), tagEnd, StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                i = end + 2;
                continue;
            }
            if (!NotCounted.Contains(name.ToString()) && html[tagEnd - 1] != '/')
            {
                depth += closing ? -1 : 1;
                if (depth < 0) depth = 0;
                if (depth > MaxDepth) return true;
            }
            i = tagEnd + 1;
        }
        return false;
    }
}
