namespace Sahel.Diff.Claims;

/// <summary>
/// A claim of responsibility or of a result ("le FLA affirme avoir complètement détruit le convoi"):
/// who claims it (a lexicon actor id, or the words when the lexicon does not know them), who attacked,
/// what the target was and what the claimant says happened to it.
/// </summary>
public sealed record ResponsibilityClaim
{
    public required string Claimant { get; init; }
    public string? Attackers { get; init; }
    public string? Target { get; init; }

    /// <summary>destroyed, seized, killed, repelled…; null when the claim only names the attack.</summary>
    public string? Outcome { get; init; }
    public required string Text { get; init; }
}
