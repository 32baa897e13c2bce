namespace Sahel.Diff.Claims;

/// <summary>
/// Session 17, round 37: round 29's counter-account (<see cref="ContradictedOperation"/>) after a force's denial alone. A
/// government or army that denies its strike or operation harmed civilians ("le ministre a démenti que la frappe ait fait des
/// victimes civiles", "نفت الحكومة أن تكون غارة الجيش قد أصابت مدنيين", "the army denied striking the market") tells the
/// operation as its own as much as a claim does; residents, an NGO or the UN then saying that civilians died in it blame the
/// force (the README's rule: "someone contradicting a force's account of its own strike or operation").
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// The blame of the state or joint force that denied before, when no force's claim stands before (then round 29 reads the
    /// sentence) and the sentence read no statement of its own; every condition of <see cref="ContradictedOperation"/> holds
    /// (speaker, ties, negations, unnamed doers, other times, no civilians killed told before, no group claimed or blamed before).
    /// </summary>
    internal static ResponsibilityClaim? ContradictedDenial(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions,
        List<TollFinder.Found> tolls, List<ResponsibilityClaim> claims, int claimsBefore, Func<string, string?> kindOf, Func<bool> civiliansBefore, Func<bool> groupBefore, Func<bool>? fightBefore = null)
    {
        if (claimsBefore == 0 || claims.Count > claimsBefore)
            return null;
        bool Force(ResponsibilityClaim c, ResponsibilityPolarity polarity) => c.Polarity == polarity && c.Actor is { } a && kindOf(a) is "state" or "regional";
        var before = claims.Take(claimsBefore).ToList();
        if (before.Exists(c => Force(c, ResponsibilityPolarity.Claimed)) || before.LastOrDefault(c => Force(c, ResponsibilityPolarity.Denied)) is not { Actor: { } denier })
            return null;
        return ContradictedOperation(sentence, mentions, attributions, tolls, () => denier, civiliansBefore, groupBefore, fightBefore);
    }
}
