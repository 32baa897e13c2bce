using Sahel.Diff.Incidents;

namespace Sahel.Diff.Claims.Evaluation;

/// <summary>A toll as a labelled claims file writes it: "killed soldiers >=12 local" (KIND VICTIMS COUNT SOURCE).</summary>
public sealed record TollLabel(string Kind, string Victims, string Count, string Source)
{
    public override string ToString() => $"{Kind} {Victims} {Count} {Source}";

    /// <summary>An extracted toll in the labels' words, so the two compare field by field.</summary>
    public static TollLabel Of(TollClaim toll) =>
        new(toll.Kind.ToString().ToLowerInvariant(), toll.Victims ?? "people", CountText(toll.Count), SourceLabel.Id(toll.Source?.Kind ?? SourceKind.Unattributed));

    /// <summary>A count in the labels' syntax: 12, >=12, >40, <=4, <5, ~20, 5-10, dozens, several.</summary>
    public static string CountText(NumberRange count) => count.Qualifier switch
    {
        "exact" => $"{count.Min}",
        "at-least" => $">={count.Min}",
        "more-than" => $">{count.Min - 1}",
        "about" => $"~{(count.Min + count.Max) / 2}",
        "at-most" => $"<={count.Max}",
        "fewer-than" => $"<{count.Max + 1}",
        "range" => $"{count.Min}-{count.Max}",
        _ => count.Qualifier,
    };
}

/// <summary>A statement of responsibility as labelled: "claimed jnim", "blamed issp by government", "unclaimed".</summary>
public sealed record ResponsibilityLabel(string Polarity, string? Actor, string? By)
{
    public override string ToString() => Polarity + (Actor is null ? "" : " " + Actor) + (By is null ? "" : " by " + By);

    /// <summary>An extracted statement in the labels' words (the polarity as the JSON names it).</summary>
    public static ResponsibilityLabel Of(ResponsibilityClaim claim) =>
        new(claim.Polarity.ToString().ToLowerInvariant(), claim.Actor, claim.By is { } by ? SourceLabel.Id(by.Kind) : null);
}
