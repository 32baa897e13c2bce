namespace Sahel.Normalize;

/// <summary>
/// One spelling per article URL, so the same story reached through a newsletter link, a social share or
/// another feed is stored once: lower-case scheme and host, no default port, no fragment, no tracking parameters.
/// </summary>
public static class CanonicalUrl
{
    // Parameters that identify the click, not the document. Everything else is kept in its original order,
    // since some CMSs (?p=123, ?id=...) address articles by query.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "ref_src", "ref_url", "cmpid", "xtor", "at_medium", "at_campaign", "ncid", "sr_share",
        "oly_anon_id", "oly_enc_id", "vero_id", "wt.mc_id", "__twitter_impression", "s_kwcid", "spm",
    };

    /// <summary>The canonical form of an absolute http(s) URL, or null when the text is not one.</summary>
    public static string? Canonicalize(string? url)
    {
        if (url is not null && IsAlreadyCanonical(url))
            return url;
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            return null;

        var builder = new System.Text.StringBuilder(url.Length);
        builder.Append(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
            builder.Append(':').Append(uri.Port);
        builder.Append(uri.AbsolutePath);

        var query = FilterQuery(uri.Query);
        if (query.Length > 0)
            builder.Append('?').Append(query);
        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> PlainPathCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=:@%");

    private static readonly System.Buffers.SearchValues<char> PlainHostCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-.");

    // Most feed links are already canonical: http(s), a lower-case host without port, a plain path, no query
    // or fragment. Recognising that costs far less than a URI parse per stored item.
    private static bool IsAlreadyCanonical(string url)
    {
        var schemeLength = url.StartsWith("https://", StringComparison.Ordinal) ? 8
            : url.StartsWith("http://", StringComparison.Ordinal) ? 7 : 0;
        if (schemeLength == 0)
            return false;
        var rest = url.AsSpan(schemeLength);
        var slash = rest.IndexOf('/');
        if (slash <= 0)
            return false;
        var host = rest[..slash];
        var path = rest[slash..];
        return host.IndexOfAnyExcept(PlainHostCharacters) < 0 && host[0] != '.' && host[^1] != '.'
            && path.IndexOfAnyExcept(PlainPathCharacters) < 0
            && !path.Contains("/.", StringComparison.Ordinal) && !path.Contains("%", StringComparison.Ordinal);
    }

    private static string FilterQuery(string query)
    {
        if (query.Length <= 1)
            return "";
        var kept = query[1..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0]));
        return string.Join('&', kept);
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("pk_", StringComparison.OrdinalIgnoreCase)
        || TrackingParameters.Contains(name);
}
