using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Sahel.Store;

/// <summary>
/// The store's fingerprint of some texts: XxHash3 over each field's UTF-16 text in place, with a separator, as
/// 16 hex digits. No concatenation and no transcoding: it runs for every item of every sweep.
/// </summary>
public static class TextHash
{
    public static string Of(params ReadOnlySpan<string?> fields)
    {
        var hasher = new XxHash3();
        foreach (var field in fields)
        {
            hasher.Append(MemoryMarshal.AsBytes((field ?? "").AsSpan()));
            hasher.Append([0, 0]);
        }
        return hasher.GetCurrentHashAsUInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
