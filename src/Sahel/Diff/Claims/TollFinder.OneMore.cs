namespace Sahel.Diff.Claims;

internal static partial class TollFinder
{
    /// <summary>
    /// Round 23: the count plus one person named beside it, who shares its fate.
    /// A death with companions: "Le capitaine X est mort avec six de ses hommes", "Sergeant X died alongside five comrades",
    /// "توفي الملازم … مع ثلاثة من رفاقه" — the count after "avec"/"with"/"alongside"/"مع", the toll verb before it in the
    /// singular, the count's people the subject's own (a possessive, "comrades", "من رفاقه").
    /// A singular person joined by "and" before the count: "his father and two uncles had been kidnapped", "killed my neighbour and
    /// his two sons", "son père et ses deux oncles ont été enlevés" — a possessive names the person (not "the village and two
    /// hamlets", not "a soldier and two civilians": "a soldier" is a count of its own).
    /// </summary>
    private static bool OneMore(ClaimSentence sentence, int first, int last, int cueFirst, int cueLast, TollKind kind, bool after)
    {
        var words = sentence.Words;
        if (first < 2)
            return false;
        // with companions
        var with = first - 1;
        if (words[with].Text is "de" && with > 1 && words[with - 1].Text == "cotes" && words[with - 2].Text == "aux")
            with -= 2;
        if (after && kind == TollKind.Killed && cueLast < with && with - cueLast <= 8 && words[with].Text is "avec" or "with" or "alongside" or "مع" or "ومع"
            && SingularDeath(words, cueFirst, cueLast) && OwnCompanions(words, last + 1))
            return true;
        // a singular person joined before
        var and = first - 1;
        if (DefiniteOrPossessiveOfOne.Contains(words[and].Text) && and > 0)
            and--;
        if (words[and].Text is not ("and" or "et") || and < 2 || words[and - 1].Text.EndsWith('s') || words[and - 1].Capital || words[and - 1].Number is not null
            || ArabicScript.Starts(words[and - 1].Text) || !PossessiveOfOne.Contains(words[and - 2].Text) && !PossessiveOfOne.Contains(words[first - 1].Text))
            return false;
        // the coordination is the toll's subject or object: its verb next to it
        return after ? cueLast + 1 == and - 2 : cueFirst > last && cueFirst - last <= 4;
    }

    /// <summary>A toll verb of one person: "est mort", "a été tué", "died" (its subject not a count), "توفي", "قتل".</summary>
    private static bool SingularDeath(IReadOnlyList<ClaimWord> words, int cueFirst, int cueLast)
    {
        if (ArabicScript.Starts(words[cueFirst].Text))
            return words[cueFirst].Readings.Any(r => r is "توفي" or "قتل" or "استشهد" or "لقي");
        if (cueFirst > 0 && words[cueFirst - 1].Text is "est" or "a" or "was" or "ete" && !(cueFirst > 1 && words[cueFirst - 2].Text is "ont" or "were"))
            return true;
        // "died" with a singular subject: a capitalised name or an article and a noun before it, no count in the clause
        return words[cueFirst].Text is "died" or "fell" && Enumerable.Range(Math.Max(0, cueFirst - 8), Math.Min(8, cueFirst)).All(k => words[k].Number is null && !ClaimVocabulary.Cardinals.ContainsKey(words[k].Text))
            && cueFirst > 0 && !words[cueFirst - 1].Text.EndsWith('s');
    }

    /// <summary>The count's people are the dead man's own: "de ses hommes", "of his men", "comrades", "من رفاقه".</summary>
    private static bool OwnCompanions(IReadOnlyList<ClaimWord> words, int at)
    {
        for (var k = at; k < words.Count && k <= at + 2; k++)
        {
            if (PossessiveOfOne.Contains(words[k].Text) || Companions.Contains(words[k].Text))
                return true;
            if (ArabicScript.Starts(words[k].Text) && k > at && words[k - 1].Text == "من" && words[k].Text.EndsWith('ه'))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> PossessiveOfOne = new(StringComparer.Ordinal) { "his", "her", "my", "son", "sa", "ses", "mon", "ma", "mes" };

    private static readonly HashSet<string> DefiniteOrPossessiveOfOne = new(StringComparer.Ordinal) { "his", "her", "my", "ses", "mes", "sa", "son" };

    private static readonly HashSet<string> Companions = new(StringComparer.Ordinal)
    {
        "comrades", "companions", "colleagues", "compagnons", "camarades", "collegues",
    };

    // round 23: a death with companions past the subject's name or the date ("توفي الملازم محمد ولد أحمد مع ثلاثة من رفاقه", "est mort
    // le 14 août avec six de ses hommes"): farther than a count after its verb is read, the companions and the dead man are one toll
    private static void DeathWithCompanions(ClaimSentence sentence, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, List<NumberPhrases.Found> numbers, HashSet<int> usedCues, HashSet<int> usedNumbers, List<Found> found)
    {
        var words = sentence.Words;
        for (var n = 0; n < numbers.Count; n++)
        {
            if (usedNumbers.Contains(n) || numbers[n].Range is not { Qualifier: "exact", Min: { } companions })
                continue;
            var c = Enumerable.Range(0, cues.Count).Where(c => !usedCues.Contains(c) && cues[c].Kind == TollKind.Killed && cues[c].Last < numbers[n].First && numbers[n].First - cues[c].Last <= 9)
                .Select(c => (int?)c).LastOrDefault();
            if (c is not { } companionsCue || !OneMore(sentence, numbers[n].First, numbers[n].Last, cues[companionsCue].First, cues[companionsCue].Last, TollKind.Killed, after: true)
                || numbers.Any(o => o.First > cues[companionsCue].Last && o.Last < numbers[n].First && o.Range.Qualifier == "exact" && o.Range.Min > 31))
                continue;
            usedNumbers.Add(n);
            usedCues.Add(companionsCue);
            found.Add(new Found(TollKind.Killed, VictimsAfter(words, numbers[n].First, numbers[n].Last + 1), numbers[n].Range with { Min = companions + 1, Max = companions + 1 },
                cues[companionsCue].First, numbers[n].Last));
        }
    }
}
