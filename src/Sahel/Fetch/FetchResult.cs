namespace Sahel.Fetch;

/// <summary>
/// How fetching one document ended. A failure carries a one-line reason for people ("timeout after 20 s",
/// "HTTP 404 Not Found", "redirect loop: … → …"); the caller labels it with the stage.
/// </summary>
public sealed record FetchResult
{
    public required FetchOutcome Outcome { get; init; }
    public byte[]? Body { get; init; }
    public string? Charset { get; init; }
    public string? ContentType { get; init; }
    public int? HttpStatus { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>Where every hop of a redirect chain was permanent (301, 308): fetch from there next time.</summary>
    public string? PermanentLocation { get; init; }

    /// <summary>Where the body came from after any redirects, temporary ones included (pages resolve links against it).</summary>
    public string? FinalLocation { get; init; }

    /// <summary>The Content-Language header's first language, when the server sent one.</summary>
    public string? ContentLanguage { get; init; }

    public string? Error { get; init; }
    public int Attempts { get; init; } = 1;

    internal bool IsTransient { get; init; }
    internal TimeSpan? RetryAfter { get; init; }

    public static FetchResult Failed(string error, int? status = null, bool transient = false, TimeSpan? retryAfter = null) =>
        new() { Outcome = FetchOutcome.Failed, Error = error, HttpStatus = status, IsTransient = transient, RetryAfter = retryAfter };
}

public enum FetchOutcome
{
    Fetched,
    NotModified,
    Failed,
}
