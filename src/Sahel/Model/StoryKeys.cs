using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Sahel.Model;

/// <summary>
/// Stable public ids for stories: XxHash3 of the feed's location and the item's key. Row ids depend on the
/// order a sweep's feeds happened to finish in; these do not, so two sweeps of the same feeds print the same.
/// Here, beside <see cref="Story"/>, so the model depends on nothing else of sahel.
/// </summary>
public static class StoryKeys
{
    /// <remarks>
    /// A local feed file counts by its file name, not its absolute path, so the ids of an archive or of the
    /// shipped samples do not depend on where the folder sits (a checkout, a CI runner, a colleague's disk).
    /// </remarks>
    public static string For(string feedLocation, string itemKey)
    {
        var feed = FeedSource.IsHttpLocation(feedLocation) ? feedLocation : Path.GetFileName(feedLocation);
        var hasher = new XxHash3();
        hasher.Append(MemoryMarshal.AsBytes(feed.AsSpan()));
        hasher.Append([0, 0]);
        hasher.Append(MemoryMarshal.AsBytes(itemKey.AsSpan()));
        return hasher.GetCurrentHashAsUInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
