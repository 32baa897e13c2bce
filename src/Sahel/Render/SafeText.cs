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
        var clean = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (IsBidiControl(c) || c is '\uFEFF' or '\u200B' || (char.IsControl(c) && !char.IsWhiteSpace(c)))
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
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
            return null;
        // AbsoluteUri percent-encodes spaces, quotes, angle brackets and non-ASCII; parentheses are escaped too
        // so a crafted URL cannot close the Markdown link early.
        return uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
