namespace Sahel.Diff.Claims;

/// <summary>Everything one story claims: its figures, whom it attributes statements to, and claims of responsibility.</summary>
public sealed record StoryClaims
{
    public required IReadOnlyList<TollClaim> Tolls { get; init; }
    public required IReadOnlyList<Attribution> Attributions { get; init; }
    public required IReadOnlyList<ResponsibilityClaim> Responsibility { get; init; }

    public static StoryClaims Empty { get; } = new() { Tolls = [], Attributions = [], Responsibility = [] };
}
