using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Counts in a sentence, with their qualifiers: digits in any script ("12", "١٢", "1 400", "1.400"), number words
/// ("cinq", "خمسة", "twenty", "vingt-cinq"), approximations ("une vingtaine", "a dozen"), vague counts ("des dizaines",
/// "عشرات", "dozens", "plusieurs") and qualifiers before or after ("au moins", "more than", "على الأقل").
/// Years, dates, distances and times are not counts.
/// This part walks a sentence's words (<see cref="Find"/>); the other parts, by job: the count at a word (NumberWords),
/// numbers that are not counts (NotCounts), ranges and bounds (Ranges), lists that tell a count again (Lists), one person
/// without a number (OnePerson) and Arabic one and two after the noun (ArabicOneOrTwo).
/// </summary>
internal static partial class NumberPhrases
{
    private static readonly HashSet<string> Subset = new(StringComparer.Ordinal) { "dont", "including", "incluant", "notamment", "بينهم", "منهم", "بينهن", "بينها" };

    private static readonly HashSet<string> OneWords = new(StringComparer.Ordinal) { "un", "une", "one", "a", "an" };

    /// <summary>
    /// A count and the words it spans (qualifiers included). <paramref name="Subset"/> when it counts part of a
    /// count given just before ("12 morts dont 5 soldats", "including three children", "بينهم طفلان").
    /// </summary>
    public sealed record Found(NumberRange Range, int First, int Last, bool Subset = false);

