namespace Sahel.Diff.Claims;

/// <summary>
/// Session 14, round 27: a toll stated past the adjunct that names whose it is. "The death toll was 12" and "حصيلة القتلى بلغت ١٢"
/// were read (the count within three words of the toll noun); "the toll among soldiers was at least 15" (dev12), "حصيلة القتلى في
/// صفوف الجيش لا تتجاوز عشرة" (dev14) and "le bilan parmi les policiers ne dépasse pas cinq" were not: the adjunct puts the count
/// out of reach. The toll noun is read like "the number of dead" (<see cref="TollFinder.Stated"/>): an adjunct of four words at
/// most, closed by a copula or by a bound said with a verb, then the count.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Arabic nouns of a toll in the construct before the toll noun ("حصيلة القتلى", the toll of the dead), normalised.</summary>
    private static readonly HashSet<string> ArabicTollHeads = new(StringComparer.Ordinal) { "حصيله", "وحصيله", "الحصيله" };

    /// <summary>The toll word is the head of a toll: "toll", "bilan", the dead after "le bilan des", or the Arabic dead after "حصيلة".</summary>
    private static bool TollHead(IReadOnlyList<ClaimWord> words, int cueFirst, int cueLast) =>
        words[cueLast].Text is "toll" or "bilan"
        || cueFirst > 1 && words[cueFirst - 1].Text is "des" or "de" or "d" && words[cueFirst - 2].Text == "bilan"
        || cueFirst > 0 && ArabicScript.Starts(words[cueFirst].Text) && ArabicTollHeads.Contains(words[cueFirst - 1].Text);

    /// <summary>A count at <paramref name="at"/> opening on a bound said with a verb: "does not exceed", "ne dépasse pas", "لا تتجاوز",
    /// "exceeded", "تجاوزت" (<see cref="ClaimVocabulary.QualifierBefore"/>), not "at least", "plus de", "نحو".</summary>
    private static bool VerbalBound(IReadOnlyList<ClaimWord> words, int at) =>
        at < words.Count && PhraseMatch.At(words, at, ClaimVocabulary.QualifierBefore) is { Value: "at-most" or "more-than" }
        && words[at].Text is "ne" or "n" or "does" or "did" or "exceeded" or "exceeds" or "depasse" or "depasser" or "depassent" or "لا" or "لم"
            or "تجاوز" or "تجاوزت" or "يتجاوز" or "تتجاوز";
}
