namespace Sahel.Model;

/// <summary>
/// One feed the user asked for: an http(s) URL, or an absolute local file path (archives, offline work).
/// Name, language and country come from the user's list when given; otherwise from the feed itself.
/// <see cref="FullText"/> asks for the article pages of its items too; null leaves the stored setting as it is.
/// </summary>
public sealed record FeedSource(
    string Location, string? Name = null, string? Lang = null, string? Country = null, string? SiteUrl = null, bool? FullText = null)
{
    public bool IsHttp => IsHttpLocation(Location);

    /// <summary>Whether a source location is an http(s) URL (else it is a local file path).</summary>
    public static bool IsHttpLocation(string location) =>
        location.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
