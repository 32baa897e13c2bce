using Sahel.Diff.Claims;

namespace Sahel.Diff.Incidents;

/// <summary>
/// One figure across the accounts of an incident (killed soldiers, wounded, kidnapped civilians…): every value
/// with its source, the range they span, and whether they agree (every pair of values can be true at once).
/// </summary>
public sealed record TollComparison
{
    public required TollKind Kind { get; init; }

    /// <summary>soldiers, civilians, attackers, people; null when no account says.</summary>
    public string? Victims { get; init; }
    public required IReadOnlyList<TollReport> Reports { get; init; }

    /// <summary>The lowest figure any account gives ("une trentaine" counts as 30, "at least 12" as 12).</summary>
    public int? Low => Reports.Select(r => Point(r.Count)).Min();

    /// <summary>The highest figure any account gives (the lower bound of "at least 20", of "dozens").</summary>
    public int? High => Reports.Select(r => Point(r.Count)).Max();

    /// <summary>Whether the highest figure is open-ended ("at least 20", "more than 40", "dozens").</summary>
    public bool HighIsOpen => Reports.Where(r => Point(r.Count) == High)
        .Any(r => r.Count.Qualifier is "at-least" or "more-than" or "dozens" or "hundreds" or "several");

    /// <summary>The one number that stands for a count when ranges are compared.</summary>
    public static int? Point(NumberRange count) => count.Qualifier switch
    {
        "about" => (count.Min + count.Max) / 2,
        "at-most" or "fewer-than" => count.Max,
        _ => count.Min ?? count.Max,
    };

    /// <summary>True when every two values could both be right ("at least 12" and "20" agree; "5" and "12" do not).</summary>
    public bool Agree => Reports.All(a => Reports.All(b => a.Count.Overlaps(b.Count)));
}
