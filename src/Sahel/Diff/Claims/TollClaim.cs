namespace Sahel.Diff.Claims;

/// <summary>
/// One figure: how many were killed, wounded, kidnapped or missing, who they were when the text says
/// (soldiers, civilians, attackers, people), whom the outlet attributes it to, and the phrase it came from.
/// </summary>
public sealed record TollClaim
{
    public required TollKind Kind { get; init; }

    /// <summary>soldiers, civilians, attackers, people; null when the text does not say.</summary>
    public string? Victims { get; init; }
    public required NumberRange Count { get; init; }

    /// <summary>Never null from the extractor: <see cref="Attribution.None"/> when nothing attributes the figure.</summary>
    public Attribution? Source { get; init; }
    public required string Evidence { get; init; }

    /// <summary>The whole sentence the figure was read in.</summary>
    public string Sentence { get; init; } = "";
}
