namespace Sahel.Diff.Claims;

/// <summary>
/// Session 17, round 36: an estimate whose object is the number or toll of the dead, missing or kidnapped with an adjunct that names
/// where or among whom, before "at/à/بـ" and the count: "UNHCR put the number of people reported missing in the region at 212", "Le
/// HCR estime le nombre de disparus dans la région de Tillabéri à 212", "وقدر باحث عدد القتلى في صفوف فاغنر بنحو ثمانين". The short
/// estimate (<see cref="EstimateAt"/>, eight words back) and the copula past an adjunct (<see cref="Stated"/>) left these out: the
/// adjunct puts the count out of reach. Here the verb of estimating must be followed by its object, the noun of number or of toll
/// (past an article), and nothing between it and the count may be punctuation or another count.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Longest object (the noun of number, its people, their adjunct) between the verb of estimating and the count.</summary>
    private const int MaxEstimateObject = 16;

    /// <summary>Verbs of estimating or putting a figure at a value, in English and French (normalised).</summary>
    private static readonly HashSet<string> EstimateVerbs = new(StringComparer.Ordinal)
    {
        "put", "puts", "putting", "placed", "places", "estimated", "estimates", "estimate",
        "evalue", "evaluent", "evaluait", "estime", "estiment", "estimait", "chiffre", "chiffrent", "chiffrait",
    };

    /// <summary>The Arabic verb of estimating, with "و" and in the feminine and imperfect ("قدّر", "وقدرت", "يقدر").</summary>
    private static readonly HashSet<string> ArabicEstimateVerbs = new(StringComparer.Ordinal)
    {
        "قدر", "قدرت", "وقدر", "وقدرت", "يقدر", "تقدر", "ويقدر", "وتقدر",
    };

    /// <summary>Nouns the estimate's object opens on: a number or a toll, and the Arabic "عدد".</summary>
    private static readonly HashSet<string> EstimatedNouns = new(StringComparer.Ordinal) { "number", "toll", "figure", "nombre", "bilan", "chiffre", "عدد" };

    /// <summary>
    /// Where a verb of estimating governs the count at <paramref name="count"/> past an object of up to <see cref="MaxEstimateObject"/>
    /// words that opens on a noun of number or toll ("put the number of … at", "estime le nombre de … à", "قدر … عدد … بـ"), else null.
    /// </summary>
    private static int? LongEstimateAt(ClaimSentence sentence, int count)
    {
        var words = sentence.Words;
        if (count < 3)
            return null;
        var arabic = ArabicScript.Starts(words[count].Text);
        // the preposition of the value: "at", "à" (written "a"), or the Arabic "بـ" on the count or standing alone before it
        var at = arabic ? words[count].Text[0] == 'ب' ? count : words[count - 1].Text is "ب" or "بـ" ? count - 1 : -1
            : words[count - 1].Text is "at" or "a" ? count - 1 : -1;
        if (at < 0)
            return null;
        for (var k = at - 1; k >= 0 && at - k <= MaxEstimateObject; k--)
        {
            if (words[k].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text) || sentence.Between(k, k + 1).IndexOfAny(",;:()") >= 0)
                return null;
            if (!(arabic ? ArabicEstimateVerbs.Contains(words[k].Text) : EstimateVerbs.Contains(words[k].Text)))
                continue;
            // its object: the noun of number or toll, right after the verb or past an article or a possessive (and in Arabic past the
            // subject: "قدر باحث في مركز … عدد القتلى")
            var noun = Enumerable.Range(k + 1, Math.Max(0, Math.Min(arabic ? 8 : 2, at - k - 1))).FirstOrDefault(j => EstimatedNouns.Contains(words[j].Text), -1);
            if (noun < 0 || !arabic && noun == k + 2 && words[k + 1].Text is not ("the" or "le" or "its" or "their" or "son" or "leur" or "l"))
                return null;
            // a toll word in the object, so that the kind is the object's own ("the number of people reported missing")
            return Enumerable.Range(noun + 1, at - noun - 1).Any(j => PhraseMatch.At(words, j, ClaimVocabulary.TollWords) is not null) || words[noun].Text is "toll" or "bilan" ? k : null;
        }
        return null;
    }
}
