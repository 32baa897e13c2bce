namespace Sahel.Store;

/// <summary>Reads the recorded versions of articles (docs/versions.md).</summary>
public interface IVersionStore
{
    /// <summary>
    /// An article's versions, oldest first. An article never edited has no rows: it is returned as its one
    /// version, the stored state as first seen.
    /// </summary>
    IReadOnlyList<ItemVersion> Load(long itemId);

    /// <summary>The articles with an edit seen in the window (inclusive since, exclusive until), by item id.</summary>
    IReadOnlyList<long> EditedBetween(DateTimeOffset? since, DateTimeOffset? until);
}
