namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// Session 18, round 39: a force's "no civilian was harmed" (<see cref="ResponsibilityClaim.OnlyForTheAccusedForce"/>) said of
    /// the operation it claimed in an EARLIER sentence of the story ("The presidency said the army had neutralised 27 fighters." …
    /// "« No civilian was affected by this operation », the statement said"; "Nos forces ont neutralisé quarante-trois assaillants."
    /// … "nos forces n'ont visé aucun civil"). The older rules cleared it only for a state force blamed in the story or claimed in
    /// the same sentence, so a force's denial told a sentence or two after its own account, with the accusation unread or only
    /// alluded to, was dropped. The force that told its own operation answers for it, as in the same sentence: the state or
    /// regional force claimed last before the denial, by the army or government that speaks (a government for its own army).
    /// </summary>
    /// <remarks>
    /// Only where the story tells civilians harmed (a toll of civilians): then the force's words answer an account of its
    /// operation. A communiqué that adds "no civilian casualties were reported" to its own claim, with no one saying otherwise,
    /// is a convention question the writers answer both ways (dev19 labels it a denial, dev25 not): it is left as it was.
    /// </remarks>
    private static ResponsibilityClaim? OwnOperationBefore(List<ResponsibilityClaim> claims, int k, Func<string, string?> kindOf)
    {
        var claim = claims[k];
        if (!claim.OnlyForTheAccusedForce || claim.By?.Kind is not (SourceKind.Government or SourceKind.Army))
            return null;
        var own = claims.Take(k).LastOrDefault(c => c is { Polarity: ResponsibilityPolarity.Claimed, Actor: { } a } && kindOf(a) is "state" or "regional");
        // a claim of a group's (a jihadist attack repelled, then "no civilian was killed") after the force's own is another deed's account
        return own is null || claims.Take(k).SkipWhile(c => !ReferenceEquals(c, own)).Skip(1).Any(c => c.Polarity == ResponsibilityPolarity.Claimed && c.Actor != own.Actor)
            ? null : own;
    }

    /// <summary>Whether the story read a toll of civilians (killed, wounded, taken or missing), from any source.</summary>
    private static bool CiviliansHarmedInTheStory(ClaimReadingState state) => state.Tolls.Exists(t => t.Victims == "civilians");
}
