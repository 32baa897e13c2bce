namespace Sahel.Diff.Claims;

/// <summary>
/// The second step of <see cref="Find"/>: every count and toll word that may go together, with the gap between them —
/// a count before its toll word within a few words (or past a long subject or a chain of predicates), a count right after
/// it that says whom it counts, a toll raised to a count, a number stated with a copula, a toll word as a count's label.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>The candidate pairs of <paramref name="cues"/> and <paramref name="numbers"/>; <see cref="Find"/> keeps the closest first.</summary>
    /// <param name="collapsed">Words that do not count in the distance between a count and its toll word.</param>
    private static List<(int Gap, int Cue, int Number, bool After)> Pairs(ClaimSentence sentence, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues,
        List<NumberPhrases.Found> numbers, Func<int, bool>? collapsed)
    {
        var words = sentence.Words;
        collapsed ??= _ => false;
        bool[]? asides = null;
        int Distance(int from, int to) => 1 + Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).Count(k => !collapsed(k) && !InBrackets(sentence, k) && !(asides ??= Asides(sentence))[k]);
        var pairs = new List<(int Gap, int Cue, int Number, bool After)>();
        for (var c = 0; c < cues.Count; c++)
        {
            for (var n = 0; n < numbers.Count; n++)
            {
                var number = numbers[n];
                // round 23: the first figure of a rise ("ارتفعت من ١٥ إلى ٤٤ قتيلا") pairs with no toll word; Find reads it beside the second
                if (RiseFrom(words, number.First) is not null)
                    continue;
                // session 8: "ولم تُعرف بعد حصيلة الضحايا": the victims with the article name a toll, they count no figure before them.
                if (number.Last < cues[c].First && (Distance(number.Last, cues[c].First) <= MaxWordsBefore || LongSubject(sentence, number.Last, cues[c].First) || PartsAsideBetween(sentence, number.Last, cues[c].First)
                        || cues[c].Kind is TollKind.Kidnapped or TollKind.Missing && ChainedPredicate(sentence, number.Last, cues[c].First))
                    && !words[cues[c].First].Text.EndsWith("الضحايا", StringComparison.Ordinal)
                    // round 34: "21 people, including three women and two children, were killed": the part joined in the aside is not the subject
                    && !JoinedPartInAside(sentence, numbers, number, cues[c].First)
                    && !DoerOfLossOrCare(words, number.Last, cues[c].First, cues[c].Last))
                    pairs.Add((Distance(number.Last, cues[c].First), c, n, false));
                // "killing 12", "مقتل ١٢": a count just after, but not across punctuation ("died, three times the toll"),
                // and in French and English only when it says whom it counts ("tués et deux véhicules" is not a toll).
                else if (number.First > cues[c].Last && (number.First - cues[c].Last <= MaxWordsAfter || number.First - cues[c].Last <= 6 && JoinedPartitive(number) || ArabicAdjunctFirst(words, cues[c].Last, number))
                    && sentence.Between(cues[c].Last, number.First).IndexOfAny(",;:،؛") < 0
                    // session 8: "قُتلوا وأن خمسة وتسعين آخرين اختُطفوا", "were killed and that 95 others were abducted": a count
                    // after "that" opens a clause of its own and is not the object of the toll word before it (not French "que":
                    // "n'avoir perdu que deux hommes" restricts).
                    // session 9: also after a reporting verb with "that" left out ("a relative of one of the dead said two men had not been found")
                    && !Enumerable.Range(cues[c].Last + 1, number.First - cues[c].Last - 1).Any(k => words[k].Text is "ان" or "وان" or "that" or "said" or "says" or "say" or "added" or "told")
                    // "استقبل ٣١ جثة و١٩ جريحا": a count with its own Arabic toll noun right after it is that noun's.
                    && !(ArabicScript.Starts(words[cues[c].First].Text) && number.Last + 1 < words.Count && words[number.Last + 1].Text[0] != 'و' && cues.Any(o => o.First == number.Last + 1)
                        && !(cues[c].Kind == TollKind.Killed && words[number.Last + 1].Readings.Any(Captives.Contains)))
                    && (ArabicScript.Starts(words[cues[c].First].Text) || number.Last + 1 >= words.Count || VictimsAfter(words, number.Last + 1, number.Last + 1) is not null
                        || OtherWords.Contains(words[number.Last + 1].Text)
                        // session 9: "neutralised 12 of them", "tué dix-huit d'entre eux", "lost four of their own": a partitive names people
                        || PartitivePeople(words, number.Last + 1)
                        // round 23: "executed three hostages": captives are people
                        || number.Last + 1 < words.Count && words[number.Last + 1].Readings.Any(Captives.Contains)
                        // "killing 23 soldiers and capturing nine, and…": a bare count right after the verb closing its clause
                        || number.First == cues[c].Last + 1 && ClosesClause(sentence, number.Last)
                        // round 18: "killing one seminarian", "killed one and wounded three" (NumberPhrases reads "one" there only)
                        || number.First == cues[c].Last + 1 && words[number.First].Text == "one"
                        // round 26: "tuant une femme", "killed a farmer": the article NumberPhrases reads as one only as the verb's object
                        || number.First == cues[c].Last + 1 && number.First == number.Last && words[number.First].Text is "a" or "an" or "un" or "une"
                        || words[cues[c].Last].Text is "toll" or "bilan" || number.First == cues[c].Last + 1 && Loose.Contains(words[number.Last + 1].Text)
                        // "killed nine farmers", "killing 27 guests": after a verb that only counts people, the plural noun it counts.
                        || !Ambiguous.Contains(words[cues[c].First].Text) && CountedNoun(words, number.Last + 1) is var noun && PluralNoun(words[noun]) && !CountsThings(words, noun)
                        // session 9, round 17: "the abduction of eleven road construction workers", "l'enlèvement de onze ouvriers
                        // chinois": after a toll noun and "of"/"de", the plural noun past at most two modifiers
                        || !Ambiguous.Contains(words[cues[c].First].Text) && number.First > 0 && words[number.First - 1].Text is "of" or "de" or "d"
                            && ModifiedPlural(words, number.Last + 1)
                        // round 18: right after a verb that only counts people, its plural past modifiers ("killed three armed
                        // smugglers", "killed 31 Nigerian and Cameroonian soldiers")
                        || !Ambiguous.Contains(words[cues[c].First].Text) && number.First == cues[c].Last + 1 && !ArabicScript.Starts(words[cues[c].First].Text)
                            && ModifiedPlural(words, number.Last + 1)
                        || cues[c].First > 0 && words[cues[c].First - 1].Text == "en"
                        || cues[c].First > 1 && words[cues[c].First - 2].Text == "en" && words[cues[c].First - 1].Text is "avoir" or "a" or "ont"))
                    // Latin-script toll words usually follow their count: prefer "six soldiers were killed" to "killed and more than 40",
                    // unless the count comes right after ("killed five", "killing more than 60").
                    pairs.Add((number.First - cues[c].Last + (ArabicScript.Starts(words[cues[c].First].Text) || number.First == cues[c].Last + 1 ? 0 : 3), c, n, true));
                // "raises toll from mosque attack to 64", "porte le bilan de l'attaque à 27": a toll raised to its count.
                else if (words[cues[c].Last].Text is "toll" or "bilan" or "figure" && number.First > cues[c].Last && number.First - cues[c].Last <= (RisesBetween(words, cues[c].Last, number.First) ? 20 : 12)
                    && words[number.First - 1].Text is "to" or "a" && !numbers.Any(o => o.First > cues[c].Last && o.Last < number.First))
                    pairs.Add((MaxWordsBefore + 1, c, n, true));
                // session 9, round 16: the toll stated with a copula or a verb of reaching after "the number of" its noun, whatever the
                // verb of killing ("the number of dead is at least 17", "le nombre de morts s'élève à 17", "the number of wounded stood at 40").
                // Past an adjunct of the noun ("the number of dead from this attack is at least 17") and a quote ("was \"closer to 35\"").
                // Round 27: so is the toll itself past the adjunct that names its victims ("the toll among soldiers was at least 15",
                // "le bilan parmi les policiers ne dépasse pas cinq", "حصيلة القتلى في صفوف الجيش لا تتجاوز عشرة"; TollFinder.TollAdjunct.cs).
                else if (number.First > cues[c].Last && number.First - cues[c].Last <= 10 && (NumberOfBefore(words, cues[c].First) || TollHead(words, cues[c].First, cues[c].Last))
                    && Stated(words, cues[c].Last + 1, number.First)
                    && sentence.Between(cues[c].Last, number.First).IndexOfAny(",;:()") < 0)
                    pairs.Add((number.First - cues[c].Last, c, n, true));
                // session 9, round 16: a toll word as the label of its count ("Killed: 12; wounded: 8", "Morts : 12 ; blessés : 8",
                // "القتلى: ١٢، الجرحى: ٨"): the count right after the colon, closing its item or saying whom it counts, when no count
                // stands just before the label ("Five killed: three soldiers and two civilians" lists parts).
                else if (number.First == cues[c].Last + 1 && sentence.Between(cues[c].Last, number.First).Trim() is ":"
                    && words[cues[c].Last].Text is not ("toll" or "bilan") && (ClosesClause(sentence, number.Last) || VictimsAfter(words, number.Last + 1, number.Last + 1) is not null)
                    && !numbers.Any(o => o.Last < cues[c].First && cues[c].First - o.Last <= 3 && sentence.Between(o.Last, cues[c].First).IndexOfAny(",;،؛") < 0))
                    pairs.Add((1, c, n, true));
            }
        }
        // round 18: "killed a commander and ten of his companions", "قتلت قياديا بارزا وعشرة من مرافقيه": a partitive count joined after
        // the verb's one object reaches the verb from farther
        bool JoinedPartitive(NumberPhrases.Found number) => number.First > 0 && (words[number.First - 1].Text is "and" or "et" || words[number.First].Text.StartsWith('و'))
            && PartitivePeople(words, number.Last + 1);
        return pairs;
    }
}
