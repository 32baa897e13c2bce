using System.Text;

namespace Sahel.Render;

/// <summary>
/// Text from feeds is hostile input. Before any renderer sees it: control characters go, line breaks become
/// spaces, and bidi embedding, override and isolate controls (which can reverse what follows them, the
/// "Trojan Source" trick) are removed. Arabic stays readable: its letters carry their own direction, and the
/// plain marks LRM/RLM/ALM, which cannot reorder anything beyond themselves, are kept.
/// </summary>
public static class SafeText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        if (!NeedsCleaning(text))
            return text;
        var clean = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (IsInvisibleControl(c) || (char.IsControl(c) && !char.IsWhiteSpace(c)))
                continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                    clean.Append(' ');
                lastWasSpace = true;
                continue;
            }
            clean.Append(c);
            lastWasSpace = false;
        }
        return clean.ToString().TrimEnd();
    }

    /// <summary>An absolute http(s) URL with nothing that could break out of a Markdown link, else null.</summary>
    public static string? HttpLink(string? url)
    {
        // Stored canonical URLs are already normalised: skip the URI parser when only safe characters occur.
        if (url is not null && (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal))
            && url.Length > 8 && url.AsSpan().IndexOfAnyExcept(SafeUrlCharacters) < 0)
            return url;
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
            return null;
        // AbsoluteUri percent-encodes spaces, quotes, angle brackets and non-ASCII; parentheses are escaped too
        // so a crafted URL cannot close the Markdown link early.
        return uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
    }

    private static readonly System.Buffers.SearchValues<char> SafeUrlCharacters = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&'*+,;=%");

    // Plain titles (no control, format or whitespace other than single spaces, nothing at either end) pass untouched.
    // Every text of every story passes here on every digest: the search is vectorised.
    private static bool NeedsCleaning(string text) =>
        text[0] == ' ' || text[^1] == ' '
        || text.AsSpan().IndexOfAny(NeverPlain) >= 0
        || text.Contains("  ", StringComparison.Ordinal);

    // Controls, whitespace other than the plain space, and the invisible controls.
    private static readonly System.Buffers.SearchValues<char> NeverPlain = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => c < ' ' || char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ') || IsInvisibleControl(c)).ToArray());

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>
    /// What no output keeps, Markdown or JSON: the bidi controls that reorder text, the byte-order mark and
    /// the zero-width space (which hides a word from search). LRM, RLM and ALM stay (see above).
    /// </summary>
    public static bool IsInvisibleControl(char c) => IsBidiControl(c) || c is '\uFEFF' or '\u200B';

    /// <summary>
    /// Where a story's feed came from, as published: its http(s) URL, or only the file's name for a local
    /// feed, so a digest never reveals the folders of the machine that swept it.
    /// </summary>
    public static string PublicLocation(string location) =>
        Model.FeedSource.IsHttpLocation(location) ? location : Path.GetFileName(location.TrimEnd('/', '\\'));
}
