using Sahel.Model;

namespace Sahel.Store;

/// <summary>A row of the feeds table: the source as the user listed it, plus what the last fetch learned.</summary>
public sealed record FeedRecord
{
    public required long Id { get; init; }
    public required string Location { get; init; }
    public string? Name { get; init; }
    public string? Lang { get; init; }
    public string? Country { get; init; }
    public string? SiteUrl { get; init; }
    public bool Subscribed { get; init; }

    /// <summary>Whether every fetch also fetches the article pages of this feed's items (`feeds add --full-text`).</summary>
    public bool FullText { get; init; }
    public string? Title { get; init; }
    public string? RedirectLocation { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset? LastAttemptAt { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }
    public string? LastStatus { get; init; }
    public string? LastErrorStage { get; init; }
    public string? LastError { get; init; }

    /// <summary>The runner that last fetched the feed (`sweep --runner-id`), when it said.</summary>
    public string? LastRunner { get; init; }

    /// <summary>The name people see: the user's name, else the feed's own title, else the host or file name.</summary>
    public string DisplayName => Name ?? Title ?? FallbackName(Location);

    public FeedSource ToSource() => new(Location, Name, Lang, Country, SiteUrl, FullText ? true : null);

    private static string FallbackName(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.Host
            : Path.GetFileName(location);
}
