namespace Sahel.Diff.Claims;

/// <summary>
/// Clause bounds around a cue: a comma before it or between two words, a negated verb ("n'avait pas confirmé", "did not
/// confirm", "لم يؤكد"), an Arabic verb that opens what is said ("وأعلن أن") and one that goes on with the sentence's subject
/// after a comma and "while"/"but it" ("، فيما قال").
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>session 9: "أن"/"إن" right after an Arabic verb opens what is said: "وأعلن أن الجيش قتل اثنين" names no speaker after it.</summary>
    private static bool OpensClause(IReadOnlyList<ClaimWord> words, int at) => at < words.Count && words[at].Text is "ان" or "بان";

    /// <summary>Whether a comma (Latin or Arabic) or a semicolon stands between two words.</summary>
    private static bool CommaBetween(ClaimSentence sentence, int first, int last) =>
        first < last && sentence.Between(first, last).IndexOfAny([',', '،', ';', '؛']) >= 0;

    /// <summary>", a annoncé le porte-parole", ", indique la même source": an inverted verb after a comma names its source after it.</summary>
    private static bool AfterComma(ClaimSentence sentence, int cue)
    {
        var words = sentence.Words;
        var start = cue > 0 && Auxiliaries.Contains(words[cue - 1].Text) ? cue - 1 : cue;
        return sentence.CommaBefore(start);
    }

    // "n'avait pas confirmé", "did not confirm", "لم يؤكد": the two words before the verb.
    private static bool Negated(IReadOnlyList<ClaimWord> words, int cue) =>
        (cue > 0 && SourceVocabulary.Negations.Contains(words[cue - 1].Text)) || (cue > 1 && SourceVocabulary.Negations.Contains(words[cue - 2].Text))
        // session 11, round 20: the French elided "ne" with no "pas" after a negative subject ("personne n'a revendiqué", "aucun
        // groupe n'a revendiqué"); not "ne … que" ("le gouvernement n'a reconnu que six morts" tells six)
        || cue > 2 && words[cue - 2] is { Text: "n", Capital: false } && Auxiliaries.Contains(words[cue - 1].Text)
            && Enumerable.Range(Math.Max(0, cue - 5), cue - 2 - Math.Max(0, cue - 5)).Any(k => words[k].Text is "personne" or "aucun" or "aucune" or "nul" or "nulle");

    /// <summary>Arabic "while", "whereas", "but it": after a comma, what follows goes on with the sentence's subject.</summary>
    private static readonly HashSet<string> ArabicContinuations = new(StringComparer.Ordinal) { "فيما", "بينما", "لكنه", "لكنها", "ولكنه", "ولكنها", "غير انه", "الا انه", "الا انها" };

    private static bool ContinuesAfterComma(ClaimSentence sentence, int verb) =>
        verb > 1 && ArabicContinuations.Contains(sentence.Words[verb - 1].Text) && sentence.Between(verb - 2, verb - 1).IndexOfAny(",،") >= 0;
}
