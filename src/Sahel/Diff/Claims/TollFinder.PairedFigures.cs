namespace Sahel.Diff.Claims;

/// <summary>The main pass: each count paired with the nearest toll word before or after it, and the checks that make a pair no figure.</summary>
internal static partial class TollFinder
{
    // A count before this word paired with another toll word whose people are said (session 9).
    private static bool CountedBefore(IReadOnlyList<ClaimWord> words, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, List<NumberPhrases.Found> numbers, List<(int Gap, int Cue, int Number, bool After)> pairs, int at) => pairs.Any(p => numbers[p.Number].Last < at && cues[p.Cue].Last < at
            && (p.After ? VictimsAfter(words, numbers[p.Number].First, numbers[p.Number].Last + 1) : Victims(words, numbers[p.Number].First, cues[p.Cue].First - 1)) is not null);

    // Each count and toll word paired, closest pairs first (see Pairs), each word and count used once.
    private static void PairedFigures(ClaimSentence sentence, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, List<NumberPhrases.Found> numbers, List<(int Gap, int Cue, int Number, bool After)> pairs,
        HashSet<int> usedCues, HashSet<int> usedNumbers, List<Found> found)
    {
        var words = sentence.Words;
        foreach (var pair in pairs.OrderBy(p => p.Gap).ThenBy(p => p.After ? 0 : 1))
        {
            if (usedCues.Contains(pair.Cue) || usedNumbers.Contains(pair.Number))
                continue;
            var cue = cues[pair.Cue];
            var number = numbers[pair.Number];
            // Another count between them belongs to something else: "12 morts dont 5 soldats" pairs 12 with morts.
            var between = pair.After ? (cue.Last + 1, number.First - 1) : (number.Last + 1, cue.First - 1);
            // round 34: not a part joined in the aside of its parts ("21 people, including three women and two children, were killed")
            if (numbers.Any(other => other != number && other.First >= between.Item1 && other.Last <= between.Item2 && !(!pair.After && JoinedPartInAside(sentence, numbers, other, cue.First))))
                continue;
            // round 33: "the killing of 8 soldiers, abduction of", "توقيف ١٥ مهربا ومقتل جندي": the count is its governor's, not the
            // next clause's; "three tolls, one massacre": a count of figures.
            if (!pair.After && GovernedEarlier(sentence, cues, number, cue.Kind, cue.First, cue.Last) || CountsFigures(words, number))
                continue;
            // session 8, precision: "accuse l'EIGS d'avoir abattu les deux hommes", "killed the two men": a count with the definite
            // article after a toll verb points back at people counted before; it is no figure of its own.
            // Round 27: not after a toll noun and "of" ("the abduction of the five aid workers", as "l'enlèvement des cinq employés"
            // and "خطف العاملين السبعة"): the count of the noun, told there for the first time or by a source of its own.
            if (pair.After && number.First > 0 && words[number.First - 1].Text is "les" or "the" or "ces" or "these" or "those" && !ArabicScript.Starts(words[cue.First].Text)
                && !(number.First > 1 && words[number.First - 2].Text is "of" or "de" && number.First - 2 == cue.Last + 1))
                continue;
            // round 27: the same in Arabic, the count after its definite noun as the object of a verb with its subject ("أعدموا الضحايا
            // الثمانية", they executed the eight victims); not after a toll noun ("الجرحى التسعين") or a verbal noun ("خطف العاملين السبعة")
            if (pair.After && ArabicScript.Starts(words[cue.First].Text) && NumberPhrases.AfterDefiniteNoun(words, number.First) && number.First > 1
                && words[number.First - 2].Text.EndsWith("وا", StringComparison.Ordinal))
                continue;
            // round 27: nor the accused of a trial ("مثل المتهمون الثلاثة بتهمة قتل")
            if (NumberPhrases.AfterDefiniteNoun(words, number.First) && words[number.First - 1].Readings.Any(AccusedWords.Contains))
                continue;
            // session 7, precision: "50 soldiers were not killed", "n'ont pas été tués", "لم يقتل": a negated toll word counts no one.
            if (Negated(words, cue.First))
                continue;
            // round 22: "96 morts dans des accidents de la route", "58 deaths in road crashes", "٤٠ وفاة في حوادث السير": the dead of
            // road accidents are no toll of violence (a road-safety count).
            if (RoadAccident(sentence, Math.Min(cue.First, number.First), Math.Max(cue.Last, number.Last)))
                continue;
            // round 18: "four separate kidnappings of traders", "Deux enlèvements contre rançon ont été signalés": a count of the acts, not
            // of the people taken (Arabic counts them with "عمليات", a thing)
            if (!pair.After && EventNouns.Contains(words[cue.First].Text) && cue.First - number.Last <= 2)
                continue;
            // "Selon six témoins interrogés… les corps", "three witnesses said": a count of those who speak is no toll.
            if (!pair.After && number.Last + 1 < words.Count && Speakers.Contains(words[number.Last + 1].Text))
                continue;
            // round 23: "Five men were arraigned over the abduction", "ثلاثة متهمين بالضلوع في اختطاف", "trois prévenus jugés pour
            // l'enlèvement": a count of the accused before the deed they are charged with is no toll
            if (!pair.After && Accused(words, number.Last + 1, cue.First))
                continue;
            // round 23: "أعدموا ١٢ أسيرا", "executed three hostages", "ont exécuté trois otages": captives right after a count that a killing
            // verb takes are the dead, not a kidnapping
            if (!pair.After && cue.Kind == TollKind.Kidnapped && cue.First == number.Last + 1 && words[cue.First].Readings.Any(Captives.Contains)
                && cues.Any(o => o.Kind == TollKind.Killed && o.Last + 1 == number.First))
                continue;
            // "et capturé quatre autres": the others are the people counted just before.
            // "9 captured Malian troops", "21 kidnapped women": an English participle between the count and the noun it counts,
            // right after it or past a capitalised adjective (not "26 wounded when gunmen stormed").
            var participleVictims = !pair.After && number.Last + 1 == cue.First && cue.First == cue.Last && words[cue.First].Text.EndsWith("ed", StringComparison.Ordinal) && cue.Last + 1 < words.Count
                ? Victims(words, cue.Last + 1, cue.Last + 1) ?? (words[cue.Last + 1].Capital && cue.Last + 2 < words.Count ? Victims(words, cue.Last + 2, cue.Last + 2) : null) : null;
            // "killed 23 bandits and captured four others", "and that 14 others had been captured": others after a figure of the
            // sentence are people, whatever word counted them.
            var victimsNamed = (pair.After ? VictimsAfter(words, number.First, number.Last + 1) : Victims(words, number.First, cue.First - 1)) is not null || participleVictims is not null
                // session 9: a partitive after the count ("lost four of their own") and an ordinal ("un troisième, le directeur, a été
                // emmené") count people
                || pair.After && PartitivePeople(words, number.Last + 1) || NumberPhrases.IsOrdinal(words[number.Last])
                // round 26: "two of them were captured after a shootout", "deux d'entre eux ont été capturés": the partitive before the verb too
                || !pair.After && ThemPartitive(words, number.Last + 1)
                // round 23: "executed three hostages", "أعدموا ١٢ أسيرا": captives are people
                || pair.After && number.Last + 1 < words.Count && words[number.Last + 1].Readings.Any(Captives.Contains)
                // session 9: a count before paired with a toll word, read yet or not (pairs are read closest first: "six traders were among
                // the dead, and two more were being treated", "avoir tué des dizaines de militaires et en avoir capturé cinq autres")
                || number.Last + 1 < words.Count && OtherWords.Contains(words[number.Last + 1].Text) && (found.Any(f => f.Last < number.First) || CountedBefore(words, cues, numbers, pairs, number.First))
                // "killing nine of the abductors and capturing four", "tuant 20 assaillants et capturant 11.": a bare count right after the verb,
                // closing its clause, after a toll of the sentence counts the same people (the noun elided).
                || pair.After && number.First == cue.Last + 1 && ClosesClause(sentence, number.Last) && cues.Any(o => o.Last < cue.First && o.First != cue.First)
                    && found.Any(f => f.Last < cue.First);
            // "en capturant douze", "et en blessant neuf": the pronoun "en" stands for the people counted just before.
            // "en avoir capturé deux", "en a enlevé trois": past the auxiliary too.
            var enBefore = cue.First > 0 && words[cue.First - 1].Text == "en" || cue.First > 1 && words[cue.First - 2].Text == "en" && words[cue.First - 1].Text is "avoir" or "a" or "ont" or "aurait" or "auraient";
            victimsNamed = victimsNamed || pair.After && enBefore && (found.Any(f => f.Victims is not null && f.Last < cue.First) || CountedBefore(words, cues, numbers, pairs, cue.First));
            // "20 assaillants ont été tués et 11 capturés", "five were killed and two seized": a count joined to a figure that said who, its verb elided.
            // Read only for a verb that needs its victims said and has none of its own.
            var ambiguous = cue.Last == cue.First && Ambiguous.Contains(words[cue.First].Text);
            // "46 terroristes neutralisés, 9 capturés et 12 motos saisies": also a count listed after a comma.
            var elided = ambiguous && !victimsNamed && !pair.After && number.First > 0 && (words[number.First - 1].Text is "et" or "and" || words[number.First].Text.StartsWith('و') || sentence.CommaBefore(number.First))
                ? pairs.Where(p => !p.After && cues[p.Cue].Last < number.First && number.First - cues[p.Cue].Last <= 2)
                    .Select(p => Victims(words, numbers[p.Number].First, cues[p.Cue].First - 1)).FirstOrDefault(v => v is not null)
                : null;
            victimsNamed = victimsNamed || elided is not null;
            // "seized" counts people only when it says who: "seized three herders", not "seized 3 vehicles"; "lost their lives" always does.
            if (ambiguous && !victimsNamed)
                continue;
            // "two army posts and killed", "14 camions ont été incendiés", "٤٠٠ حالة اختطاف": a count of things, not of people.
            // (not after a dual person noun, itself the count: "حارسين للمدرسة قتلا")
            if (CountsThings(words, number.Last + 1) && !(ArabicScript.Starts(words[number.Last].Text) && ClaimVocabulary.Dual(words, number.Last) is not null))
                continue;
            // "تم توقيف ٣٤ مهربا", "15 smugglers arrested": an arrest of smugglers or traffickers is a police matter, not a toll.
            // session 8: "اشتبكت مع مهربين … واعتقال خمسة آخرين": the others of smugglers named before in the sentence too.
            if (cue.Kind == TollKind.Kidnapped && words[cue.First].Readings.Any(Arrests.Contains) && (Smugglers.Contains(words[Math.Min(words.Count - 1, number.Last + 1)].Text)
                || OtherWords.Contains(words[Math.Min(words.Count - 1, number.Last + 1)].Text) && Enumerable.Range(0, number.First).Any(k => words[k].Readings.Any(Smugglers.Contains))))
                continue;
            // "freed 12 hostages", "libéré trois otages", "الإفراج عن ٥ رهائن": hostages set free are the end of a kidnapping, not its toll.
            if (cue.Kind == TollKind.Kidnapped && (Freed(words, number.First, cue.First, cue.Last) || ReleasedLater(sentence,
                    numbers.Any(o => o.Last < number.First && number.First - o.Last <= 3 && Enumerable.Range(o.Last + 1, number.First - o.Last - 1).All(k => PartitiveJoints.Contains(words[k].Text))),
                    Math.Max(cue.Last, number.Last) + 1)
                // round 20: "four of the freed hostages": a liberation between the count and its hostage word
                || number.Last < cue.First && Enumerable.Range(number.Last + 1, cue.First - number.Last - 1).Any(k => Liberation(words, k))))
                continue;
            // round 20: "Three herders reported missing on Monday were found alive", "retrouvés sains et saufs", "عثر على … أحياء":
            // the missing found alive are no longer missing.
            if (cue.Kind is TollKind.Missing or TollKind.Kidnapped && FoundAlive(sentence, Math.Min(cue.First, number.First), Math.Max(cue.Last, number.Last) + 1, cue.Kind == TollKind.Kidnapped))
                continue;
            usedCues.Add(pair.Cue);
            usedNumbers.Add(pair.Number);
            // "قتل معلمان وأصيب تلميذ": a dual person noun is its own count and its victims; the next clause's noun is not its.
            var dual = number.First == number.Last && ArabicScript.Starts(words[number.First].Text) ? ClaimVocabulary.Dual(words, number.First) : null;
            var victims = dual ?? (pair.After ? VictimsAfter(words, number.First, number.Last + 1) : Victims(words, number.First, cue.First - 1))
                ?? (pair.After || cue.Last + 1 >= words.Count || !Among.Contains(words[cue.Last + 1].Text) ? null : Victims(words, cue.Last + 1, Math.Min(words.Count - 1, cue.Last + 3)))
                // round 27: "the toll among soldiers was 15", "حصيلة القتلى في صفوف الجيش لا تتجاوز عشرة": the adjunct before the count says who
                ?? (pair.After && (TollHead(words, cue.First, cue.Last) || NumberOfBefore(words, cue.First)) && number.First - cue.Last > 2 && Among.Contains(words[cue.Last + 1].Text)
                    ? Victims(words, cue.Last + 1, number.First - 1) : null)
                // "١٩ قتيلا مدنيا", "٣ جرحى عسكريين": an Arabic toll noun takes the victims' adjective after it.
                ?? (!pair.After && ArabicScript.Starts(words[cue.First].Text) && cue.Last + 1 < words.Count ? Victims(words, cue.Last + 1, cue.Last + 1) : null)
                // only for a verb that needs its victims said ("et trois capturés"): "neutralisés et trois blessés" may be the army's wounded
                ?? elided
                ?? participleVictims
                // round 26: "the attackers … two of them were captured": who "them" are, the nearest people named before the count
                ?? (!pair.After && ThemPartitive(words, number.Last + 1) ? NearestVictimsBefore(words, number.First) : null)
                // round 27: "الجنود الستة مفقودون", "خطف العاملين السبعة": a count after its definite noun counts that noun
                ?? (NumberPhrases.AfterDefiniteNoun(words, number.First) ? Victims(words, number.First - 1, number.First - 1) : null)
                ?? (cue.Neutralised ? "attackers" : null);
            var first = Math.Min(cue.First, number.First);
            var last = Math.Max(cue.Last, number.Last);
            if (pair.After && victims is not null && dual is null)
                last = Math.Max(last, VictimEnd(words, number.Last, BeforeNextCount(words, number.Last + 1, Math.Min(words.Count - 1, number.Last + 6))));
            // session 9, round 17: a captivity whose end is unknown is a disappearance: "vingt hommes ont été emmenés et n'ont plus été
            // revus", "were abducted and have not been heard from since", "اقتيدوا ولا يعرف مصيرهم": the kidnapping verb of a count
            // joined by "and" to a missing phrase of the same subject, no count between, gives a toll of the missing.
            var kind = cue.Kind;
            if (kind == TollKind.Kidnapped && !pair.After && MissingJoined(sentence, cues, numbers, usedCues, pair.Cue) is { } missing)
            {
                kind = TollKind.Missing;
                usedCues.Add(missing);
                last = Math.Max(last, cues[missing].Last);
            }
            // round 23: "est mort avec six de ses hommes", "his father and two uncles": one more person shares the count's fate
            var range = number.Range is { Qualifier: "exact", Min: { } exact } && OneMore(sentence, number.First, number.Last, cue.First, cue.Last, kind, pair.After)
                ? number.Range with { Min = exact + 1, Max = exact + 1 } : number.Range;
            found.Add(new Found(kind, victims, range, first, last));
        }
    }

    private static int? MissingJoined(ClaimSentence sentence, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, List<NumberPhrases.Found> numbers, HashSet<int> usedCues, int c)
    {
        var words = sentence.Words;
            var from = cues[c].Last;
            for (var m = c + 1; m < cues.Count; m++)
            {
                var to = cues[m].First;
                // round 18: not past "that" opening a clause of its own ("had been taken from the mosque and that families were still
                // counting their missing")
                if (to - from > 10 || numbers.Any(o => o.First > from && o.Last < to) || sentence.Between(from, to).IndexOfAny(";:()«»\"") >= 0
                    || Enumerable.Range(from + 1, to - from - 1).Any(k => words[k].Text is "that" or "que" or "qu" or "ان" or "وان"))
                    return null;
                if (cues[m].Kind == TollKind.Missing && !usedCues.Contains(m)
                    && Enumerable.Range(from + 1, to - from - 1).Any(k => words[k].Text is "et" or "and" or "و" or "ولا" or "ولم" || ArabicScript.Starts(words[k].Text) && words[k].Text[0] == 'و' && k == from + 1))
                    return m;
            }
            return null;
    }
}
