namespace Sahel.Fetch;

/// <summary>Politeness and safety limits for fetching; the defaults are the documented ones.</summary>
public sealed record FetchOptions
{
    public int MaxConcurrency { get; init; } = 16;
    public int MaxPerHost { get; init; } = 2;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>
    /// All one document may take, retries and their waits included: a host that answers slowly every time must not
    /// hold a sweep for <see cref="Timeout"/> × (1 + <see cref="MaxRetries"/>) plus backoff.
    /// </summary>
    public TimeSpan FeedTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public long MaxBodyBytes { get; init; } = 10 * 1024 * 1024;
    public int MaxRetries { get; init; } = 2;
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for: the feed fails now and is tried next sweep.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRedirects { get; init; } = 5;
    public string UserAgent { get; init; } = SahelVersion.UserAgent;
}
