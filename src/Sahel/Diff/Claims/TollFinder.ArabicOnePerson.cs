namespace Sahel.Diff.Claims;

/// <summary>
/// Round 26: one Arabic person with no number, told by an indefinite singular noun as the only argument of a toll verb: the
/// subject before its verb ("قال مصدر إن جنديا قتل", "راعيا قُتل قرب البئر"), the object after the verb and its definite subject
/// ("قتل المسلحون امرأة"), or the noun in the accusative right after the verb ("قتلوا جنديا").
/// </summary>
internal static partial class TollFinder
{
    /// <summary>A singular person noun, bare or in the indefinite accusative ("جندي", "جنديا", "راعيا", "امرأة").</summary>
    private static bool ArabicSingular(ClaimWord word) =>
        Singular.Contains(word.Text) || word.Text.Length > 3 && word.Text[^1] == 'ا' && Singular.Contains(word.Text[..^1]) && word.Text[..^1] != "اخر";

    /// <summary>Words before the noun that make it part of a count or of a group told before ("بينهم امرأة", "١٥ جنديا").</summary>
    private static readonly HashSet<string> ArabicPartWords = new(StringComparer.Ordinal) { "بينهم", "منهم", "بينهن", "بينها", "احد", "احدى", "عدد", "نحو", "حوالي" };

