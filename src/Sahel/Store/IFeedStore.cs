using Sahel.Model;

namespace Sahel.Store;

/// <summary>
/// The feeds: the user's subscriptions, and every source a sweep has fetched with its fetch state (validators for
/// conditional GET, last status and error, the runner that last fetched it). Removing a subscription keeps its stories.
/// </summary>
public interface IFeedStore
{
    IReadOnlyList<FeedRecord> List(bool subscribedOnly);

    FeedRecord? Find(string location);

    /// <summary>
    /// Makes sure each source has a row, refreshing the name, language and country the user gave, and returns
    /// the rows in the same order. Subscriptions are left as they are.
    /// </summary>
    IReadOnlyList<FeedRecord> Ensure(IReadOnlyList<FeedSource> sources, DateTimeOffset now);

    /// <summary>Adds a source to the user's list; returns false when it was already there.</summary>
    bool Subscribe(FeedSource source, DateTimeOffset now);

    /// <summary>Takes a source off the user's list; its stories stay in the store. False when it was not subscribed.</summary>
    bool Unsubscribe(string location);

    /// <summary>
    /// Claims for one runner up to <paramref name="max"/> of these feeds that are due (<see cref="FeedClaim"/>)
    /// and not leased by a live runner, and returns them as stored now (with the validators another runner may
    /// have just saved). A claimed feed is leased until its commit or until the lease runs out, so a runner that
    /// dies mid-feed holds nothing for long. Safe to call concurrently with the other members.
    /// </summary>
    IReadOnlyList<FeedRecord> Claim(IReadOnlyList<long> feedIds, FeedClaim claim, int max);

    /// <summary>
    /// Gives back the leases this runner still holds on these feeds (an interrupted sweep), so another runner can
    /// take them at once rather than when the leases run out. Safe to call concurrently with the other members.
    /// </summary>
    void Release(IReadOnlyCollection<long> feedIds, string runnerId);
}

/// <summary>
/// Who claims feeds and on what terms: a feed is due when no runner attempted it within
/// <see cref="MinInterval"/> of <see cref="Now"/>; a claim holds for <see cref="Lease"/>.
/// </summary>
public sealed record FeedClaim(string RunnerId, DateTimeOffset Now, TimeSpan MinInterval, TimeSpan Lease)
{
    /// <summary>Long enough for a slow feed's retries, short enough that a dead runner's feeds come back within the hour.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(10);

    public DateTimeOffset DueBefore => Now - MinInterval;

    public DateTimeOffset LeaseUntil => Now + Lease;
}
