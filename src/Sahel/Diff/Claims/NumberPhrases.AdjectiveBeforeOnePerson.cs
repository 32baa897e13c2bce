namespace Sahel.Diff.Claims;

/// <summary>
/// Round 43: one person with no number named with an English adjective of nationality or affiliation before the noun ("killed a
/// Malian security guard", "a Nigerien gendarme was wounded", "a Wagner contractor"). English puts the adjective before the noun
/// (French after it: "un gardien malien"), and the one-person readers (rounds 20, 26) stopped at a capitalised word after "a"/"an",
/// taking it for a name. After "a"/"an", a capitalised word followed by a common noun is read as that noun's adjective, and the
/// noun is the one the readers test. Not an acronym in capitals ("a JNIM emir and 18 of his fighters": a group's name, whose
/// leader some writers count apart and some not, round 40), not a day or a month ("a Monday raid").
/// </summary>
internal static partial class NumberPhrases
{
    /// <summary>Capitalised words that date rather than describe ("a Monday raid", "a March attack"): never a person's adjective.</summary>
    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>Words after the capitalised one that show it is the noun itself ("a Malian was killed", "a Malian who …").</summary>
    private static readonly HashSet<string> NotANounAfter = new(StringComparer.Ordinal)
    {
        "was", "is", "were", "has", "had", "been", "who", "whose", "and", "or", "but", "said", "says", "told", "near", "in", "of", "on",
        "at", "from", "for", "with", "by", "to", "after", "during", "the", "a", "an",
    };

    /// <summary>
    /// After the English article "a"/"an" at <paramref name="at"/> - 1: the noun past one capitalised adjective ("a Malian security
    /// guard": "security"), else <paramref name="at"/> itself.
    /// </summary>
    private static int PastCapitalAdjective(IReadOnlyList<ClaimWord> words, int at)
    {
        if (at < 1 || at + 1 >= words.Count || words[at - 1].Text is not ("a" or "an") || !words[at].Capital || words[at].Upper || words[at].Number is not null
            || ArabicScript.Starts(words[at].Text) || CalendarWords.Contains(words[at].Text) || ClaimContext.Months.Contains(words[at].Text))
            return at;
        var next = words[at + 1];
        return next.Capital || next.Number is not null || ArabicScript.Starts(next.Text) || NotANounAfter.Contains(next.Text)
            || PhraseMatch.Is(next, ClaimVocabulary.TollWords) || next.Text.EndsWith("ed", StringComparison.Ordinal)
            ? at : at + 1;
    }
}
