namespace Sahel.Model;

/// <summary>
/// One feed the user asked for: an http(s) URL, or an absolute local file path (archives, offline work).
/// Name, language and country come from the user's list when given; otherwise from the feed itself.
/// </summary>
public sealed record FeedSource(string Location, string? Name = null, string? Lang = null, string? Country = null, string? SiteUrl = null)
{
    public bool IsHttp => Location.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                          || Location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
