namespace Sahel.Store;

/// <summary>
/// An item whose page a run should fetch: its row, the URL (canonical link, else the link) and the item's
/// content hash now. <see cref="Recheck"/> is set for a page stored OK whose item has changed in its feed since:
/// it is asked again with its validators, and a failure then keeps the stored text.
/// </summary>
public sealed record PageCandidate(long ItemId, long FeedId, string Url, string ItemHash)
{
    public bool Recheck { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
}
