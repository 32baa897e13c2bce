namespace Sahel.Sweep;

/// <summary>How a run fetches article pages, beyond the fetch limits it shares with the feeds.</summary>
public sealed record PageOptions
{
    /// <summary>Fetch pages robots.txt disallows: for the user's own archives, never for other people's sites.</summary>
    public bool IgnoreRobots { get; init; }

    /// <summary>At most this many pages per run, newest items first; the rest wait for the next run.</summary>
    public int MaxPages { get; init; } = 1000;

    /// <summary>A page that failed for a passing reason (timeout, 5xx) is tried in this many runs at most.</summary>
    public int MaxTries { get; init; } = 3;
}
