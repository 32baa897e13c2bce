using System.Text;

namespace Sahel.Render;

/// <summary>
/// Inline Markdown from untrusted text: every character CommonMark or GitHub could read as syntax is
/// backslash-escaped, and &lt; &gt; &amp; become entities, so a title cannot open a link, an image, a heading,
/// emphasis, a table cell or raw HTML. The text reads the same once rendered.
/// </summary>
public static class MarkdownText
{
    // Only what can start inline syntax mid-line. Entries never begin a line, so heading and list markers
    // cannot take effect; with [ and ] escaped no link or image can open, so ( ) and ! stay as written. The
    // Markdown is read raw in terminals too, so nothing else is escaped. A bare URL in a title may still be
    // autolinked by GitHub, but then its visible text is its target: nothing is hidden behind it.
    private const string Special = "\\`*_[]|~";

    private static readonly System.Buffers.SearchValues<char> NeedsEscaping = System.Buffers.SearchValues.Create(Special + "<>&");

    public static string Escape(string? untrusted)
    {
        var text = SafeText.Clean(untrusted);
        if (text.AsSpan().IndexOfAny(NeedsEscaping) < 0)
            return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                default:
                    if (Special.Contains(c))
                        escaped.Append('\\');
                    escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>
    /// A whole paragraph of untrusted text, which unlike a timeline entry starts a line: besides the inline
    /// escapes, a leading '#', '-', '+', '=' or "1." would make it a heading, list or rule, so it is escaped too.
    /// </summary>
    public static string EscapeBlock(string? untrusted)
    {
        var text = Escape(untrusted);
        if (text.Length == 0)
            return text;
        if (text[0] is '#' or '-' or '+' or '=')
            return "\\" + text;
        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
            digits++;
        if (digits > 0 && digits < text.Length && text[digits] is '.' or ')')
            return text[..digits] + "\\" + text[digits..];
        return text;
    }

    /// <summary>A link when the URL is http(s), else the escaped text alone.</summary>
    public static string Link(string? untrustedText, string? untrustedUrl)
    {
        var text = Escape(untrustedText);
        return SafeText.HttpLink(untrustedUrl) is { } url ? $"[{text}]({url})" : text;
    }
}
