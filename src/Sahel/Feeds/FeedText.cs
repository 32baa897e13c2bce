using System.Net;
using System.Text;

namespace Sahel.Feeds;

/// <summary>Plain-text clean-up for titles, guids and names: entities decoded, whitespace runs collapsed, trimmed.</summary>
internal static class FeedText
{
    /// <summary>
    /// Titles are plain text in every format (RSS, Atom, JSON Feed), made the same way: double-encoded UTF-8
    /// repaired, tags stripped ("&lt;i&gt;Le Monde&lt;/i&gt;", "m&lt;sup&gt;2&lt;/sup&gt;"), then entities decoded once
    /// more, because feeds often escape titles twice ("&amp;amp;", "&amp;#8217;", JSON Feed's "&amp;#039;").
    /// Stripping comes first so that an escaped "&amp;lt;blink&amp;gt;" stays as the text "&lt;blink&gt;".
    /// </summary>
    public static string? Title(string? raw)
    {
        if (raw is null) return null;
        var s = StripTags(Mojibake.Repair(raw));
        return Collapse(s.Contains('&') ? WebUtility.HtmlDecode(s) : s);
    }

    /// <summary>Names (authors): plain text, double-encoded UTF-8 repaired, but no tag stripping ("&lt;me@example.com&gt;").</summary>
    public static string? Name(string? raw) => raw is null ? null : Collapse(Mojibake.Repair(raw));

    /// <summary>
    /// Removes markup: a '&lt;' starts a tag only when a letter, '/', '!' or '?' follows and a '&gt;' closes it, so
    /// "x &lt; y" and "&lt;3" stay as they are.
    /// </summary>
    public static string StripTags(string s)
    {
        var lt = s.IndexOf('<');
        if (lt < 0) return s;
        var sb = new StringBuilder(s.Length);
        var copied = 0;
        while (lt >= 0 && lt + 1 < s.Length)
        {
            var next = s[lt + 1];
            var gt = char.IsAsciiLetter(next) || next is '/' or '!' or '?' ? s.IndexOf('>', lt + 2) : -1;
            if (gt < 0) { lt = s.IndexOf('<', lt + 1); continue; }
            sb.Append(s, copied, lt - copied);
            // A tag between two words separates them ("Gao<br>Tombouctou").
            if (sb.Length > 0 && !char.IsWhiteSpace(sb[^1])) sb.Append(IsInline(s.AsSpan(lt + 1, gt - lt - 1)) ? "" : " ");
            copied = gt + 1;
            lt = s.IndexOf('<', copied);
        }
        return sb.Append(s, copied, s.Length - copied).ToString();
    }

    /// <summary>Inline elements join the words around them ("m&lt;sup&gt;2&lt;/sup&gt;" → "m2"); block elements and breaks separate them.</summary>
    private static bool IsInline(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        var end = tag.IndexOfAny(" \t\r\n/");
        var name = (end < 0 ? tag : tag[..end]).ToString().ToLowerInvariant();
        return name is "a" or "b" or "i" or "em" or "strong" or "sup" or "sub" or "span" or "small" or "u" or "abbr" or "cite" or "q" or "code" or "mark" or "font";
    }

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
    public static string? Blank(string? html) => string.IsNullOrWhiteSpace(html) ? null : Mojibake.Repair(html.Trim());
}
