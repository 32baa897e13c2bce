namespace Sahel.Diff.Claims;

/// <summary>
/// A statement of responsibility: a group that claims an attack or a result ("le FLA affirme avoir complètement
/// détruit le convoi"), someone who blames an actor for it, an actor that denies it, or a story saying nobody
/// has claimed it. Who attacked, what the target was and what the claimant says happened to it when the
/// sentence says.
/// </summary>
public sealed record ResponsibilityClaim
{
    /// <summary>The lexicon actor id (or the words when the lexicon does not know them); null when unclaimed.</summary>
    public string? Actor { get; init; }
    public required ResponsibilityPolarity Polarity { get; init; }

    /// <summary>Who blames or denies, when that is not the actor itself: "the government" blamed JNIM.</summary>
    public Attribution? By { get; init; }
    public string? Attackers { get; init; }
    public string? Target { get; init; }

    /// <summary>destroyed, seized, killed, repelled…; null when the claim only names the attack.</summary>
    public string? Outcome { get; init; }
    public required string Text { get; init; }

    /// <summary>
    /// A denial that names no actor and holds only for a state force the story accused before ("the strikes hit no
    /// civilian", said by the army after a rights group blamed it); after a jihadist attack the same words deny nothing.
    /// </summary>
    internal bool OnlyForTheAccusedForce { get; init; }
}

/// <summary>What a statement says of the actor's responsibility.</summary>
public enum ResponsibilityPolarity
{
    /// <summary>The actor says it did it: "revendique", "revendiquée par", "تبنته", "says it killed".</summary>
    Claimed,

    /// <summary>Someone else says the actor did it: "the government blamed the Islamic State".</summary>
    Blamed,

    /// <summary>The actor (or its government) says it did not: "dément", "denied", "نفى".</summary>
    Denied,

    /// <summary>The story says nobody has claimed it: "No group has claimed the attack".</summary>
    Unclaimed,
}
