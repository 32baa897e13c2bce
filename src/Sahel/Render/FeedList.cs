using Sahel.Store;

namespace Sahel.Render;

/// <summary>What `sahel feeds list` shows: the user's feeds, or the built-in list while they have added none.</summary>
public sealed record FeedList(IReadOnlyList<FeedRecord> Feeds, bool BuiltIn);
