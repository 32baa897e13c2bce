namespace Sahel.Diff.Claims;

/// <summary>
/// Round 26: a bare figure that answers the figure before it with a speaker of its own ("L'armée parle de cinq morts, les habitants
/// de douze", "the army says 12 civilians were killed; residents say 20", "يتحدث الجيش عن خمسة قتلى، فيما يقول السكان إنهم اثنا عشر"):
/// the same toll told by another speaker, its kind and victims left out.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Words that introduce the answering count after its speaker: the gapped preposition of "parle de", "speaks of", "يتحدث عن", "that they are".</summary>
    private static readonly HashSet<string> AnswerJoins = new(StringComparer.Ordinal)
    {
        "de", "d", "of", "عن", "انهم", "انهن", "بانهم", "ان", "are", "sont", "etaient", "were",
    };

    /// <summary>
    /// The figures a sentence gives in answer to its figure before: a count with no toll word of its own, closing its clause, in a
    /// clause set off from that figure (a comma, a semicolon, "while", "فيما") that names its own speaker (a source noun) and joins
    /// the count to it by a verb of saying or counting, the gapped preposition ("les habitants de douze") or nothing ("residents
    /// 20"). Not a date, an hour or an age ("at 5", "aged 20": a preposition or a noun before it), not a count of things (a noun
    /// after it), not past another count.
    /// </summary>
    private static void AnsweringFigures(ClaimSentence sentence, List<NumberPhrases.Found> numbers, HashSet<int> usedNumbers, List<Found> found)
    {
        var words = sentence.Words;
        for (var n = 0; n < numbers.Count; n++)
        {
            var number = numbers[n];
            if (usedNumbers.Contains(n) || found.Any(f => f.First <= number.First && number.First <= f.Last) || !ClosesClause(sentence, number.Last)
                || number.Range.Qualifier is "several" || number.First == 0
                || found.Where(f => f.Last < number.First).MaxBy(f => f.Last) is not { } answered
                || numbers.Any(o => o.First > answered.Last && o.Last < number.First) || number.First - answered.Last > 10
                || !Enumerable.Range(answered.Last + 1, number.First - answered.Last - 1).Any(k => sentence.CommaBefore(k) || sentence.Between(k - 1, k).Contains(';') || words[k].Text is "while" or "whereas" or "tandis" or "alors" or "فيما" or "بينما" or "but" or "mais"))
                continue;
            var clause = Enumerable.Range(answered.Last + 1, number.First - answered.Last - 1).ToList();
            if (clause.Any(k => PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null))
                continue;
            var speaker = clause.FirstOrDefault(k => PhraseMatch.At(words, k, SourceVocabulary.Sources) is not null, -1);
            if (speaker < 0)
                continue;
            var before = number.First - 1;
            var joined = before == speaker || PhraseMatch.At(words, speaker, SourceVocabulary.Sources) is { } s && speaker + s.Length == number.First
                || AnswerJoins.Contains(words[before].Text) && before > speaker
                || clause.Any(k => k > speaker && PhraseMatch.At(words, k, SourceVocabulary.Verbs) is { } verb && k + verb.Length >= before)
                || clause.Any(k => k < speaker && PhraseMatch.At(words, k, SourceVocabulary.Verbs) is { } verb && k + verb.Length == speaker) && before >= speaker && before - speaker <= 2 && words[before].Text is not ("at" or "a" or "in" or "on" or "since" or "aged" or "depuis" or "vers" or "في" or "منذ");
            if (!joined || words[before].Text is "at" or "in" or "on" or "since" or "aged" or "age" or "depuis" or "vers" or "منذ" or "عمر")
                continue;
            usedNumbers.Add(n);
            found.Add(new Found(answered.Kind, answered.Victims, number.Range, number.First, number.Last));
        }
    }
}
