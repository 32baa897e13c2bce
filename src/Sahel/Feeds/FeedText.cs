using System.Net;
using System.Text;

namespace Sahel.Feeds;

/// <summary>Plain-text clean-up for titles, guids and names: entities decoded, whitespace runs collapsed, trimmed.</summary>
internal static class FeedText
{
    /// <summary>Titles are plain text but feeds often escape them twice ("&amp;amp;", "&amp;#8217;"): decode once more.</summary>
    public static string? Title(string? raw) => Collapse(raw is null || !raw.Contains('&') ? raw : WebUtility.HtmlDecode(raw));

    /// <summary>Whitespace runs (including no-break spaces) become one space: titles are compared and displayed as plain text.</summary>
    public static string? Collapse(string? raw)
    {
        if (raw is null) return null;
        // A byte-order mark inside text is legal XML but never meant: CMSs paste it in with copied titles.
        var s = (raw.Contains('\uFEFF') ? raw.Replace("\uFEFF", "") : raw).Trim();
        if (s.Length == 0) return null;
        var needs = false;
        for (var i = 1; i < s.Length && !needs; i++) needs = char.IsWhiteSpace(s[i]) && (char.IsWhiteSpace(s[i - 1]) || s[i] != ' ');
        if (!needs) return s;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>Plain text as HTML. Only the markup characters are escaped: WebUtility would also turn "à" into "&amp;#224;".</summary>
    public static string? Html(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => c.ToString() });
        }
        return sb.ToString();
    }

    /// <summary>HTML bodies: blank is absent, and surrounding whitespace (feeds indent CDATA) is dropped.</summary>
    public static string? Blank(string? html) => string.IsNullOrWhiteSpace(html) ? null : html.Trim();
}
