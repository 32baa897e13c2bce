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

    /// <summary>The distinct shingle hashes, sorted: compact to cache and compared by a linear merge.</summary>
    public static ulong[] Of(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0)
            return [];
        if (tokens.Count < Size)
            return [Hash(tokens, 0, tokens.Count)];
        var shingles = new ulong[tokens.Count - Size + 1];
        for (var i = 0; i < shingles.Length; i++)
            shingles[i] = Hash(tokens, i, Size);
        return SortedDistinct(shingles);
    }

    /// <summary>Sorts in place and drops repeats; returns the array itself when nothing repeats.</summary>
    public static ulong[] SortedDistinct(ulong[] values)
    {
        Array.Sort(values);
        var count = 0;
        for (var i = 0; i < values.Length; i++)
            if (i == 0 || values[i] != values[count - 1])
                values[count++] = values[i];
        return count == values.Length ? values : values[..count];
    }

    /// <summary>Jaccard similarity of two sorted distinct sets.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 || b.Length == 0)
            return 0;
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
                i++;
            else
                j++;
        }
        return (double)shared / (a.Length + b.Length - shared);
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
