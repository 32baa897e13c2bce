namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 42 (found by the tolls round, where a newly read figure took the wrong speaker): a private person reached by
/// a medium or a group ("un enseignant joint par l'AFP", "a trader contacted by Reuters", "un commerçant interrogé par une ONG") is
/// who speaks; the one who reached him only carries his words. The reading removed the reacher when a named speaker stood just
/// before "joint par"/"reached by", but a private person (a teacher, a trader, a passenger) is no mention of its own: it is read
/// only by the private-persons fallback (SourceFinder.PrivatePersons.cs), once the cue has no speaker. So the medium stayed, and
/// the figure was the medium's ("un habitant joint par l'AFP" was right: "habitant" is a mention).
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Whether a private person's head stands within the three words before the word of reaching that precedes <paramref name="by"/>.</summary>
    private static bool PrivatePersonReached(IReadOnlyList<ClaimWord> words, int by)
    {
        for (var k = by - 2; k >= Math.Max(0, by - 4); k--)
            if (PrivatePersonAt(words, k) is { } person && person.Last < by - 1)
                return true;
        return false;
    }
}
