namespace Sahel.Diff.Claims;

/// <summary>
/// Round 25: fighters captured in the fight whose dead the sentence has just counted, their noun left out: "killed 15 rebels and
/// captured 22 in an operation", "20 assailants were killed and 11 arrested", "neutralised 41 terrorists and apprehended 16 others",
/// "a abattu trois terroristes et capturé un quatrième", "de neutraliser quinze terroristes et d'en capturer un". The labelling rules
/// make attackers captured in a fight `kidnapped attackers`; an arrest is no toll only outside a fight, and the joined figure of
/// attackers is the fight.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Verbs of capturing in a fight, in the forms both capture readers take (this one and TollFinder.CapturedBeside.cs).</summary>
    private static readonly HashSet<string> CaptureVerbForms = new(StringComparer.Ordinal)
    {
        "captured", "capturing", "capture", "captures", "capturant", "capturer", "capturee", "capturees", "اسر", "واسر", "اسروا", "اسرت",
    };

    /// <summary>Verbs of taking fighters alive, the arrest verbs among them: only read here, joined to a figure of attackers.</summary>
    private static readonly HashSet<string> TakenAlive = new(CaptureVerbForms.Concat(
    [
        "arrested", "arresting", "apprehended", "apprehending", "detained",
        "arrete", "arretes", "arretant", "arreter", "interpelle", "interpelles", "interpellant", "interpeller", "apprehende", "apprehendes",
        "اعتقال", "واعتقال", "اعتقل", "واعتقل", "اعتقلت", "واعتقلت", "توقيف", "وتوقيف",
        // round 34: the perfect of the Arabic arrest verb as the noun "توقيف" is read ("قضت على ثلاثة إرهابيين وأوقفت اثنين آخرين")
        "اوقف", "واوقف", "اوقفت", "واوقفت", "اوقفوا", "واوقفوا",
    ]), StringComparer.Ordinal);

    /// <summary>Words that join the capture to the figure before it: "and", "et", "d'en", a comma (read apart), "also".</summary>
    private static readonly HashSet<string> CaptureJoints = new(StringComparer.Ordinal) { "and", "et", "d", "de", "en", "also", "avoir", "a", "ont", "و" };

    /// <summary>"un", "one", "a" closing the capture: one fighter ("d'en capturer un", "and captured one").</summary>
    private static readonly HashSet<string> OneCaptured = new(StringComparer.Ordinal) { "un", "une", "one" };

    /// <summary>
    /// The fighters taken alive after a figure of attackers read in the same sentence, with no noun of their own: a bare count
    /// (closing its clause, before an adjunct, or "others"), an ordinal ("un quatrième", "a fourth") or "un"/"one" closing the
    /// clause, right after a verb of capture or arrest joined to that figure; or a bare count joined by "and" to it with the
    /// participle after ("and 11 arrested"). A count that names its own people ("arrested 41 suspected suppliers") is not
    /// read here: an arrest of named people away from a fight is no toll.
    /// </summary>
    private static void CapturedFighters(ClaimSentence sentence, List<NumberPhrases.Found> numbers, HashSet<int> usedNumbers, List<Found> found)
    {
        var words = sentence.Words;
        // round 34: the participle may close the sentence ("and 11 arrested."; a semicolon also ends the sentence read)
        for (var v = 1; v < words.Count; v++)
        {
            if (!words[v].Readings.Any(TakenAlive.Contains) || found.Any(f => f.First <= v && v <= f.Last))
                continue;
            // the verb before its count: "and captured 22 in", "d'en capturer un", "et capturé un quatrième"
            var n = numbers.FindIndex(x => x.First == v + 1);
            NumberRange? range = null;
            var last = v + 1;
            if (v + 1 >= words.Count)
            {
                // the last word: only the count before it can be its figure (below)
            }
            else if (n >= 0 && !usedNumbers.Contains(n) && BareCapturedCount(sentence, numbers[n].Last))
            {
                range = numbers[n].Range;
                last = numbers[n].Last;
            }
            else if (n < 0 && OneCaptured.Contains(words[v + 1].Text) && (ClosesClause(sentence, v + 1) || v + 2 < words.Count && GappedPrepositions.Contains(words[v + 2].Text)))
                range = new NumberRange { Min = 1, Max = 1, Qualifier = "exact", Text = sentence.Quote(v + 1, v + 1) };
            else if (n < 0 && v + 2 < words.Count && words[v + 1].Text is "un" or "une" or "a" && NumberPhrases.IsOrdinal(words[v + 2]))
            {
                range = new NumberRange { Min = 1, Max = 1, Qualifier = "exact", Text = sentence.Quote(v + 1, v + 2) };
                last = v + 2;
            }
            if (range is not null && JoinedToFighters(sentence, found, v) is not null)
            {
                if (n >= 0)
                    usedNumbers.Add(n);
                found.Add(new Found(TollKind.Kidnapped, "attackers", range, v, last));
                continue;
            }
            // the count before its participle: "20 assailants were killed and 11 arrested", "et 11 interpellés."
            var before = numbers.FindIndex(x => x.Last == v - 1);
            if (before < 0 || usedNumbers.Contains(before) || numbers[before].First < 1 || !ClosesClause(sentence, v) && !CaptureAdjunct(sentence, v)
                || !(words[numbers[before].First - 1].Text is "and" or "et" || words[numbers[before].First].Text.StartsWith('و')) && !ListedAfterFighters(sentence, found, numbers[before].First)
                || JoinedToFighters(sentence, found, numbers[before].First) is null && !ListedAfterFighters(sentence, found, numbers[before].First))
                continue;
            usedNumbers.Add(before);
            found.Add(new Found(TollKind.Kidnapped, "attackers", numbers[before].Range, numbers[before].First, v));
        }
    }

    /// <summary>A count after a capture verb that names no one: it closes its clause, opens an adjunct ("in an operation") or is "others".</summary>
    private static bool BareCapturedCount(ClaimSentence sentence, int last) =>
        ClosesClause(sentence, last) || last + 1 < sentence.Words.Count && (GappedPrepositions.Contains(sentence.Words[last + 1].Text) || OtherWords.Contains(sentence.Words[last + 1].Text));

    /// <summary>
    /// Where the figure of attackers the capture at <paramref name="at"/> is joined to starts: one read just before, only joining
    /// words between ("and", "et d'en", "و"), with an "and" among them or an Arabic "و" on the capture; null if none.
    /// </summary>
    private static int? JoinedToFighters(ClaimSentence sentence, List<Found> found, int at)
    {
        var words = sentence.Words;
        if (found.Where(f => f.Last < at && at - f.Last <= 5).MaxBy(f => f.Last) is not { Victims: "attackers" } fighters)
            return null;
        var between = Enumerable.Range(fighters.Last + 1, at - fighters.Last - 1).ToList();
        if (!between.All(k => CaptureJoints.Contains(words[k].Text)))
            return null;
        var joined = between.Any(k => words[k].Text is "and" or "et" or "و") || words[at].Text.StartsWith('و') && ArabicScript.Starts(words[at].Text);
        return joined ? fighters.First : null;
    }
}