    public static List<Found> Find(ClaimSentence sentence)
    {
        var words = sentence.Words;
        var found = new List<Found>();
        for (var i = 0; i < words.Count; i++)
        {
            // "إرهابيين اثنين", "دركيين اثنين", "ومرافقيه الاثنين", "جندي واحد": Arabic puts one and two after the noun they count.
            if (OneOrTwoAfterNoun(words, i) is { } few)
            {
                found.Add(new Found(new NumberRange { Min = few, Max = few, Qualifier = "exact", Text = sentence.Quote(i, i + 1) }, i, i + 1));
                i++;
                continue;
            }
            // round 20: "واختطفوا سائقَين", "اختطف مسلحون مهندسَين", "عاملَين ماليَّين أصيبا": a noun vowelled as a dual is two where its
            // plural is written alike; a person noun, or a toll word within two words; not the adjective agreeing with a dual before it,
            // nor a definite dual, which names people counted already ("ما زالت تحتجز المهندسَين")
            if (sentence.VowelledDual(i) && !(i > 0 && sentence.VowelledDual(i - 1)) && !AfterCount(words, i) && !Definite(words[i].Text)
                && (PhraseMatch.Is(words[i], ClaimVocabulary.VictimWords)
                    || Enumerable.Range(Math.Max(0, i - 2), Math.Min(words.Count, i + 3) - Math.Max(0, i - 2)).Any(k => k != i && PhraseMatch.Is(words[k], ClaimVocabulary.TollWords))))
            {
                found.Add(new Found(new NumberRange { Min = 2, Max = 2, Qualifier = "exact", Text = sentence.Quote(i, i) }, i, i));
                continue;
            }
            // round 26: "Son chauffeur, blessé par balle, …": a definite person set off before a toll participle is one
            if (AppositionOfToll(sentence, i))
            {
                found.Add(new Found(new NumberRange { Min = 1, Max = 1, Qualifier = "exact", Text = sentence.Quote(i, i + 1) }, i, i + 1));
                i++;
                continue;
            }
            // round 38: "dont un officier", "including a child", "بينهم إمام القرية": one person, a part of the figure before it
            if (SingularPart(sentence, i, found.Count) is { } part) { found.Add(part); continue; }
            if (RangeAt(sentence, i) is { } range)
            {
                found.Add(range);
                i = range.Last;
                continue;
            }
            var qualifier = PhraseMatch.At(words, i, ClaimVocabulary.QualifierBefore);
            var coreStart = qualifier is { } q ? i + q.Length : i;
            // round 18: "more than a hundred terrorists", "at least a thousand": the article before the multiplier
            // round 22: "more than one hundred of our brothers" too ("one" is read as a count only before a person)
            if (qualifier is not null && coreStart + 1 < words.Count && words[coreStart].Text is "a" or "an" or "one" && words[coreStart + 1].Text is "hundred" or "thousand")
                coreStart++;
            if (Core(words, coreStart) is not { } core)
                continue;
            if (qualifier is null && BareRangeAt(sentence, i, core) is { } bare)
            {
                found.Add(bare);
                i = bare.Last;
                continue;
            }
            if (IsDateOrUnit(words, coreStart, core) || IsClockOrSerial(sentence, coreStart, core))
                continue;
            // session 9: "seven of our people, not six, were killed", "sept, et non six": a figure set aside by "not"/"non" is the one rejected.
            if (qualifier is null && i > 0 && words[i - 1].Text is "not" or "non" && sentence.Between(i - 1, i).Trim().Length == 0)
            {
                i = coreStart + core.Length - 1;
                continue;
            }
            var coreEnd = coreStart + core.Length - 1;
            // round 18: a communiqué's figure in words with its digits in brackets ("huit (08) militaires", "ثمانية (٨) جنود"): one count
            if (coreEnd + 1 < words.Count && words[coreEnd + 1].Number == core.Value && !core.Approximate && core.Vague is null
                && sentence.Between(coreEnd, coreEnd + 1).Contains('(') && words[coreStart].Number is null)
                coreEnd++;
            var last = coreEnd;
            var name = qualifier?.Value ?? (core.Vague is null ? core.Approximate ? "about" : "exact" : core.Vague);
            // "لا تتجاوز أربعة قتلى", "ne dépasse pas": a negated exceeding is a ceiling.
            if (qualifier is not null && PhraseMatch.At(words, i, Exceed) is not null && i > 0 && Negations.Contains(words[i - 1].Text))
                name = "at-most";
            else if (qualifier is null && core.Vague is null && ExceededFrom(words, coreStart) is { } negated)
                name = negated ? "at-most" : "more-than";
            var text = sentence.Quote(i, coreEnd);
            // "١٢ جنديا ماليا على الأقل": a qualifier after the count and up to two words describing it.
            if (qualifier is null && core.Vague is null)
            {
                for (var after = coreEnd + 1; after <= coreEnd + 3 && after < words.Count; after++)
                {
                    // "tué 3 soldats, au moins 5 civils": a qualifier that opens the next count is that count's.
                    if (PhraseMatch.At(words, after, ClaimVocabulary.QualifierAfter) is { } post && Core(words, after + post.Length) is null)
                    {
                        name = post.Value;
                        // "19 morts au moins": the toll word between stays out of the count's words, for its pairing.
                        last = Enumerable.Range(coreEnd + 1, after - coreEnd - 1).Any(k => PhraseMatch.Is(words[k], ClaimVocabulary.TollWords)) ? coreEnd : after + post.Length - 1;
                        text += " … " + sentence.Quote(after, after + post.Length - 1);
                        break;
                    }
                }
            }
            // "nearly 20 of them children", "sept d'entre eux", "عشرون منهم": part of the count before, said after it.
            var partOf = last + 2 < words.Count && (words[last + 1].Text is "of" && words[last + 2].Text is "them" or "whom"
                || words[last + 1].Text is "d" && words[last + 2].Text is "entre") || last + 1 < words.Count && words[last + 1].Text is "منهم" or "منهن";
            // Not "ستة منهم توفوا", "two of them died": a part with its own toll word is a figure of its own.
            // round 28: nor with its toll verb right before it ("استقبلنا ١٢ جريحا، وتوفي ثلاثة منهم": three of them died)
            partOf = partOf && !Enumerable.Range(last + 1, Math.Max(0, Math.Min(4, words.Count - last - 1))).Any(k => PhraseMatch.Is(words[k], ClaimVocabulary.TollWords))
                && !(i > 0 && ArabicScript.Starts(words[i - 1].Text) && PhraseMatch.Is(words[i - 1], ClaimVocabulary.TollWords));
            // "among them four teenagers", "parmi eux trois enfants": part of the count before, said before it.
            var amongThem = i > 1 && words[i - 2].Text is "among" or "parmi" && words[i - 1].Text is "them" or "whom" or "eux" or "elles" or "lesquels" or "lesquelles";
            // "اقتادوا منهم سبعة عشر راكبا" (took seventeen of them): "of them" right after a toll verb, with no count before, is its object.
            var ofThemAfterVerb = found.Count == 0 && i > 1 && Subset.Contains(words[i - 1].Text) && PhraseMatch.Is(words[i - 2], ClaimVocabulary.TollWords);
            // "Au moins vingt et un civils et quatre militaires", "at least 15 soldiers and five mercenaries": a lower bound said
            // before coordinated counts bounds each of them.
            if (qualifier is null && name == "exact" && SharedLowerBound(words, found, i) is { } shared)
                name = shared;
            // session 9, round 16: "a nurse", "une infirmière" in a list set off by dashes is one of the list, not a figure of its own
            // round 18: a list set off by commas that adds up to the count before it tells the same people again ("enlevé trois
            // personnes, le chauffeur et deux passagers"): none of its counts is a figure (two writers label only the total)
            if (found.Count > 0 && qualifier is null && (OneWords.Contains(words[i].Text) && InDashPart(sentence, i) || InCommaPart(sentence, i)))
            {
                i = last;
                continue;
            }
            found.Add(new Found(Range(name, core) with { Text = text }, i, last, Subset: !ofThemAfterVerb && (coreStart > 0 && Subset.Contains(words[coreStart - 1].Text) || i > 0 && Subset.Contains(words[i - 1].Text) || (partOf || amongThem) && found.Count > 0 || found.Count > 0 && (InDashPart(sentence, i) || InColonPart(sentence, i)))));
            i = last;
        }
        return found;
    }
}
