using Sahel.Store;

namespace Sahel.Sweep;

/// <summary>How one feed fared in a sweep: what a per-feed summary line says.</summary>
public sealed record FeedOutcome
{
    public required FeedRecord Feed { get; init; }
    public required FeedRunStatus Status { get; init; }
    public int NewItems { get; init; }
    /// <summary>Stored items whose content changed in any way (their row was rewritten).</summary>
    public int ChangedItems { get; init; }

    /// <summary>Of <see cref="ChangedItems"/>, the edits a reader would notice: each recorded a new version.</summary>
    public int EditedItems { get; init; }
    public int SeenItems { get; init; }

    /// <summary>FETCH, PARSE or STORE when the feed failed.</summary>
    public string? FailedStage { get; init; }

    public string? Error { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public int Attempts { get; init; } = 1;
}

public static class FailureStage
{
    public const string Fetch = "FETCH";
    public const string Parse = "PARSE";
    public const string Store = "STORE";
}
