namespace Sahel.Diff.Claims;

/// <summary>
/// Figures in one sentence: a toll word (tués, killed, مقتل, neutralisés…) paired with the nearest count before
/// it ("cinq soldats ont été tués", "12 dead") or just after it ("killing 12", "مقتل ١٢ جنديا"), closest pairs
/// first, each word and count used once. Who the victims were is read from the words between or just after.
/// </summary>
internal static partial class TollFinder
{
    private const int MaxWordsBefore = 8;
    private const int MaxWordsAfter = 3;

    /// <summary>A figure with the words it spans, before its attribution is known.</summary>
    public sealed record Found(TollKind Kind, string? Victims, NumberRange Count, int First, int Last);

    /// <param name="collapsed">Words that do not count in the distance between a count and its toll word: the
    /// inside of a several-word name ("Volontaires pour la défense de la patrie") and of brackets.</param>
    public static List<Found> Find(ClaimSentence sentence, Func<int, bool>? collapsed = null)
    {
        var words = sentence.Words;
        // session 9: "Mai 2024 – Un convoi … : cinq soldats tués", "يناير ٢٠٢٠: مقتل ٨٩ جنديا": an entry of a chronology is another event.
        // round 25: "Dix jours plus tôt, quinze fidèles avaient été tués", "In a separate attack, …", "في كمين مماثل": another event.
        if (DatedEntry(sentence) || RecalledEarlier(sentence))
            return [];
        var all = NumberPhrases.Find(sentence);
        // Part of a count given just before ("dont trois enfants") is read after the counts it is part of.
        var numbers = all.Where(n => !n.Subset).ToList();
        var subsets = all.Where(n => n.Subset).ToList();
        var cues = Cues(words, all);
        var pairs = Pairs(sentence, cues, numbers, collapsed);
        var found = new List<Found>();
        var usedCues = new HashSet<int>();
        var usedNumbers = new HashSet<int>();
        RivalTolls(words, numbers, usedNumbers, found);
        PairedFigures(sentence, cues, numbers, pairs, usedCues, usedNumbers, found);
        DeathWithCompanions(sentence, cues, numbers, usedCues, usedNumbers, found);
        JoinedAfter(sentence, numbers, usedNumbers, found);
        JoinedBefore(sentence, numbers, usedNumbers, found);
        GappedFigures(sentence, numbers, usedNumbers, found);
        EarlierFigures(words, numbers, usedNumbers, found);
        RiseFigures(words, numbers, usedNumbers, found);
        FrontedParts(sentence, cues, numbers, usedCues, usedNumbers, found);
        PartFigures(sentence, all, subsets, cues, usedCues, found);
        // session 8: "parmi lesquels sept femmes et cinq enfants", "including three soldiers and two police officers": a count
        // joined to a part counts a part too.
        if (subsets.Count > 0)
            JoinedAfter(sentence, numbers, usedNumbers, found);
        NounCounts(sentence, cues, usedCues, found);
        // round 25: "killed 15 rebels and captured 22 in an operation", "et 11 interpellés": fighters taken alive, their noun left out
        CapturedFighters(sentence, numbers, usedNumbers, found);
        // round 26: "إن جنديا قتل", "قتل المسلحون امرأة": one Arabic person, the only argument of the toll verb beside it
        ArabicOnePerson(words, cues, usedCues, found);
        // round 26: "L'armée parle de cinq morts, les habitants de douze": a bare figure answering the one before, its own speaker's
        AnsweringFigures(sentence, numbers, usedNumbers, found);
        DualTollFigures(sentence, found);
        Estimates(words, cues, numbers, found);
        // "put the toll at more than forty, saying many bodies had been buried", "documented 60 deaths, many of them at markets",
        // "عدد القتلى يتجاوز الستين، مشيرا إلى أن بعض الجثث": a vague count after a figure of the same kind in the same sentence is a part
        // of it or the same dead told again, not a toll of its own ("and several others", "وعدد آخر" still add to it).
        found.RemoveAll(f => f.Count.Qualifier == "several" && !(f.Last + 1 < words.Count && OtherWords.Contains(words[f.Last + 1].Text)) && !Added(words, f.First)
            && !Enumerable.Range(f.First, f.Last - f.First + 1).Any(k => OtherWords.Contains(words[k].Text) || words[k].Readings.Any(OtherWords.Contains))
            && found.Exists(g => g.Last < f.First && g.Kind == f.Kind && g.Count.Qualifier != "several" && (g.Victims == f.Victims || g.Victims is null || f.Victims is null)));
        // session 8: "quelques pertes en vies humaines sans donner de chiffre", "some casualties, without giving figures", "دون تحديد
        // عددهم": a vague count the speaker declines to put a figure on is no toll.
        if (found.Exists(f => f.Count.Qualifier == "several") && Enumerable.Range(0, words.Count).Any(k => PhraseMatch.At(words, k, NoFigure) is not null))
            found.RemoveAll(f => f.Count.Qualifier == "several");
        var ordered = StableSort.ByFirst(found, f => f.First);
        for (var k = 0; k < ordered.Count; k++)
        {
            if (ordered[k].Victims is null && Elliptical(words, ordered.Take(k), ordered[k].First, Math.Min(words.Count - 1, ordered[k].Last + 2), ordered[k].Kind) is { } victims)
                ordered[k] = ordered[k] with { Victims = victims };
        }
        // round 24: "11 morts et 7 blessés dans nos rangs", "أربعة شهداء وخمسة جرحى في صفوف القوات": who both were, said once after the last
        for (var k = ordered.Count - 2; k >= 0; k--)
            if (ordered[k].Victims is null && SharedAfter(words, ordered[k], ordered[k + 1]) is { } shared)
                ordered[k] = ordered[k] with { Victims = shared };
        return ordered;
    }
}
