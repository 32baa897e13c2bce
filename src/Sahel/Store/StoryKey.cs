using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Sahel.Store;

/// <summary>
/// Stable public ids for stories: XxHash3 of the feed's location and the item's key. Row ids depend on the
/// order a sweep's feeds happened to finish in; these do not, so two sweeps of the same feeds print the same.
/// </summary>
public static class StoryKey
{
    public static string For(string feedLocation, string itemKey)
    {
        var hasher = new XxHash3();
        hasher.Append(MemoryMarshal.AsBytes(feedLocation.AsSpan()));
        hasher.Append([0, 0]);
        hasher.Append(MemoryMarshal.AsBytes(itemKey.AsSpan()));
        return hasher.GetCurrentHashAsUInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
