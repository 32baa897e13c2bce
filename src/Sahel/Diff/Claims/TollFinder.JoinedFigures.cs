namespace Sahel.Diff.Claims;

/// <summary>Counts joined to a figure already read (by "and", "as well as", a repeated preposition, or gapped in a second clause) share its toll word.</summary>
internal static partial class TollFinder
{
    // round 18: a count added with "as well as", "ainsi que", "إضافة إلى": other people than the figure before
    private static bool Added(IReadOnlyList<ClaimWord> words, int at) => Enumerable.Range(Math.Max(0, at - 3), Math.Min(3, at)).Any(k => PhraseMatch.At(words, k, AdditionJoiners) is { } joiner && k + joiner.Length == at);

    // "مقتل ثلاثة من جنوده و٢٧ من المهاجمين", "killing 3 soldiers and 27 attackers": a count joined to a counted one shares its toll word.
    private static void JoinedAfter(ClaimSentence sentence, List<NumberPhrases.Found> numbers, HashSet<int> usedNumbers, List<Found> found)
    {
        var words = sentence.Words;
        for (var n = 0; n < numbers.Count; n++)
        {
            if (usedNumbers.Contains(n))
                continue;
            var number = numbers[n];
            // "مقتل اثني عشر من متطوعي الدفاع عن الوطن وجنديين اثنين": an Arabic "و" joins past a longer noun phrase.
            var joined = found.FirstOrDefault(f => f.Last < number.First && (number.First - f.Last <= (words[number.First].Text.StartsWith('و') || Added(words, number.First) ? 6 : 3) || NameComplement(sentence, f.Last, number.First))
                && (words[number.First].Text.StartsWith('و') || words[number.First - 1].Text is "et" or "and" or "و"
                    // round 18: "a coûté la vie à neuf militaires et à deux chauffeurs": the preposition repeated
                    || number.First > 1 && words[number.First - 1].Text is "de" or "of" or "a" or "to" && words[number.First - 2].Text is "et" or "and"
                    // round 18: "as well as several drivers", "ainsi que plusieurs chauffeurs", "إضافة إلى عدد من السائقين"
                    || Added(words, number.First)));
            // session 8: "وجنديين اثنين", "ومعلمَين اثنين": a dual noun with its two after it names its people itself.
            if (joined is null || (Victims(words, number.Last + 1, Math.Min(words.Count - 1, number.Last + 3))
                    ?? (number.Last > number.First && ArabicScript.Starts(words[number.First].Text) ? ClaimVocabulary.Dual(words, number.First) : null)
                    // round 27: the dual alone, its own count and noun ("أربع نساء وطفلين", four women and two children), as "et deux enfants"
                    ?? (number.Last == number.First && words[number.First].Text.StartsWith('و') ? ClaimVocabulary.Dual(words, number.First) : null)
                    // round 18: "killing six of its fighters and two shepherds": a Latin plural noun right after the joined count, not a thing
                    ?? (number.Last + 1 < words.Count && PluralNoun(words[number.Last + 1]) && !words[number.Last + 1].Capital && !OwnVerbs.Contains(words[number.Last + 1].Text) && !CountsThings(words, number.Last + 1) ? "people" : null)) is not { } who)
                continue;
            // "Six villagers were killed and 5,000 people fled", "et 15 suspects interpellés": a joined count with a verb of its own
            // is that verb's, not the toll's.
            if (OwnPredicate(words, VictimEnd(words, number.Last + 1, Math.Min(words.Count - 1, number.Last + 3)) + 1))
                continue;
            usedNumbers.Add(n);
            found.Add(new Found(joined.Kind, who, number.Range, number.First, VictimEnd(words, number.Last, Math.Min(words.Count - 1, number.Last + 3))));
        }
    }

