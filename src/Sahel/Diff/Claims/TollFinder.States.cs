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
        "متهمين", "المتهمين", "متهمون", "المتهمون", "مدانين",
    };

    /// <summary>
    /// Round 23: the earlier figure named as such before its count: "from an earlier figure of", "from a previous toll of", "contre un
    /// bilan initial de", "contre un premier bilan de" (round 20 read "up from the N" and "contre N annoncés").
    /// </summary>
    private static bool EarlierFigureOf(IReadOnlyList<ClaimWord> words, int first)
    {
        if (first < 4 || words[first - 1].Text is not ("of" or "de" or "d"))
            return false;
        var noun = Earlier.Contains(words[first - 2].Text) ? first - 3 : first - 2;
        if (!FigureNouns.Contains(words[noun].Text))
            return false;
        return (Earlier.Contains(words[noun - 1].Text) || Earlier.Contains(words[noun + 1].Text))
            && Enumerable.Range(Math.Max(0, noun - 4), Math.Min(4, noun)).Any(k => words[k].Text is "from" or "contre");
    }

    private static readonly HashSet<string> FigureNouns = new(StringComparer.Ordinal) { "figure", "toll", "count", "tally", "estimate", "bilan", "chiffre", "decompte" };

    private static readonly HashSet<string> Earlier = new(StringComparer.Ordinal) { "earlier", "initial", "previous", "first", "provisional", "premier", "precedent", "provisoire" };

    /// <summary>Round 23: a count after "from"/"de"/"من" following a verb of rising, and "to"/"à"/"إلى" after it: where "to" is.</summary>
    internal static int? RiseFrom(IReadOnlyList<ClaimWord> words, int first)
    {
        if (first < 2 || words[first - 1].Text is not ("from" or "de" or "من") || !words[first - 2].Readings.Any(RiseVerbs.Contains))
            return null;
        for (var k = first + 1; k < words.Count && k <= first + 3; k++)
            if (words[k].Text is "to" or "a" or "الى" or "إلى")
                return k;
        return null;
    }

    private static readonly HashSet<string> RiseVerbs = new(StringComparer.Ordinal)
    {
        "rose", "risen", "rising", "climbed", "jumped", "passe", "passant", "grimpe", "ارتفعت", "ارتفع", "ارتفاع", "قفزت", "قفز",
    };

    /// <summary>
    /// Round 23: the sentence opens on a group ("Of the", "Of those", "Among the", "Parmi les", "ومن بين", "من بين") and the count is
    /// at most three words past it: where the group's words start. Round 27: so does a clause after "that" ("the sources said that
    /// among the wounded …", "أوضحت المصادر أن من بين الجرحى …"), the same group fronted in reported speech.
    /// </summary>
    private static int? FrontedGroup(IReadOnlyList<ClaimWord> words, int count)
    {
        var open = 0;
        for (var k = Math.Max(1, count - 5); k < count; k++)
            if (words[k - 1].Text is "that" or "que" or "qu" or "ان" or "وان")
                open = k;
        var start = words[open].Text is "of" or "among" or "parmi" ? open + 1
            : words[open].Text is "من" or "ومن" && words.Count > open + 1 && words[open + 1].Text == "بين" ? open + 2 : -1;
        if (start < 0 || count - start > 3 || count <= start)
            return null;
        return start;
    }

    /// <summary>Round 23: nouns of people held, which a killing verb before their count makes the dead.</summary>
    private static readonly HashSet<string> Captives = new(StringComparer.Ordinal)
    {
        "hostages", "hostage", "captives", "captive", "otages", "otage", "اسيرا", "اسرى", "اسير", "رهائن", "رهينه", "رهينتين",
    };
}
