namespace Sahel.Cluster;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: stories whose shingle sets are similar land in the same
/// bucket in at least one band, so candidate copies are found without comparing every pair. With 16 bands of
/// 4 rows, a pair at Jaccard 0.7 is a candidate with probability 0.98, a pair at 0.3 with 0.12; candidates are
/// then checked exactly.
/// </summary>
public sealed class MinHashIndex
{
    private const int Bands = 16;
    private const int Rows = 4;
    private const int SignatureLength = Bands * Rows;

    private static readonly ulong[] Seeds = CreateSeeds(0x5A4E4C5348454C00UL);
    private static readonly ulong[] Multipliers = CreateSeeds(0x4D494E4841534831UL).Select(m => m | 1).ToArray();
    private readonly Dictionary<(int Band, ulong Key), List<long>> _buckets = new();

    /// <summary>The indexes already added that share a bucket with these shingles.</summary>
    public HashSet<long> Candidates(ulong[] signature)
    {
        var candidates = new HashSet<long>();
        for (var band = 0; band < Bands; band++)
            if (_buckets.TryGetValue((band, BandKey(signature, band)), out var members))
                candidates.UnionWith(members);
        return candidates;
    }

    public void Add(long index, ulong[] signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            if (!_buckets.TryGetValue((band, key), out var members))
                _buckets[(band, key)] = members = [];
            members.Add(index);
        }
    }

    public static ulong[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new ulong[SignatureLength];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            // The shingle is mixed once; each of the 64 hash functions is then one xor and one odd multiply of
            // it (a permutation of 64-bit values), which is what makes signing 30,000 stories cheap.
            var mixed = Mix(shingle);
            for (var i = 0; i < SignatureLength; i++)
            {
                var value = (mixed ^ Seeds[i]) * Multipliers[i];
                value ^= value >> 29;
                if (value < signature[i])
                    signature[i] = value;
            }
        }
        return signature;
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        var key = 14695981039346656037UL;
        for (var i = band * Rows; i < (band + 1) * Rows; i++)
            key = (key ^ signature[i]) * 1099511628211UL;
        return key;
    }

    // SplitMix64 finaliser: a fast, well-mixed permutation, one per seed.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }

    private static ulong[] CreateSeeds(ulong state)
    {
        // Fixed: signatures, and so copy groups, are the same on every run.
        var seeds = new ulong[SignatureLength];
        for (var i = 0; i < seeds.Length; i++)
            seeds[i] = state = Mix(state + 0x9E3779B97F4A7C15UL);
        return seeds;
    }
}
