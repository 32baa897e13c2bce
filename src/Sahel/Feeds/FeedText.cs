using System.Net;
using System.Text;

namespace Sahel.Feeds;

/// <summary>Plain-text clean-up for titles, guids and names: entities decoded, whitespace runs collapsed, trimmed.</summary>
internal static class FeedText
{
    /// <summary>Titles are plain text but feeds often escape them twice ("&amp;amp;", "&amp;#8217;"): decode once more.</summary>
    public static string? Title(string? raw) => Collapse(raw is null || !raw.Contains('&') ? raw : WebUtility.HtmlDecode(raw));

    public static string? Collapse(string? raw)
    {
        if (raw is null) return null;
        var s = raw.Trim();
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

    public static string? Html(string? text) => string.IsNullOrEmpty(text) ? null : WebUtility.HtmlEncode(text);
}
