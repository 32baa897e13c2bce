using Sahel.Normalize;

namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// A denial that names no actor ("Bamako a démenti toute implication de ses forces", "رفضت الحكومة … الاتهامات", "a
    /// charge the group flatly rejected") answers the accusation the story last reported: it clears the actor blamed
    /// last, a state force first when a government or an army denies. With no accusation before it, it says nothing.
    /// </summary>
    private static void ResolveUnnamedDenials(List<ResponsibilityClaim> claims, Lexicon lexicon, bool civiliansHarmed = false)
    {
        var blamed = new List<ResponsibilityClaim>();
        for (var k = 0; k < claims.Count; k++)
        {
            var claim = claims[k];
            if (claim.Polarity == ResponsibilityPolarity.Blamed && claim.Actor is not null)
            {
                if (blamed.Count > 0 && blamed[^1].Text != claim.Text)
                    blamed.Clear();
                blamed.Add(claim);
                continue;
            }
            if (claim is not { Polarity: ResponsibilityPolarity.Denied, Actor: null })
                continue;
            var forState = claim.By?.Kind is SourceKind.Government or SourceKind.Army;
            // "un porte-parole du groupe a contesté": a spokesman of the group speaks for the group, whatever kind his title reads as.
            var ofTheState = forState && !ResponsibilityFinder.SpeaksForAGroup(claim.By!, claim.Text);
            // "denied … after residents accused the army": an accusation told in the same sentence comes first.
            var answered = claims.Skip(k + 1).Where(c => c.Text == claim.Text && c is { Polarity: ResponsibilityPolarity.Blamed, Actor: not null }).ToList() is { Count: > 0 } same ? same : blamed;
            // Session 9, round 16: a government or an army denies for its own side, never for the jihadists the story accused
            // beside it ("Le ministère de la Défense a rejeté le rapport", which blamed the army and the EIGS): with no state
            // force among the last blames, the state force the story accused before them.
            var cleared = (forState ? answered.FirstOrDefault(b => lexicon.FindActor(b.Actor!)?.Kind == "state")
                    ?? (ofTheState ? claims.Take(k).LastOrDefault(b => b is { Polarity: ResponsibilityPolarity.Blamed, Actor: { } accused } && lexicon.FindActor(accused)?.Kind == "state") : null) : null)
                ?? (claim.OnlyForTheAccusedForce || ofTheState && answered.TrueForAll(b => lexicon.FindActor(b.Actor!)?.Kind == "jihadist") ? null : answered.FirstOrDefault());
            // Session 8: "Mali's army said … that no civilian had been harmed. A youth association blamed the army": the force
            // that says so, accused only after, still answers the accusation.
            if (cleared is null && claim.OnlyForTheAccusedForce && forState)
                cleared = claims.Skip(k + 1).FirstOrDefault(b => b is { Polarity: ResponsibilityPolarity.Blamed, Actor: { } accused } && lexicon.FindActor(accused)?.Kind == "state"
                    && (claim.By?.Name is not { } force || force == accused));
            // "The army said its drones had killed 25 terrorists, and denied reports that a market had been hit": a force denying a
            // clause in the sentence that claims its own strike answers what was said of that strike.
            if (cleared is null && claim.OnlyForTheAccusedForce && forState)
                cleared = claims.FirstOrDefault(c => c.Text == claim.Text && c is { Polarity: ResponsibilityPolarity.Claimed, Actor: { } own } && lexicon.FindActor(own)?.Kind == "state");
            cleared ??= civiliansHarmed ? OwnOperationBefore(claims, k, id => lexicon.FindActor(id)?.Kind) : null;
            // "…and that no civilian had been harmed" after the force's own "denied that…": one denial, said twice.
            if (cleared is null || claim.OnlyForTheAccusedForce && claims.Take(k).Any(c => c.Polarity == ResponsibilityPolarity.Denied && c.Actor == cleared.Actor))
                claims.RemoveAt(k--);
            // Session 10, round 18: "Families accuse the Africa Corps … Bamako denied any involvement of its forces": a government
            // denies for its own army, not for a foreign force the story accused beside it.
            else if (ofTheState && claim.By?.Kind == SourceKind.Government && lexicon.FindActor(cleared.Actor!)?.Kind == "foreign"
                && ResponsibilityFinder.ArmyOfTheGovernment(claim.By.Text, claim.Text) is { } own)
                claims[k] = claim with { Actor = own, OnlyForTheAccusedForce = false };
            else
                claims[k] = claim with { Actor = cleared.Actor, OnlyForTheAccusedForce = false };
        }
    }
}
