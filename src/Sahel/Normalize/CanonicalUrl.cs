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