    private static void ArabicOnePerson(IReadOnlyList<ClaimWord> words, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, HashSet<int> usedCues, List<Found> found)
    {
        for (var c = 0; c < cues.Count; c++)
        {
            // not the verbs that need their people said ("ضابط سقط في كمين": fell into an ambush)
            if (usedCues.Contains(c) || !ArabicScript.Starts(words[cues[c].First].Text) || cues[c].First == cues[c].Last && Ambiguous.Contains(words[cues[c].First].Text))
                continue;
            // the subject before its verb ("جنديا قتل"), or the object past the verb's definite subject ("قتل المسلحون امرأة")
            var noun = cues[c].First > 0 && ArabicSingular(words[cues[c].First - 1]) ? cues[c].First - 1
                // past one indefinite adjective of nationality or origin ("حارسا ماليا قُتل")
                : cues[c].First > 1 && ArabicSingular(words[cues[c].First - 2]) && Nisba(words[cues[c].First - 1]) ? cues[c].First - 2
                : cues[c].Last + 2 < words.Count && words[cues[c].Last + 1].Text.StartsWith("ال", StringComparison.Ordinal) && !PhraseMatch.Is(words[cues[c].Last + 1], ClaimVocabulary.VictimWords)
                    && ArabicSingular(words[cues[c].Last + 2]) ? cues[c].Last + 2
                // round 31: the object in the indefinite accusative right after a verb in the plural, past "also" ("قتلوا سائقا",
                // "قتلوا أيضا سائقا", "خطفوا كذلك مزارعا"), as "also killed a driver", "ont également tué un chauffeur" are read
                : ArabicAccusativeObject(words, cues[c].Last) is var obj and >= 0 ? obj : -1;
            if (noun < 0 || found.Any(f => f.First <= noun && noun <= f.Last)
                || noun > 0 && (words[noun - 1].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[noun - 1].Text) || ArabicPartWords.Contains(words[noun - 1].Text) || PhraseMatch.Is(words[noun - 1], ClaimVocabulary.Vague))
                || noun + 1 < words.Count && words[noun + 1].Text is "واحد" or "واحدا")
                continue;
            usedCues.Add(c);
            found.Add(new Found(cues[c].Kind, Victims(words, noun, noun), new NumberRange { Min = 1, Max = 1, Qualifier = "exact", Text = words[noun].Text }, Math.Min(noun, cues[c].First), Math.Max(noun, cues[c].Last)));
        }
    }

    /// <summary>Round 28: "still" before a state, with "و" and in the feminine: "لا يزال", "ما زالت", "لا تزال".</summary>
    private static readonly HashSet<string> StillVerbs = new(StringComparer.Ordinal) { "يزال", "تزال", "زال", "زالت", "مازال", "مازالت" };

    /// <summary>Round 28: the singular of the missing, masculine and feminine ("مفقودا", "مفقودة"); the plural is a count of its own.</summary>
    private static readonly HashSet<string> MissingSingular = new(StringComparer.Ordinal) { "مفقود", "مفقودا", "مفقوده" };

    /// <summary>Definite things said to be lost that are no person: contact, trace.</summary>
    private static readonly HashSet<string> LostThings = new(StringComparer.Ordinal) { "الاتصال", "الاثر", "الامل", "التواصل" };

    /// <summary>
    /// Round 28: one definite person still missing, the singular adjective agreeing with its subject: "وإن المعلمة لا تزال مفقودة",
    /// "قائد الكتيبة لا يزال مفقودا" (the noun and its definite genitive), as "the driver is still missing" and "le chauffeur est
    /// toujours porté disparu" are read (<see cref="NumberPhrases"/>). Not the plural ("الجنود لا يزالون مفقودين", no count), not a
    /// thing ("الاتصال لا يزال مفقودا"), not a noun already counted.
    /// </summary>
    private static void ArabicStillMissing(IReadOnlyList<ClaimWord> words, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, HashSet<int> usedCues, List<Found> found)
    {
        for (var c = 0; c < cues.Count; c++)
        {
            var (kind, first, last, _) = cues[c];
            if (usedCues.Contains(c) || kind != TollKind.Missing || first != last || first < 3 || !MissingSingular.Contains(words[first].Text)
                || !StillVerbs.Contains(words[first - 1].Text) || words[first - 2].Text is not ("لا" or "ما" or "ولا" or "وما"))
                continue;
            // the subject: a definite noun ("المعلمة"), or a noun and its definite genitive ("قائد القاعدة")
            var at = first - 3;
            var definite = words[at].Text.StartsWith("ال", StringComparison.Ordinal) || words[at].Text.StartsWith("وال", StringComparison.Ordinal);
            if (!definite || LostThings.Contains(words[at].Text) || words[at].Number is not null)
                continue;
            var noun = at > 0 && ArabicScript.Starts(words[at - 1].Text) && !words[at - 1].Text.StartsWith("ال", StringComparison.Ordinal) && words[at - 1].Text is not ("ان" or "وان" or "انه" or "بان" or "و")
                && !PhraseMatch.Is(words[at - 1], SourceVocabulary.Verbs) && words[at - 1].Number is null && !ClaimVocabulary.Cardinals.ContainsKey(words[at - 1].Text) ? at - 1 : at;
            // a plural subject or one counted before ("الجنود", "الخمسة") is no one person
            if (words[noun].Text.EndsWith("ون", StringComparison.Ordinal) || words[noun].Text.EndsWith("ين", StringComparison.Ordinal) || words[noun].Text.EndsWith("ات", StringComparison.Ordinal)
                || found.Any(f => f.First <= noun && at <= f.Last))
                continue;
            usedCues.Add(c);
            found.Add(new Found(TollKind.Missing, Victims(words, noun, at), new NumberRange { Min = 1, Max = 1, Qualifier = "exact", Text = words[noun].Text }, noun, first));
        }
    }

    /// <summary>An indefinite adjective of origin agreeing with a singular noun: "ماليا", "نيجري", "محليا" (no article, no toll word, no count).</summary>
    private static bool Nisba(ClaimWord word) =>
        ArabicScript.Starts(word.Text) && !word.Text.StartsWith("ال", StringComparison.Ordinal) && (word.Text.EndsWith("يا", StringComparison.Ordinal) || word.Text.EndsWith('ي'))
        && word.Text.Length > 3 && word.Number is null && !PhraseMatch.Is(word, ClaimVocabulary.TollWords) && !ClaimVocabulary.Cardinals.ContainsKey(word.Text);

    /// <summary>Round 26: "of them", "d'entre eux" after a count: people told before in the sentence, whose part the count is.</summary>
    private static bool ThemPartitive(IReadOnlyList<ClaimWord> words, int at) =>
        at + 1 < words.Count && (words[at].Text == "of" && words[at + 1].Text == "them"
            || words[at].Text == "d" && words[at + 1].Text == "entre" && at + 2 < words.Count && words[at + 2].Text is "eux" or "elles");

    /// <summary>The people named nearest before <paramref name="before"/> in the sentence, else null.</summary>
    private static string? NearestVictimsBefore(IReadOnlyList<ClaimWord> words, int before)
    {
        for (var k = before - 1; k >= 0; k--)
            if (PhraseMatch.At(words, k, ClaimVocabulary.VictimWords) is { } victim && k + victim.Length <= before)
                return victim.Value;
        return null;
    }

    /// <summary>"أيضا", "كذلك": "also" between a verb and its object.</summary>
    private static readonly HashSet<string> AlsoWords = new(StringComparer.Ordinal) { "ايضا", "كذلك" };

    /// <summary>
    /// Round 31: the indefinite singular person in the accusative ("سائقا", "رجلا", "مزارعا") right after a toll verb whose subject is
    /// in it (the plural "قتلوا", "خطفوا", "اختطفوا"), one "also" between at most: the verb's one victim. Only the plural verb, whose
    /// subject the ending holds, so the noun after it is the object; a singular verb's noun may be its subject.
    /// </summary>
    private static int ArabicAccusativeObject(IReadOnlyList<ClaimWord> words, int verb)
    {
        if (!words[verb].Text.EndsWith("وا", StringComparison.Ordinal))
            return -1;
        var at = verb + 1 < words.Count && AlsoWords.Contains(words[verb + 1].Text) ? verb + 2 : verb + 1;
        return at < words.Count && words[at].Text.EndsWith('ا') && ArabicSingular(words[at]) ? at : -1;
    }
}
