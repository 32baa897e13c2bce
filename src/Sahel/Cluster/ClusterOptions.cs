namespace Sahel.Cluster;

/// <summary>How far apart two reports of one incident may be, in time and on the map.</summary>
public sealed record ClusterOptions
{
    /// <summary>Reports more than this after an incident's first report start a new incident (default 72 h).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(72);

    /// <summary>Different places within this distance can be the same incident (default 50 km).</summary>
    public double DistanceKm { get; init; } = 50;

    /// <summary>Word-shingle Jaccard similarity at or above which two texts are copies (default 0.7).</summary>
    public double CopySimilarity { get; init; } = 0.7;
}