    // "Trente-huit civils et onze soldats ont été tués": a count joined to the counted one after it shares its toll word.
    private static void JoinedBefore(ClaimSentence sentence, List<NumberPhrases.Found> numbers, HashSet<int> usedNumbers, List<Found> found)
    {
        var words = sentence.Words;
        for (var n = 0; n < numbers.Count; n++)
        {
            if (usedNumbers.Contains(n) || Victims(words, numbers[n].Last + 1, Math.Min(words.Count - 1, numbers[n].Last + 2)) is not { } who)
                continue;
            // round 18: not the second of a pair joined with its preposition repeated ("à neuf militaires et à deux chauffeurs civils,
            // et douze soldats blessés"): it is the first's
            if (numbers[n].First > 1 && words[numbers[n].First - 1].Text is "a" or "to" && words[numbers[n].First - 2].Text is "et" or "and")
                continue;
            // round 33: not the object of an arrest ("ont interpellé 14 contrebandiers, et un gendarme a été tué"): it is the arrest's
            if (ArrestObject(words, numbers[n]))
                continue;
            var end = VictimEnd(words, numbers[n].Last + 1, Math.Min(words.Count - 1, numbers[n].Last + 2));
            // "deux soldats nigériens et un soldat burkinabè": past one adjective of the first people too.
            // session 8: "Five members of the Civilian Joint Task Force and two soldiers lost their lives": past the first people's name too.
            var next = found.Where(f => f.First > end && (f.First - end <= 2 || f.First - end == 3 && words[end + 1].Text is not ("et" or "and" or "de" or "d" or "of") && !ArabicScript.Starts(words[end + 1].Text)
                    || NameComplement(sentence, end, f.First))
                    && f.First == numbers.FirstOrDefault(x => x.First > end)?.First)
                .FirstOrDefault(f => Enumerable.Range(end + 1, f.First - end - 1).Any(k => words[k].Text is "et" or "and" or "و") || words[f.First].Text.StartsWith('و'));
            if (next is null)
                continue;
            usedNumbers.Add(n);
            found.Add(new Found(next.Kind, who, numbers[n].Range, numbers[n].First, end));
        }
    }

    // session 9, round 16: a figure gapped in a second clause, its verb and people left out ("31 people were killed by the
    // militia, and at least 19 in army operations", "… ont été tuées par la milice, et au moins 19 lors d'opérations de l'armée",
    // "… وما لا يقل عن ١٩ في عمليات الجيش"): a bare count after ", and" / ", et" / "و", followed by a preposition, with no toll
    // word of its own, is a figure of the toll read just before it with no count between.
    private static void GappedFigures(ClaimSentence sentence, List<NumberPhrases.Found> numbers, HashSet<int> usedNumbers, List<Found> found)
    {
        var words = sentence.Words;
        for (var n = 0; n < numbers.Count; n++)
        {
            var number = numbers[n];
            if (usedNumbers.Contains(n) || number.First < 2 || number.Last + 1 >= words.Count || !GappedPrepositions.Contains(words[number.Last + 1].Text)
                || !(words[number.First - 1].Text is "and" or "et" && sentence.CommaBefore(number.First - 1)
                    || words[number.First].Text.StartsWith('و') && sentence.CommaBefore(number.First)))
                continue;
            var clauseEnd = Enumerable.Range(number.Last + 1, words.Count - number.Last - 1).FirstOrDefault(k => ClosesClause(sentence, k), words.Count - 1);
            // not "and 200 in the town fled": a verb of its own (or anything past a short adjunct) makes it another clause's count
            if (clauseEnd - number.Last > 8 || Enumerable.Range(number.Last + 1, clauseEnd - number.Last).Any(k => PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null
                    || words[k].Number is not null || OwnVerbs.Contains(words[k].Text) || words[k].Text.EndsWith("ed", StringComparison.Ordinal) || words[k].Text.EndsWith("ent", StringComparison.Ordinal) && !words[k].Text.EndsWith("ment", StringComparison.Ordinal)))
                continue;
            if (found.Where(f => f.Last < number.First).MaxBy(f => f.Last) is not { } gapped || numbers.Any(o => o.First > gapped.Last && o.Last < number.First))
                continue;
            usedNumbers.Add(n);
            found.Add(new Found(gapped.Kind, gapped.Victims, number.Range, number.First, number.Last));
        }
    }
}
