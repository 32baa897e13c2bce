using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Sahel.Cluster;

/// <summary>
/// The set of hashed 3-word shingles of a story's normalised text: what copy detection compares. Word order
/// inside a shingle matters, so two stories that merely share vocabulary do not look alike.
/// </summary>
public static class Shingles
{
    public const int Size = 3;

    public static HashSet<ulong> Of(IReadOnlyList<string> tokens)
    {
        var shingles = new HashSet<ulong>();
        if (tokens.Count < Size)
        {
            if (tokens.Count > 0)
                shingles.Add(Hash(tokens, 0, tokens.Count));
            return shingles;
        }
        for (var i = 0; i + Size <= tokens.Count; i++)
            shingles.Add(Hash(tokens, i, Size));
        return shingles;
    }

    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static ulong Hash(IReadOnlyList<string> tokens, int start, int count)
    {
        var hasher = new XxHash3();
        for (var i = start; i < start + count; i++)
        {
            hasher.Append(MemoryMarshal.AsBytes(tokens[i].AsSpan()));
            hasher.Append([0, 0]);
        }
        return hasher.GetCurrentHashAsUInt64();
    }
}
