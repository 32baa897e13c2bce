namespace Sahel.Diff.Claims;

/// <summary>
/// Session 15, round 32: a count whose state changed before the story told it. The bodies of the missing or of hostages
/// ("the bodies of five missing villagers were found", "les corps de deux des otages", "جثتي اثنين من المختطفين") are of the
/// dead: the missing or kidnapping word after the count names who they were, not what they are now.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>The nouns of a dead body, each language, as normalised (the Arabic construct dual "جثتي" too).</summary>
    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "bodies", "corpses", "remains", "corps", "cadavres", "depouilles", "جثث", "جثتي", "جثتا", "جثامين", "رفات",
    };

    /// <summary>What may stand between a body noun and its count: "of (the)", "de", "des", "d", "du", "les".</summary>
    private static readonly HashSet<string> BodyLinks = new(StringComparer.Ordinal) { "of", "the", "de", "des", "d", "du", "les" };

    /// <summary>
    /// Whether the missing or kidnapping cue at <paramref name="cue"/> qualifies a count that a body noun governs: the noun, a
    /// link, the count starting right after, then at most a noun or a partitive before the cue ("bodies of two of the abducted
    /// traders"), six words at most and no other toll word or conjunction between (not "the bodies of three soldiers and two
    /// missing": a second count breaks it, nor "five missing and the bodies of three others": the body noun comes after).
    /// </summary>
    private static bool BodiesOfTheCounted(IReadOnlyList<ClaimWord> words, List<NumberPhrases.Found> all, int cue)
    {
        for (var k = cue - 1; k >= 0 && k >= cue - 6; k--)
        {
            if (words[k].Readings.Any(BodyNouns.Contains))
            {
                var j = k + 1;
                while (j < cue && BodyLinks.Contains(words[j].Text))
                    j++;
                // one count, starting right after the noun and its links, ending before the cue
                return all.Count(n => n.First > k && n.Last < cue) == 1 && all.Any(n => n.First == j && n.Last < cue);
            }
            if (words[k].Text is "and" or "et" or "while" or "alors" or "tandis" or "فيما" or "بينما")
                return false;
            if (PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null)
                return false;
        }
        return false;
    }
}
