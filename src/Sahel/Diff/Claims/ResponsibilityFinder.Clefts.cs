namespace Sahel.Diff.Claims;

/// <summary>
/// Session 8, round 14: a cleft said by a side of the conflict. An armed group or a force that singles out another doer
/// ("le GSIM affirme que c'est l'EIGS qui a commis la tuerie", "ISWAP said it was JAS fighters who killed the fishermen",
/// "قالت الجبهة إن الجيش هو من زرع اللغم"), after its own denial or not, blames that doer; its own name is not a blame.
/// </summary>
internal static partial class ResponsibilityFinder
{
    private static IEnumerable<ResponsibilityClaim> CleftOfOthers(ClaimSentence sentence, List<SourceFinder.Mention> actors, Attribution speaker, int after)
    {
        var others = actors.Where(a => a.Name is not null && a.Name != speaker.Name && a.First > after).ToList();
        if (Cleft(sentence, others) is { } singled)
            yield return BlameOf(singled, speaker, sentence);
    }
}
