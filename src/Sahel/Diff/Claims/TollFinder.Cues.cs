namespace Sahel.Diff.Claims;

/// <summary>
/// The toll words of a sentence, the first step of <see cref="Find"/>: each with its kind, its span and whether it is a
/// neutralisation; a fate called unknown is a cue of the missing, and words that only look like tolls are passed over.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>The toll words of <paramref name="words"/> in order, past the numerals of the counts in <paramref name="all"/>.</summary>
    private static List<(TollKind Kind, int First, int Last, bool Neutralised)> Cues(IReadOnlyList<ClaimWord> words, List<NumberPhrases.Found> all)
    {
        var cues = new List<(TollKind Kind, int First, int Last, bool Neutralised)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (all.Any(n => n.First <= i && i <= n.Last && words[i].Number is not null))
                continue;
            // session 9: "وإن مصير ثلاثة آخرين ما زال مجهولا", "the fate of two others remains unknown", "le sort de trois autres reste
            // inconnu": the fate noun before its count is a toll of the missing when the sentence calls the fate unknown.
            if (FateUnknown(words, i))
            {
                cues.Add((TollKind.Missing, i, i, false));
                continue;
            }
            if (PhraseMatch.At(words, i, ClaimVocabulary.TollWords) is not { } cue)
                continue;
            // round 38: "a catechist abducted in May was still missing": the taking told in passing is no toll of its own
            if (NumberPhrases.TakenBeforeStillMissing(words, i))
                continue;
            // round 20: "killed or wounded more than 40", "tués ou blessés", "قتل أو جرح": a count of two kinds at once is a toll of neither
            if (i + cue.Length + 1 < words.Count && words[i + cue.Length].Text is "or" or "ou" or "او"
                && PhraseMatch.At(words, i + cue.Length + 1, ClaimVocabulary.TollWords) is { } other && other.Value != cue.Value)
            {
                i += cue.Length + other.Length;
                continue;
            }
            // round 23: the same with "and", two verbs after one auxiliary or subject and the count right after them ("had killed and
            // wounded dozens", "a tué et blessé une vingtaine de personnes", "they killed and injured 30"): one count of two kinds (not
            // "12 killed and 20 wounded", nor "freed three of the hostages and killed two": a noun before "and")
            if (i > 0 && i + cue.Length + 1 < words.Count && words[i + cue.Length].Text is "and" or "et" && JointAuxiliaries.Contains(words[i - 1].Text)
                && PhraseMatch.At(words, i + cue.Length + 1, ClaimVocabulary.TollWords) is { } joined && joined.Value != cue.Value
                && i + cue.Length + 1 + joined.Length is var next && next < words.Count
                && (words[next].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[next].Text) || PhraseMatch.At(words, next, ClaimVocabulary.Vague) is not null
                    || words[next].Text is "une" or "at" or "more" or "plus" or "au" && next + 1 < words.Count && (ClaimVocabulary.Approximate.ContainsKey(words[next + 1].Text) || words[next + 1].Text is "least" or "than" or "moins" or "de")))
            {
                i = next - 1;
                continue;
            }
            // round 26: "est tombée dans une embuscade": a fall into something, no death
            if (cue.Length == 1 && NumberPhrases.FallsInto(words, i))
                continue;
            // "treated as terrorists", "soignés comme": a manner, not care
            if (cue.Value == TollKind.Wounded && words[i].Text is "treated" or "soigne" or "soignes" or "soignee" or "soignees" && i + 1 < words.Count && words[i + 1].Text is "as" or "like" or "comme" or "fairly" or "well")
                continue;
            // "فقدنا الاتصال بهم", "lost contact", "lost track": a loss of contact is no death (the missing phrases hold it).
            if (cue.Value == TollKind.Killed && cue.Length == 1 && i + 1 < words.Count && LossVerbs.Contains(words[i].Text) && words[i + 1].Readings.Any(r => r is "الاتصال" or "اثر" or "الاثر" or "contact" or "track" or "touch" or "trace"
                // round 31: the trace with its pronoun ("فُقد أثره", his trace was lost; "أثرها", "أثرهما", "أثرهم")
                || r.StartsWith("اثره", StringComparison.Ordinal)))
                continue;
            // round 20: "أثناء عملية الخطف دركيين": "the kidnapping operation" with the article names the act, complete; a count after
            // it is another verb's object, not the noun's.
            if (cue.Value == TollKind.Kidnapped && i > 0 && words[i - 1].Text is "عمليه" or "عمليات" && words[i].Text.StartsWith("ال", StringComparison.Ordinal))
                continue;
            // round 31: "عشرات الأسر", "مئات الأسر فرت", "آلاف الأسر": after a count, "الأسر" is the plural of "أسرة" (families, who
            // flee or are displaced), not the verbal noun of capture (dev15, dev19, dev20 read as hostages).
            if (cue.Value == TollKind.Kidnapped && cue.Length == 1 && words[i].Text == "الاسر" && i > 0
                && (StartsCount(words[i - 1]) || PhraseMatch.At(words, i - 1, ClaimVocabulary.Vague) is not null || words[i - 1].Readings.Any(r => r is "عشرات" or "مئات" or "الاف")
                    // "٣٠ من الأسر" (30 of the families)
                    || i > 1 && words[i - 1].Text == "من" && StartsCount(words[i - 2])))
                continue;
            // round 32: "the bodies of five missing villagers", "les corps de deux des otages", "جثتي اثنين من المختطفين": the missing
            // or the held whose bodies are found are dead; the count goes to the body noun before it (dev18, dev19, dev20: a state
            // that changed, the README's round 32 table).
            if (cue.Value is TollKind.Missing or TollKind.Kidnapped && BodiesOfTheCounted(words, all, i))
            {
                i += cue.Length - 1;
                continue;
            }
            // "les proches des victimes", "les familles de victimes": the victims' kin are counted, not the victims.
            if (KinOfVictims(words, i))
                continue;
            // "اثنين من الجرحى توفيا", "deux des blessés ont succombé", "two of the wounded later died": the wounded who died are dead;
            // the count goes to the death after them.
            if (cue.Value == TollKind.Wounded && DiedOfTheWounded(words, i, i + cue.Length - 1))
            {
                i += cue.Length - 1;
                continue;
            }
            // "وفُقد أربعة آخرون": Arabic "lost" with "others" counted right after is the passive, "went missing"
            // ("فقد أربعة من جنوده", "lost four of its soldiers", stays a toll of dead).
            // session 8: "فُقد منمّ ثالث" (a third herder went missing): a person and an ordinal after it are the passive too.
            // round 18: "وفُقد رابع" (a fourth went missing): the ordinal right after it too.
            var kind = cue.Value == TollKind.Killed && words[i].Readings.Any(r => r is "فقد" or "فقدت") && i + 1 < words.Count
                // round 22: "وفُقد راعيان آخران" (two other herders went missing): a dual noun is a count too
                && (i + 2 < words.Count && ((StartsCount(words[i + 1]) || ClaimVocabulary.Dual(words, i + 1) is not null) && OtherWords.Contains(words[i + 2].Text) || ArabicOrdinals.Contains(words[i + 2].Text) && PhraseMatch.Is(words[i + 1], ClaimVocabulary.VictimWords))
                    || ArabicOrdinals.Contains(words[i + 1].Text)
                    // round 31: "بينما فُقد جنديان" (two soldiers went missing): a dual in the nominative right after the verb is its
                    // subject, so the verb is the passive; the active's object is in the accusative ("فقد الجيش جنديين")
                    || ClaimVocabulary.Dual(words, i + 1) is not null && words[i + 1].Text.EndsWith("ان", StringComparison.Ordinal)
                    // round 23: "وفقد نحو خمسة عشر آخرين" (about fifteen others went missing): a count with its qualifier or of two words
                    || all.FirstOrDefault(n => n.First == i + 1) is { } lost && lost.Last + 1 < words.Count && OtherWords.Contains(words[lost.Last + 1].Text)) ? TollKind.Missing : cue.Value;
            cues.Add((kind, i, i + cue.Length - 1, words[i].Text.StartsWith("neutrali", StringComparison.Ordinal) || words[i].Text.StartsWith("elimin", StringComparison.Ordinal) || words[i].Text == "hors"
                || words[i].Text.EndsWith("تحييد", StringComparison.Ordinal) || words[i].Text.EndsWith("حيد", StringComparison.Ordinal)));
            i += cue.Length - 1;
        }
        return cues;
    }

    /// <summary>Round 23: what stands before two joined toll verbs of one subject: an auxiliary or a subject pronoun.</summary>
    private static readonly HashSet<string> JointAuxiliaries = new(StringComparer.Ordinal)
    {
        "had", "have", "has", "they", "who", "a", "ont", "avait", "avaient", "avoir", "ils", "qui",
    };
}
