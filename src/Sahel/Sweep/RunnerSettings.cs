using Sahel.Store;

namespace Sahel.Sweep;

/// <summary>
/// Who sweeps and how it shares the store with other runners: its id (recorded with each fetch), how recently a
/// feed may have been fetched and still be skipped, how long its claim on a feed holds, and how many feeds it
/// works on at once when it claims them one by one from a shared store.
/// </summary>
public sealed record RunnerSettings(string RunnerId, TimeSpan MinInterval)
{
    public TimeSpan Lease { get; init; } = FeedClaim.DefaultLease;

    public int Workers { get; init; } = 32;

    /// <summary>The default id: the host's name and the process id, unique among runners alive at once.</summary>
    public static string DefaultRunnerId() => $"{Environment.MachineName}:{Environment.ProcessId}";

    public static RunnerSettings Default => new(DefaultRunnerId(), TimeSpan.Zero);
}
