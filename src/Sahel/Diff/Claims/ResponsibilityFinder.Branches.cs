using Sahel.Normalize;

namespace Sahel.Diff.Claims;

internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// Session 16, round 35: a headline names the speaking force ("Mali: army says 22 terrorists neutralised", "l'armée burkinabè
    /// dit avoir neutralisé…", "الجيش المالي: تحييد…") where the text tells the deed as one branch of it (the air force, a rapid
    /// intervention battalion, the gendarmerie: the lexicon's child of that force). When the text claims that one branch and never
    /// the force itself, the headline's claim is the branch's, told shorter: one claim, the doer's. Where the text claims the force
    /// too ("les forces armées ont neutralisé… le BIR a détruit…") both stand, as the writers label them. Only claims: who is
    /// blamed or denies in a headline is not folded (a rights group's "the army" may be the army).
    /// </summary>
    internal static void HeadlineForceForItsBranch(List<ResponsibilityClaim> claims, HashSet<ResponsibilityClaim> titleClaims, Lexicon lexicon)
    {
        if (titleClaims.Count == 0)
            return;
        var textClaimed = claims.Where(c => c is { Polarity: ResponsibilityPolarity.Claimed, Actor: not null } && !titleClaims.Contains(c))
            .Select(c => c.Actor!).ToHashSet(StringComparer.Ordinal);
        claims.RemoveAll(c => c is { Polarity: ResponsibilityPolarity.Claimed, Actor: { } force } && titleClaims.Contains(c)
            && !textClaimed.Contains(force) && lexicon.FindActor(force)?.Kind is "state" or "regional"
            && textClaimed.Count(branch => lexicon.FindActor(branch)?.Parent == force) == 1);
    }
}
