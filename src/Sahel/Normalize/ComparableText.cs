using System.Text;
using System.Text.RegularExpressions;

namespace Sahel.Normalize;

/// <summary>
/// An article's text as two versions of it are compared: plain text (markup gone, entities decoded,
/// whitespace collapsed), each line without its "last updated" stamp, links without tracking parameters.
/// What is left is what the article says; <see cref="Key"/> folds it further (case, accents, punctuation,
/// Arabic letter variants and digits) so only a change of words or figures makes a difference.
/// </summary>
public static partial class ComparableText
{
    // Block boundaries become line breaks first, so a stamp in its own paragraph is a line of its own.
    [GeneratedRegex(@"<\s*(?:br|/?(?:p|div|li|h[1-6]|tr|blockquote|section|article|header|footer|figcaption|dd|dt|time))\b[^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    // Inline tags go without a trace, so "<b>l'armée</b>." reads "l'armée." and not "l'armée ." as with a space.
    [GeneratedRegex(@"<\s*/?\s*(?:a|b|i|em|strong|span|abbr|small|sup|sub|u|mark|font|cite|q)\b[^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"https?://[^\s<>""«»]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    /// <summary>The plain text of an HTML fragment (or plain text) as versions are compared and shown.</summary>
    public static string Of(string? htmlOrText)
    {
        if (string.IsNullOrWhiteSpace(htmlOrText))
            return "";
        var lines = htmlOrText.Contains('<', StringComparison.Ordinal)
            ? InlineTag().Replace(BlockTag().Replace(htmlOrText, "\n"), "").Split('\n')
            : htmlOrText.Split('\n');
        var text = new StringBuilder(htmlOrText.Length);
        foreach (var line in lines)
        {
            var plain = UpdateStamp.Remove(HtmlText.ToPlainText(line));
            if (plain.Length == 0)
                continue;
            if (text.Length > 0)
                text.Append(' ');
            text.Append(plain);
        }
        return CanonicalLinks(Visible(text.ToString()));
    }

    /// <summary>A title as versions are compared and shown: already plain, so only stamps and spacing go.</summary>
    public static string OfTitle(string? title) =>
        string.IsNullOrWhiteSpace(title) ? "" : CanonicalLinks(UpdateStamp.Remove(HtmlText.CollapseWhitespace(Visible(title))));

    /// <summary>The folded words of a comparable text: equal keys mean no change a reader would call an edit.</summary>
    public static string Key(string comparable) => TextNormalizer.Normalize(comparable);

    // Invisible characters are no part of what an article says, and bidi overrides could disguise a diff:
    // control characters, bidi embedding/override/isolate controls, zero-width space and BOM go.
    private static string Visible(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0)
            return text;
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsInvisible(c))
                visible.Append(c);
            else if (char.IsWhiteSpace(c))
                visible.Append(' ');
        }
        return HtmlText.CollapseWhitespace(visible.ToString());
    }

    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(IsInvisible)));

    private static bool IsInvisible(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200B' or '\uFEFF';

    private static string CanonicalLinks(string text) =>
        !text.Contains("://", StringComparison.Ordinal) ? text : Url().Replace(text, match =>
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']');
            var trailing = match.Value[url.Length..];
            return (CanonicalUrl.Canonicalize(url) ?? url) + trailing;
        });
}
