namespace Sahel.Diff.Claims;

/// <summary>
/// A count as an outlet wrote it, kept as a range with its qualifier: "au moins 12" is 12–∞ "at-least",
/// "une vingtaine" is 15–25 "about", "عشرات" is 20–99 "dozens". <see cref="Text"/> is the words as written.
/// </summary>
public sealed record NumberRange
{
    public int? Min { get; init; }
    public int? Max { get; init; }

    /// <summary>exact, at-least, at-most, about, more-than, fewer-than, dozens, hundreds, several.</summary>
    public required string Qualifier { get; init; }
    public required string Text { get; init; }

    /// <summary>The count as a person would say it: "12", "≥ 20", "more than 40", "≈ 20", "dozens".</summary>
    public string Display => Qualifier switch
    {
        "exact" => $"{Min}",
        "at-least" => $"≥ {Min}",
        "more-than" => $"more than {Min - 1}",
        "at-most" => $"≤ {Max}",
        "fewer-than" => $"fewer than {Max + 1}",
        "about" => $"≈ {(Min + Max) / 2}",
        _ => Qualifier,
    };

    /// <summary>True when the two ranges have a value in common.</summary>
    public bool Overlaps(NumberRange other) =>
        (Min ?? 0) <= (other.Max ?? int.MaxValue) && (other.Min ?? 0) <= (Max ?? int.MaxValue);
}
