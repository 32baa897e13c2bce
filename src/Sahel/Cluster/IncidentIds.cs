using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// Incident ids: <c>inc-</c> and the key of the story that opened the incident. Once issued an id is never
/// given to another incident: when a story's own id is taken (a rebuild can make an old founder open a
/// different incident), a numbered variant of its key is hashed instead.
/// </summary>
public static class IncidentIds
{
    public static string For(Story founder, Func<string, bool> taken)
    {
        var id = "inc-" + founder.Key;
        for (var n = 1; taken(id); n++)
        {
            var hasher = new XxHash3();
            hasher.Append(MemoryMarshal.AsBytes((founder.Key + "#" + n.ToString(CultureInfo.InvariantCulture)).AsSpan()));
            id = "inc-" + hasher.GetCurrentHashAsUInt64().ToString("x16", CultureInfo.InvariantCulture);
        }
        return id;
    }
}
