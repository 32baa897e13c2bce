namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 44: counter-accounts with no linking word. Round 29's counter-account (<see cref="ContradictedOperation"/>)
/// needed a word tying the sentence to the force's account ("however", "pourtant", "لكن", "the dead", "the strike"). Writers often
/// set the second version beside the first with nothing between: "The army said it killed 40 militants. Residents said at least
/// seven civilians died.", "Des habitants font état de neuf civils tués.", "وقال سكان إن ١٢ مدنيا قتلوا". What ties it is the
/// speaker: a private or independent voice giving its own count of civilians killed, after the force told its operation.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// An untied counter-account: the sentence gives its own figure of civilians killed, told by a local, NGO, UN or medical
    /// speaker (not the outlet's narration, which may only describe the place). Another attack in the sentence ("attaque", "ambush",
    /// "هجوم") makes the civilians an attack's victims, not the operation's. The other guards of round 29 (no doer or other actor
    /// named, no agreeing negation, no civilians told before, no group claimed or blamed) still apply after this.
    /// </summary>
    /// <remarks>
    /// Only after a one-sided operation (<paramref name="fightBefore"/> false): when the story told an attack the force repelled, or
    /// its own men killed or wounded, civilians dead in that fight may be either side's victims, and a bare count names no doer.
    /// The caller that gives no <paramref name="fightBefore"/> (the counter-account after a denial) keeps round 29's ties.
    /// An outlet's own count in the sentence (its correspondent) is narration, not a second party's version.
    /// </remarks>
    private static bool UntiedCounterAccount(IReadOnlyList<ClaimWord> words, List<TollFinder.Found> tolls, List<SourceFinder.Found> attributions, Func<bool>? fightBefore) =>
        fightBefore is not null
        && tolls.Exists(t => t is { Kind: TollKind.Killed, Victims: "civilians" })
        && ThirdPartyTells(attributions)
        && !attributions.Exists(a => a.Attribution.Kind is SourceKind.Media)
        && !words.Any(w => OtherAttacks.Contains(w.Text))
        && !fightBefore();

    /// <summary>
    /// Whether the story told a fight before this sentence: the force's own men killed or wounded, or an attack (or its repelling)
    /// in a sentence that gave a claim or a toll ("repelled an attack", "a repoussé l'assaut", "صدت هجوما").
    /// </summary>
    internal static bool FightBefore(List<ResponsibilityClaim> claims, int claimsBefore, List<TollClaim> tolls, string sentence) =>
        tolls.Exists(t => t.Victims == "soldiers" && t.Sentence != sentence)
        || claims.Take(claimsBefore).Select(c => c.Text).Concat(tolls.Where(t => t.Sentence != sentence).Select(t => t.Sentence))
            .Any(TellsAFight);

    /// <summary>Whether a sentence's words, as the project's tokenizer folds them, name an attack or its repelling.</summary>
    private static bool TellsAFight(string text) =>
        Sahel.Normalize.TextNormalizer.Tokenize(text).Any(w => OtherAttacks.Contains(w) || Repelled.Contains(w));

    /// <summary>Repelling or fighting off an attack (fr/en/ar, normalised); the attack nouns themselves are <see cref="OtherAttacks"/>.</summary>
    private static readonly HashSet<string> Repelled = new(StringComparer.Ordinal)
    {
        "repelled", "repulsed", "fought", "clashes", "clash", "repousse", "repousser", "riposte", "attaquee", "attaquees", "affrontements", "accrochage",
        "صد", "صدت", "صدوا", "تصدت", "الهجمات", "اشتباكات", "هاجم", "هاجموا", "هاجمت",
    };

    /// <summary>An attack by others named in the sentence (singular and plural, fr/en/ar, normalised spelling).</summary>
    private static readonly HashSet<string> OtherAttacks = new(StringComparer.Ordinal)
    {
        "attack", "attacks", "attacked", "ambush", "ambushed", "assault", "gunmen", "attaque", "attaques", "embuscade", "assaut", "attentat",
        "هجوم", "الهجوم", "هجوما", "كمين", "الكمين", "اعتداء", "الاعتداء", "هجمات",
    };

    /// <summary>
    /// Civilians told killed before only keep a counter-account from blaming when they may be another doer's: when a blame of the
    /// same force for them was read before ("the FLA said the army's drones killed eleven civilians … the army said it neutralised
    /// terrorists … a notable spoke of thirteen dead"), a further account of civilians dead by a second party (local, NGO, UN or
    /// medical; not the outlet repeating a count) is one more accuser of that force.
    /// </summary>
    internal static bool CiviliansBeforeOfAnother(bool civiliansBefore, List<ResponsibilityClaim> claims, int claimsBefore, string? force, List<SourceFinder.Found> attributions) =>
        civiliansBefore && (force is null || attributions.Exists(a => a.Attribution.Kind is SourceKind.Media)
            || !ThirdPartyTells(attributions)
            || !claims.Take(claimsBefore).Any(c => c.Polarity == ResponsibilityPolarity.Blamed && c.Actor == force));

    /// <summary>Whether a local, NGO, UN or medical speaker tells the sentence: a second party to the force's account.</summary>
    private static bool ThirdPartyTells(List<SourceFinder.Found> attributions) =>
        attributions.Exists(a => a.Attribution.Kind is SourceKind.Local or SourceKind.Ngo or SourceKind.Un or SourceKind.Hospital);
}
