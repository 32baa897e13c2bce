using System.Text;

namespace Sahel.Tests.Diff.ClaimsSet;

/// <summary>The dev/test split of Fixtures/ClaimsSet, fixed before any extraction code changed.</summary>
internal static class ClaimsSplit
{
    /// <summary>The split of each story, as split.txt records it.</summary>
    public static Dictionary<string, string> Of(string directory) =>
        File.ReadLines(Path.Combine(directory, "split.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    /// <summary>The fixed rule: FNV-1a 32-bit hash of the id's UTF-8 bytes, modulo 10; 0–5 dev, 6–9 test.</summary>
    public static string ByRule(string id)
    {
        var hash = 0x811c9dc5u;
        foreach (var b in Encoding.UTF8.GetBytes(id))
            hash = unchecked((hash ^ b) * 0x01000193u);
        return hash % 10 < 6 ? "dev" : "test";
    }
}
