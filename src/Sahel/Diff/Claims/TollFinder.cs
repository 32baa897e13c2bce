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
        if (DatedEntry(sentence) || RecalledEarlier(sentence) || OpensOnRecallHeading(sentence))
            return [];
        var all = NumberPhrases.Find(sentence);
        // Part of a count given just before ("dont trois enfants") is read after the counts it is part of.
        var numbers = all.Where(n => !n.Subset).ToList();
        var subsets = all.Where(n => n.Subset).ToList();
        var cues = WithTakenPassives(sentence, Cues(words, all));
        var pairs = Pairs(sentence, cues, numbers, collapsed);
        var found = new List<Found>();
        var usedCues = new HashSet<int>();
        var usedNumbers = new HashSet<int>();
        // The passes, one per reading of the sentence, in this order: each takes only the counts and toll words the ones before left.
        RivalTolls(words, numbers, usedNumbers, found);
        PairedFigures(sentence, cues, numbers, pairs, usedCues, usedNumbers, found);
        DeathWithCompanions(sentence, cues, numbers, usedCues, usedNumbers, found);
        JoinedAfter(sentence, numbers, usedNumbers, found);
        JoinedBefore(sentence, numbers, usedNumbers, found);
        GappedFigures(sentence, numbers, usedNumbers, found);
        EarlierFigures(words, numbers, usedNumbers, found);
        RiseFigures(words, numbers, usedNumbers, found);
        ListedNames(sentence, cues, numbers, usedNumbers, found);
        FrontedParts(sentence, cues, numbers, usedCues, usedNumbers, found);
        PartFigures(sentence, all, subsets, cues, usedCues, found);
        // session 8: "parmi lesquels sept femmes et cinq enfants", "including three soldiers and two police officers": a count
        // joined to a part counts a part too.
        if (subsets.Count > 0)
            JoinedAfter(sentence, numbers, usedNumbers, found);
        NounCounts(sentence, cues, usedCues, found);
        // round 25: "killed 15 rebels and captured 22 in an operation", "et 11 interpellés": fighters taken alive, their noun left out
        CapturedFighters(sentence, numbers, usedNumbers, found);
        CapturedBesideOthers(sentence, numbers, usedNumbers, found);
        // round 33: "the hospital has received 26 casualties", "17 patients ont été admis": the wounded as a hospital's intake
        IntakeFigures(sentence, numbers, usedNumbers, found);
        // round 26: "إن جنديا قتل", "قتل المسلحون امرأة": one Arabic person, the only argument of the toll verb beside it
        ArabicOnePerson(words, cues, usedCues, found);
        ArabicOneSubject(words, cues, usedCues, found);
        // round 28: "وإن المعلمة لا تزال مفقودة": one definite person still missing
        ArabicStillMissing(words, cues, usedCues, found);
        // round 26: "L'armée parle de cinq morts, les habitants de douze": a bare figure answering the one before, its own speaker's
        AnsweringFigures(sentence, numbers, usedNumbers, found);
        DualTollFigures(sentence, found);
        Estimates(sentence, cues, numbers, found);
        DropFreed(sentence, found);
        DropRepeatedVague(words, found);
        DropVagueWithoutFigure(words, found);
        return OrderedWithVictims(words, found);
    }
}
