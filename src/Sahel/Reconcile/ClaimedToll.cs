using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;

namespace Sahel.Reconcile;

/// <summary>
/// The killed toll one source gives for an incident, all victims together as ACLED counts them: "FAMa: 5
/// soldiers" or "army/government: 5 soldiers + ≈ 30 attackers". Vague words read as ACLED codes them: "dozens"
/// is 12 and "hundreds" 100 at the least, "several" 10 at the most. <see cref="High"/> is null when open-ended.
/// </summary>
public sealed record ClaimedToll(string Source, string Display, int Low, int? High, int Point)
{
    /// <summary>The killed tolls of an incident's accounts, one per source; a source that gives two values for the same victims gives two tolls.</summary>
    public static IReadOnlyList<ClaimedToll> From(IncidentComparison comparison)
    {
        var reports = comparison.Tolls.Where(t => t.Kind == TollKind.Killed)
            .SelectMany(t => t.Reports.Select(r => (Victims: t.Victims, Report: r, Source: SourceLabel.Of(r.SourceKind, r.SourceName, comparison.Lexicon))))
            .ToList();
        var tolls = new List<ClaimedToll>();
        foreach (var source in reports.GroupBy(r => r.Source, StringComparer.Ordinal))
        {
            var parts = source.ToList();
            var oneValuePerVictims = parts.GroupBy(p => p.Victims ?? "").All(g => g.Count() == 1);
            var groups = oneValuePerVictims ? new List<List<(string? Victims, TollReport Report, string Source)>> { parts } : parts.Select(p => new List<(string? Victims, TollReport Report, string Source)> { p }).ToList();
            foreach (var group in groups)
                tolls.Add(Sum(source.Key, group.Select(p => (p.Victims, p.Report.Count)).ToList()));
        }
        return tolls;
    }

    /// <summary>Where ACLED's figure sits against this toll: at its conservative end (from its lowest to its stated value), above that within it, or outside.</summary>
    public TollPosition Place(int fatalities) =>
        fatalities < Low || fatalities > High ? TollPosition.Outside
        : fatalities <= Point ? TollPosition.LowEnd
        : TollPosition.Inside;

    private static ClaimedToll Sum(string source, List<(string? Victims, NumberRange Count)> parts)
    {
        int low = 0, point = 0;
        int? high = 0;
        foreach (var (_, count) in parts)
        {
            var (l, p, h) = Conservative(count);
            low += l;
            point += p;
            high = high is { } sum && h is { } part ? sum + part : null;
        }
        var display = string.Join(" + ", parts.Select(p => p.Victims is { } v ? $"{p.Count.Display} {v}" : p.Count.Display));
        return new ClaimedToll(source, display, low, high, Math.Max(point, low));
    }

    /// <summary>
    /// A count's lowest value, the value it states, and its highest (null when open), with words read as ACLED codes
    /// them: "dozens" 12 and "hundreds" 100 at the least, "several" 10 at the most (sahel reads it from 2).
    /// </summary>
    private static (int Low, int Point, int? High) Conservative(NumberRange count) => count.Qualifier switch
    {
        "dozens" => (12, 12, count.Max),
        "hundreds" => (100, 100, count.Max),
        "several" => (count.Min ?? 2, 10, Math.Max(count.Max ?? 10, 10)),
        "at-least" or "more-than" => (count.Min ?? 0, count.Min ?? 0, null),
        "at-most" or "fewer-than" => (0, count.Max ?? 0, count.Max),
        _ => (count.Min ?? 0, TollComparison.Point(count) ?? count.Min ?? 0, count.Max),
    };
}

/// <summary>ACLED's fatalities against one source's toll.</summary>
public enum TollPosition
{
    LowEnd,
    Inside,
    Outside,
}
