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
    public static (NumberRange Count, int First, int Last)? SameFigure(ClaimSentence sentence) =>
        FigureNounValues(sentence).FirstOrDefault() is { Last: > 0 } first ? first : AnsweringSentence(sentence);

    /// <summary>
    /// Round 30: every value a figure noun gives in the sentence ("le chiffre de neuf", "a figure of 64", "the number was 15",
    /// "العدد بأربعة"), in order, whether or not the sentence tells a toll of its own: a speaker may put a figure on the toll beside
    /// another figure ("évoquent sept morts, tandis que la presse a avancé le chiffre de neuf", "gave a figure of 64 and said nine
    /// were missing"). A quoted value may follow the noun directly ('put the figure "above 400"').
    /// </summary>
    public static List<(NumberRange Count, int First, int Last)> FigureNounValues(ClaimSentence sentence)
    {
        var words = sentence.Words;
        var values = new List<(NumberRange Count, int First, int Last)>();
        List<NumberPhrases.Found>? counts = null;
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
            foreach (var count in counts ??= NumberPhrases.Find(sentence))
            {
                if (count.First <= k || count.First - k > 3 || count.Subset)
                    continue;
                var between = Enumerable.Range(k + 1, count.First - k - 1);
                if (between.All(j => SameFigureJoins.Contains(words[j].Text)) && (count.First > k + 1 || arabic || sentence.Between(k, k + 1).IndexOfAny(QuoteMarks) >= 0))
                {
                    values.Add((count.Range, k, count.Last));
                    break;
                }
            }
        }
        return values;
    }

    private static readonly char[] QuoteMarks = ['"', '«', '“', '\''];

    /// <summary>
    /// Round 26: a short sentence (or clause set off by a semicolon) whose speaker gives a bare figure in answer to the toll told
    /// just before: "; residents say 20.", "; des habitants en comptent quinze.", "فيما يقول السكان إنهم اثنا عشر". A speaker (a
    /// source noun) and a verb of saying or counting before one count that ends the sentence, joined to the verb directly or by
    /// "that they are"; no toll word in the sentence (it would be a figure of its own), no noun after the count ("say 20 houses").
    /// </summary>
    private static (NumberRange Count, int First, int Last)? AnsweringSentence(ClaimSentence sentence)
    {
        var words = sentence.Words;
        var counts = NumberPhrases.Find(sentence);
        if (counts.Count != 1 || counts[0] is not { Subset: false } count || count.Range.Qualifier is "several" || count.First == 0)
            return null;
        // session 13: the count ends the sentence, or its clause when another joined by "and" goes on without a figure ("the families say
        // four, and blame Malian soldiers"); the words up to it are the short answer, with no toll word; no other count in the sentence
        var endsClause = count.Last + 1 >= words.Count || ClosesClause(sentence, count.Last) && ClauseJoiners.Contains(words[count.Last + 1].Text);
        if (!endsClause || count.Last + 1 > 14
            || Enumerable.Range(0, count.Last + 1).Any(k => PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null))
            return null;
        var speaker = Enumerable.Range(0, count.First).FirstOrDefault(k => PhraseMatch.At(words, k, SourceVocabulary.Sources) is not null, -1);
        if (speaker < 0)
            return null;
        // the verb right before the count, or before "that they are"/"qu'ils sont"/"إنهم"
        var at = count.First - 1;
        while (at > 0 && AnswerJoins.Contains(words[at].Text) && words[at].Text is not ("de" or "d" or "of" or "عن"))
            at--;
        var verb = Enumerable.Range(Math.Max(0, at - 2), at - Math.Max(0, at - 2) + 1).FirstOrDefault(k => PhraseMatch.At(words, k, SourceVocabulary.Verbs) is { } v && k + v.Length - 1 == at, -1);
        if (verb < 0)
            return null;
        // a clause set off by a semicolon (its first word in lower case) or opened by a contrast ("فيما", "بينما") answers with any verb;
        // a sentence of its own only with the present of a rival account ("The government says 12.", "Nos sources en comptent une
        // vingtaine"), not a past restating a figure ("The army's statement gave 10.")
        var setOff = ArabicScript.Starts(words[0].Text) ? words[0].Readings.Any(r => r is "فيما" or "بينما") : !words[0].Capital;
        return setOff || PresentOfAnswer.Contains(words[verb].Text) ? (count.Range, count.First, count.Last) : null;
    }

    /// <summary>Words that open a clause joined after the answering count: "and", "et", "but", "mais", "while", "tandis", "و".</summary>
    private static readonly HashSet<string> ClauseJoiners = new(StringComparer.Ordinal) { "and", "et", "but", "mais", "while", "tandis", "و" };

    /// <summary>The present of saying or counting that gives a rival account: "says", "speak of", "en comptent", "يقول", "يتحدثون".</summary>
    private static readonly HashSet<string> PresentOfAnswer = new(StringComparer.Ordinal)
    {
        "says", "say", "speaks", "speak", "counts", "count", "puts", "gives", "parle", "parlent", "compte", "comptent", "avance", "avancent",
        "evoque", "evoquent", "denombre", "denombrent", "recense", "recensent", "dit", "disent", "estime", "estiment",
        "يقول", "تقول", "يقولون", "يتحدث", "تتحدث", "يتحدثون",
    };
}

internal static partial class TollFinder
{
    /// <summary>
    /// Round 30: a figure noun that its clause denies or disputes within the four words before it: "ne cite jamais le chiffre de
    /// 200", "never gave a figure of", "rejected the figure of 40", "conteste le chiffre de", "لم يذكر الرقم", "نفى العدد". The value
    /// is not given there.
    /// </summary>
    internal static bool FigureNounDenied(ClaimSentence sentence, int noun)
    {
        var words = sentence.Words;
        for (var k = noun - 1; k >= 0 && k >= noun - 4; k--)
        {
            if (sentence.CommaBefore(k + 1))
                return false;
            if (words[k].Readings.Any(DisputingWords.Contains))
                return true;
        }
        return false;
    }

    /// <summary>Negations and verbs that dispute a figure rather than give one.</summary>
    private static readonly HashSet<string> DisputingWords = new(StringComparer.Ordinal)
    {
        "ne", "n", "pas", "jamais", "not", "never", "no", "nor", "ni", "rejected", "rejects", "dismissed", "dismisses", "denied", "denies", "disputed",
        "disputes", "contested", "contests", "rejette", "rejettent", "rejete", "conteste", "contestent", "dement", "dementent", "dementi",
        "لم", "لا", "ليس", "نفي", "نفت", "ينفي", "تنفي", "رفض", "رفضت", "يرفض", "ترفض",
    };
}
