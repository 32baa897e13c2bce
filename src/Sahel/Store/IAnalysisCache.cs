namespace Sahel.Store;

/// <summary>Cached analysis per item, valid for one content hash and one analyser fingerprint.</summary>
public interface IAnalysisCache
{
    /// <summary>The cached signatures still valid for these items (by item id). Reads only these items' rows.</summary>
    Dictionary<long, byte[]> Load(IReadOnlyDictionary<long, string> contentHashByItem, string analyzer);

    /// <summary>Whether any row was cached by this analyser (a cheap test before asking for many items).</summary>
    bool Any(string analyzer);

    void Save(IEnumerable<(long ItemId, string ContentHash, byte[] Signature)> entries, string analyzer);
}
