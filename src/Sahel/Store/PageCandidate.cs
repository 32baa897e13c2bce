namespace Sahel.Store;

/// <summary>An item whose page a run should fetch: its row and the URL (canonical link, else the link).</summary>
public sealed record PageCandidate(long ItemId, long FeedId, string Url);
