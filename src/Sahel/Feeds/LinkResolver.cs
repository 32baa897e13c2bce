namespace Sahel.Feeds;

/// <summary>
/// Turns what a feed calls a link into an absolute http(s) URL, or null. Security boundary: nothing read from a
/// feed may send sahel to a local file or script, so every other scheme (javascript:, file:, data:, mailto:…)
/// and every relative link without an http(s) base is dropped.
/// </summary>
internal static class LinkResolver
{
    public static string? Resolve(string? raw, Uri? baseUri)
    {
        if (raw is null) return null;
        var trimmed = Clean(raw);
        if (trimmed.Length == 0) return null;
        if (HasScheme(trimmed))
        {
            return Uri.TryCreate(trimmed, UriKind.Absolute, out var abs) && IsHttp(abs) ? abs.AbsoluteUri : null;
        }
        if (baseUri is null || !IsHttp(baseUri)) return null;
        return Uri.TryCreate(baseUri, trimmed, out var resolved) && IsHttp(resolved) ? resolved.AbsoluteUri : null;
    }

    /// <summary>A base URI for further resolution: absolute http(s) only.</summary>
    public static Uri? AsBase(string? raw, Uri? outer)
    {
        var resolved = Resolve(raw, outer);
        return resolved is null ? outer : new Uri(resolved, UriKind.Absolute);
    }

    public static bool IsHttp(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>
    /// Only a leading "scheme:" makes a link absolute. Uri.TryCreate alone would read "/path" as file:///path on Unix.
    /// </summary>
    private static bool HasScheme(string s)
    {
        if (!char.IsAsciiLetter(s[0])) return false;
        for (var i = 1; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ':') return true;
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return false;
        }
        return false;
    }

    /// <summary>Trims, and removes line breaks and tabs that wrapped links carry (browsers drop them too).</summary>
    private static string Clean(string raw)
    {
        var s = raw.Trim();
        return s.AsSpan().IndexOfAny('\n', '\r', '\t') < 0 ? s : s.Replace("\n", "").Replace("\r", "").Replace("\t", "");
    }
}
