namespace Sahel.Cluster;

/// <summary>
/// Scores a grouping against a researcher's labels. Incidents: B-cubed precision, recall and F1 over every
/// labelled story (a story with no incident, in the labels or in sahel's output, is a group of its own).
/// Copies: precision and recall of the (copy, original) links, a link being right when the labels put both
/// stories in the same copy group.
/// </summary>
public static class IncidentEvaluation
{
    public sealed record Scores(double Precision, double Recall, int Items)
    {
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <param name="gold">Story url → incident label, or null for none.</param>
    /// <param name="predicted">Story url → sahel's incident id, or null for none; urls missing count as none.</param>
    public static Scores BCubed(IReadOnlyDictionary<string, string?> gold, IReadOnlyDictionary<string, string?> predicted)
    {
        var urls = gold.Keys.ToList();
        string GoldGroup(string url) => gold[url] ?? "\u0000" + url;
        string PredictedGroup(string url) => predicted.GetValueOrDefault(url) ?? "\u0000" + url;
        var goldMembers = urls.GroupBy(GoldGroup).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal));
        var predictedMembers = urls.GroupBy(PredictedGroup).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal));
        double precision = 0, recall = 0;
        foreach (var url in urls)
        {
            var inGold = goldMembers[GoldGroup(url)];
            var inPredicted = predictedMembers[PredictedGroup(url)];
            var both = inPredicted.Count(inGold.Contains);
            precision += (double)both / inPredicted.Count;
            recall += (double)both / inGold.Count;
        }
        return urls.Count == 0 ? new Scores(0, 0, 0) : new Scores(precision / urls.Count, recall / urls.Count, urls.Count);
    }

    /// <param name="goldCopyOf">Copy url → its original's url, from the labels.</param>
    /// <param name="predictedCopyOf">Copy url → original url, from sahel (only urls that are labelled).</param>
    public static Scores Copies(IReadOnlyDictionary<string, string> goldCopyOf, IReadOnlyDictionary<string, string> predictedCopyOf)
    {
        string Root(string url)
        {
            while (goldCopyOf.TryGetValue(url, out var original))
                url = original;
            return url;
        }
        var right = predictedCopyOf.Count(pair => Root(pair.Key) == Root(pair.Value) && (goldCopyOf.ContainsKey(pair.Key) || goldCopyOf.ContainsKey(pair.Value)));
        var precision = predictedCopyOf.Count == 0 ? 1 : (double)right / predictedCopyOf.Count;
        var found = goldCopyOf.Count(pair => predictedCopyOf.TryGetValue(pair.Key, out var original) && Root(original) == Root(pair.Key)
                                             || predictedCopyOf.TryGetValue(pair.Value, out var reverse) && reverse == pair.Key);
        var recall = goldCopyOf.Count == 0 ? 1 : (double)found / goldCopyOf.Count;
        return new Scores(precision, recall, goldCopyOf.Count);
    }
}
