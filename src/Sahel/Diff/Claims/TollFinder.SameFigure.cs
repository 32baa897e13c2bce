namespace Sahel.Diff.Claims;

/// <summary>
/// A figure that stands for the story's last toll with another value: "Relatives put the number at four", "the figure was
/// fifteen", "Les proches avancent le chiffre de quatre", "وقدّر ذووهم العدد بأربعة". The sentence names no toll word; its
/// figure noun points back to the toll told before, whose kind and victims it keeps.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Latin-script nouns that name a count told before, after a determiner: "the number", "le chiffre" (Arabic: the definite "العدد", "الرقم", read in <see cref="SameFigure"/>).</summary>
    private static readonly HashSet<string> SameFigureNouns = new(StringComparer.Ordinal)
    {
        "number", "figure", "count", "tally", "nombre", "chiffre", "decompte",
    };

    /// <summary>
    /// Articles and demonstratives only: "their number" counts the people just named ("the others were still held and it
    /// gave their number as eight"), whose kind the last toll need not be.
    /// </summary>
    private static readonly HashSet<string> SameFigureDeterminers = new(StringComparer.Ordinal)
    {
        "the", "this", "that", "le", "ce", "un", "a",
    };

    /// <summary>
    /// What joins the figure noun to its value: "at", "was", "is", "à", "de", "est", "était", "stood at", "to". Arabic
    /// joins with the proclitic ب on the number itself ("العدد بأربعة"), or with "هو".
    /// </summary>
    private static readonly HashSet<string> SameFigureJoins = new(StringComparer.Ordinal)
    {
        "at", "was", "is", "as", "to", "of", "stood", "stands", "closer", "nearer", "a", "de", "d", "est", "etait", "serait", "pres", "plutot", "هو",
    };

    /// <summary>
    /// The value a figure noun gives for the toll told before, when the sentence has no toll of its own, else null.
    /// Not "the number of displaced" (a count of something else), nor a figure noun with no value within three words.
    /// </summary>
    public static (NumberRange Count, int First, int Last)? SameFigure(ClaimSentence sentence)
    {
        var words = sentence.Words;
        for (var k = 0; k < words.Count - 1; k++)
        {
            // Arabic: the definite noun alone ("العدد"); the construct "عدد القتلى" names its own toll words.
            var arabic = ArabicScript.Starts(words[k].Text);
            if (!(arabic ? words[k].Readings.Any(r => r is "العدد" or "الرقم")
                    : SameFigureNouns.Contains(words[k].Text) && k > 0 && SameFigureDeterminers.Contains(words[k - 1].Text)))
                continue;
            // "the number of displaced", "le nombre des déplacés": the count of something named after it; "a figure of 15",
            // "le chiffre de quatre" give the value itself.
            if (words[k + 1].Text is "of" or "de" or "d" or "des" or "du" && !(k + 2 < words.Count && (words[k + 2].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k + 2].Text))))
                continue;
            foreach (var count in NumberPhrases.Find(sentence))
            {
                if (count.First <= k || count.First - k > 3 || count.Subset)
                    continue;
                var between = Enumerable.Range(k + 1, count.First - k - 1);
                if (between.All(j => SameFigureJoins.Contains(words[j].Text)) && (count.First > k + 1 || arabic))
                    return (count.Range, k, count.Last);
            }
        }
        return null;
    }
}
