namespace Sahel.Diff.Claims;

/// <summary>Counts said by a word, not a number: an Arabic singular or dual noun after a toll word, "killed their driver", a dual toll word ("قتيلين").</summary>
internal static partial class TollFinder
{
    // "قتل جندي من قوات حفظ السلام": an Arabic toll word before a singular noun counts one, before a dual
    // ("قتلوا جنديين") two; "killed their driver", "tué son chauffeur": a possessive and a singular person, one.
    private static void NounCounts(ClaimSentence sentence, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, HashSet<int> usedCues, List<Found> found)
    {
        var words = sentence.Words;
        for (var c = 0; c < cues.Count; c++)
        {
            var next = cues[c].Last + 1;
            if (usedCues.Contains(c) || next >= words.Count)
                continue;
            var arabic = ArabicScript.Starts(words[cues[c].First].Text);
            var noun = arabic ? next : next + 1;
            var dualVictims = arabic ? ClaimVocabulary.Dual(words, next) : null;
            var count = arabic && ArabicSingular(words[next]) ? 1
                : dualVictims is not null ? 2
                : !arabic && noun < words.Count && Possessives.Contains(words[next].Text) && SingularPerson(words[noun]) ? 1
                : 0;
            if (count == 0 || found.Any(f => f.First <= noun && noun <= f.Last))
                continue;
            var who = Victims(words, noun, noun) ?? dualVictims;
            found.Add(new Found(cues[c].Kind, who, new NumberRange { Min = count, Max = count, Qualifier = "exact", Text = sentence.Quote(next, noun) }, cues[c].First, noun));
        }
    }

    // "سقوط قتيلين", "وجريحان": a dual toll word counts two on its own.
    private static void DualTollFigures(ClaimSentence sentence, List<Found> found)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (found.Any(f => f.First <= i && i <= f.Last) || DualToll(words[i]) is not { } dual)
                continue;
            // "إطلاق سراح رهينتين": two hostages set free are no toll, as any count of them.
            if (dual == TollKind.Kidnapped && Freed(words, i, i, i))
                continue;
            found.Add(new Found(dual, Victims(words, i + 1, Math.Min(words.Count - 1, i + 2)), new NumberRange { Min = 2, Max = 2, Qualifier = "exact", Text = sentence.Quote(i, i) }, i, i));
        }
    }
}
