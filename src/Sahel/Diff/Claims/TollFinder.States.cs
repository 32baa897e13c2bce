namespace Sahel.Diff.Claims;

internal static partial class TollFinder
{
    /// <summary>
    /// Round 23: "has been missing since June", "est porté disparu depuis décembre", "confirment la disparition de trois militaires
    /// depuis juillet": "since" after a state of being missing dates the disappearance, it does not count over a period. Only the
    /// states and the noun, not the events ("23 people have gone missing since January", "ont disparu depuis mars": a count kept
    /// over months), and only up to six words back, in the clause.
    /// </summary>
    public static bool DatesAMissingState(ClaimSentence sentence, int since)
    {
        var words = sentence.Words;
        for (var k = since - 1; k >= 0 && k >= since - 6; k--)
        {
            if (words[k].Text is "et" or "and" or "que" or "qu" or "that" || sentence.CommaBefore(k + 1))
                return false;
            if (MissingStates.Contains(words[k].Text) && !(k > 0 && words[k - 1].Text is "went" or "gone" or "ont" or "sont"))
                return true;
        }
        return false;
    }

    /// <summary>Words of a missing state or of the disappearance as a noun (not "disappeared", "vanished": events).</summary>
    private static readonly HashSet<string> MissingStates = new(StringComparer.Ordinal)
    {
        "missing", "unaccounted", "disappearance", "disparu", "disparus", "disparue", "disparues", "disparition", "introuvable", "introuvables",
        "مفقود", "مفقودا", "مفقودون", "مفقودين", "مفقوده", "اختفاء", "فقدان",
    };

    /// <summary>Round 23: the accused of a trial right after a count, past one noun, before the toll word ("five men were arraigned", "trois prévenus").</summary>
    private static bool Accused(IReadOnlyList<ClaimWord> words, int at, int cue)
    {
        for (var k = at; k < cue && k <= at + 2; k++)
            if (words[k].Readings.Any(AccusedWords.Contains))
                return true;
        return false;
    }

    /// <summary>The accused of a court, and the verbs that make them so (not "suspects": troops kill "suspected" militants).</summary>
    private static readonly HashSet<string> AccusedWords = new(StringComparer.Ordinal)
    {
        "arraigned", "charged", "convicted", "sentenced", "defendants", "indicted", "prevenus", "accuses", "inculpes", "condamnes", "juges",
        "متهمين", "المتهمين", "متهمون", "مدانين",
    };
}
