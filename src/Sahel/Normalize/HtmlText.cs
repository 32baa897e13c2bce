using System.Net;
using System.Text;

namespace Sahel.Normalize;

/// <summary>
/// Plain text from the small HTML fragments feeds put in titles and summaries. A single pass, no DOM: this runs
/// on every stored item, where a full parser would cost more than the whole sweep. Article pages go through
/// the extract stage instead.
/// </summary>
public static class HtmlText
{
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
            return "";
        var text = new StringBuilder(html.Length);
        var inTag = false;
        var skipUntil = (string?)null;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (skipUntil is not null)
            {
                if (c == '<' && string.Compare(html, i, skipUntil, 0, skipUntil.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    i += skipUntil.Length - 1;
                    skipUntil = null;
                }
                continue;
            }
            if (inTag)
            {
                if (c == '>')
                    inTag = false;
                continue;
            }
            if (c == '<' && i + 1 < html.Length && (char.IsLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                inTag = true;
                skipUntil = OpensRawText(html, i);
                text.Append(' ');
                continue;
            }
            // Text runs to the next '<': copied whole rather than a character at a time (every summary of a
            // digest passes here).
            var next = html.IndexOf('<', i + 1);
            var end = next < 0 ? html.Length : next;
            text.Append(html, i, end - i);
            i = end - 1;
        }
        var plain = text.ToString();
        return CollapseWhitespace(plain.Contains('&') ? WebUtility.HtmlDecode(plain) : plain);
    }

    public static string CollapseWhitespace(string text)
    {
        if (IsCollapsed(text))
            return text;
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace)
                result.Append(' ');
            pendingSpace = false;
            result.Append(c);
        }
        return result.ToString();
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ')
            return text.Length == 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i - 1] == ' ' : char.IsWhiteSpace(c))
                return false;
        }
        return true;
    }

    /// <summary>Cuts at a word boundary and marks the cut with an ellipsis.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd() + "…";
    }

    // Script and style bodies are not text; skip to their closing tag.
    private static string? OpensRawText(string html, int index)
    {
        foreach (var name in (string[])["script", "style"])
        {
            if (string.Compare(html, index + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return "</" + name;
        }
        return null;
    }
}
