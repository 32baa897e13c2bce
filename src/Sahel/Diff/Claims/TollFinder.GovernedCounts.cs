namespace Sahel.Diff.Claims;

/// <summary>
/// Round 33: a count that is the object or the complement of a word before it, read by a toll word of the next coordinated
/// clause or noun phrase ("the killing of 8 soldiers, abduction of a chief", "l'enlèvement de quatre expatriés et la mort d'un
/// gardien", "توقيف ١٥ مهربا ومقتل جندي", "arrested 15 smugglers, and a soldier was killed"), and a count of figures ("three
/// tolls, one massacre", "quatre bilans"). The count belongs to the word that governs it, or counts no people at all.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Arabic verbs of arrest (as normalised) that take a count as their object; the nouns are in <see cref="Arrests"/>.</summary>
    private static readonly HashSet<string> ArrestVerbs = new(StringComparer.Ordinal)
    {
        "اوقف", "اوقفت", "اوقفوا", "اعتقلوا", "احتجز", "احتجزت", "احتجزوا",
    };

    /// <summary>Nouns of figures themselves (Arabic as normalised: the hamza seat of "حصائل" folds to "ي"): a count before them counts figures, not people ("deux bilans", "three tolls", "ثلاث حصائل").</summary>
    private static readonly HashSet<string> FigureCountNouns = new(StringComparer.Ordinal)
    {
        "tolls", "figures", "counts", "tallies", "estimates", "versions",
        "bilans", "chiffres", "decomptes", "estimations",
        "حصايل", "ارقام", "روايات",
    };

    /// <summary>"killed another", "en a tué un autre", "وقتل آخر": the next clause's own count of one.</summary>
    private static readonly HashSet<string> Another = new(StringComparer.Ordinal) { "another", "autre", "un", "une", "اخر", "اخرا", "اخرين" };

    /// <summary>Prepositions between a noun of an act and its count: "the killing of 8", "l'enlèvement de quatre".</summary>
    private static readonly HashSet<string> ComplementOf = new(StringComparer.Ordinal) { "of", "de", "d", "du", "des" };

    /// <summary>
    /// The count before the toll word at <paramref name="cueFirst"/> is the object or complement of the word before it — a toll word of another
    /// kind than <paramref name="kind"/> ("killing of 8", "l'enlèvement de quatre") or a word of arrest ("أوقفت ١٥", "arrested 15") — and a
    /// comma, "and", "et" or "و" stands between the count and the toll word at <paramref name="cueFirst"/>: the next clause's toll word does not take it.
    /// Not a count that opens its clause ("killed five, and 12 were wounded": the 12 has no word before it that governs it).
    /// </summary>
    private static bool GovernedEarlier(ClaimSentence sentence, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, NumberPhrases.Found number, TollKind kind, int cueFirst, int cueLast)
    {
        var words = sentence.Words;
        if (number.First == 0 || cueFirst <= number.Last)
            return false;
        var joined = sentence.Between(number.Last, cueFirst).IndexOfAny(",;،؛") >= 0
            || Enumerable.Range(number.Last + 1, cueFirst - number.Last - 1).Any(k => words[k].Text is "and" or "et" or "و" or "while" or "tandis")
            || ArabicScript.Starts(words[cueFirst].Text) && words[cueFirst].Text[0] == 'و' && words[cueFirst].Readings.Contains(words[cueFirst].Text[1..]);
        // "captured one terrorist and killed another": the next clause counts by "another", read as one of its own
        if (!joined || cueLast + 1 < words.Count && Another.Contains(words[cueLast + 1].Text))
            return false;
        var governor = number.First - 1;
        if (ComplementOf.Contains(words[governor].Text))
            governor--;
        if (governor < 0)
            return false;
        // "la mort de sept éleveurs, tués par …": a toll word of the same kind restates the first, it is no second deed
        return cues.Any(o => o.Last == governor && o.First != cueFirst && o.Kind != kind) || ArrestObject(words, number);
    }

    /// <summary>The count is the object of a word of arrest right before it ("arrested 15", "أوقفت ١٥", "l'arrestation de 15").</summary>
    private static bool ArrestObject(IReadOnlyList<ClaimWord> words, NumberPhrases.Found number)
    {
        var governor = number.First - 1;
        if (governor >= 0 && ComplementOf.Contains(words[governor].Text))
            governor--;
        return governor >= 0 && words[governor].Readings.Any(r => Arrests.Contains(r) || ArrestVerbs.Contains(r) || TakenAlive.Contains(r));
    }

    /// <summary>A count right before a noun of figures, or past one word ("three different tolls"): it counts figures.</summary>
    private static bool CountsFigures(IReadOnlyList<ClaimWord> words, NumberPhrases.Found number) =>
        number.Last + 1 < words.Count && FigureCountNouns.Contains(words[number.Last + 1].Text)
        || number.Last + 2 < words.Count && FigureCountNouns.Contains(words[number.Last + 2].Text) && VictimsAfter(words, number.First, number.Last + 1) is null;
}
