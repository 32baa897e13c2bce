namespace Sahel.Diff.Claims;

/// <summary>
/// A title or a live blog's line that opens with its source before a colon ("الجيش المالي: خمسة قتلى", "BREAKING | Army
/// spokesman in Maiduguri: 12 killed", "14h02 – Nouveau bilan du ministère : seize militaires tués"): what may stand before
/// the source (a ticker mark, a time stamp, the words of a new toll) and between it and the colon.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Words that mark a ticker or live-blog line before its source: "عاجل |", "BREAKING:", "URGENT –", "Update".</summary>
    private static readonly HashSet<string> TickerWords = new(StringComparer.Ordinal)
    {
        "عاجل", "تحديث", "مباشر", "breaking", "urgent", "update", "updated", "flash", "live", "direct", "alerte", "exclusive", "exclusif",
    };

    /// <summary>
    /// A line that opens "SOURCE …: figure": the source after nothing but a ticker mark or a time stamp, then a colon within
    /// four words of the source's end, with no verb, figure or toll word between (its complement: "النيجرية", "in Maiduguri").
    /// </summary>
    private static bool HeadingSource(ClaimSentence sentence, Mention m)
    {
        var words = sentence.Words;
        if (m.First > 8 || !Enumerable.Range(0, m.First).All(k => words[k].Number is not null || TickerWords.Contains(words[k].Text) || TimeStamp(words[k].Text)
                || k == m.First - 1 && ClaimVocabulary.DefiniteArticles.Contains(words[k].Text)
                // session 10: "12:30 GMT - Niger's defence ministry: 17 soldiers killed": the country owning the source
                || k == m.First - 2 && words[k].Capital && words[k + 1].Text == "s"
                || k == m.First - 1 && words[k].Text == "s" && k > 0 && words[k - 1].Capital
                // "14h02 – Nouveau bilan du ministère : seize militaires tués", "Latest toll from the ministry:": the source's toll
                || HeadingToll(words, k, m.First)) && !SpeakerPhraseBefore(words, m.First))
            return false;
        for (var k = m.Last; k < words.Count - 1 && k <= m.Last + 4; k++)
        {
            if (k > m.Last && (words[k].Number is not null || PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null || PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null))
                return false;
            if (sentence.Between(k, k + 1).Contains(':'))
                return true;
        }
        return false;
    }

    /// <summary>A live blog's time word: "GMT", "UTC", "14h02", "9h".</summary>
    private static bool TimeStamp(string word) =>
        word is "gmt" or "utc" or "h" || word.Length is >= 2 and <= 5 && char.IsAsciiDigit(word[0]) && word.Contains('h') && word.All(c => char.IsAsciiDigit(c) || c == 'h');

    /// <summary>Words of "Nouveau bilan du", "Dernier bilan de la", "Latest toll from the", "New figures of" before a heading's source at <paramref name="source"/>.</summary>
    private static bool HeadingToll(IReadOnlyList<ClaimWord> words, int k, int source)
    {
        var noun = Enumerable.Range(0, source).FirstOrDefault(j => words[j].Text is "bilan" or "toll" or "figures" or "chiffres", -1);
        if (noun < 0 || k < noun - 1 || k > noun + 3)
            return false;
        return words[k].Text is "nouveau" or "dernier" or "new" or "latest" or "bilan" or "toll" or "figures" or "chiffres" or "du" or "de" or "des" or "la" or "l" or "from" or "of" or "the";
    }
}
