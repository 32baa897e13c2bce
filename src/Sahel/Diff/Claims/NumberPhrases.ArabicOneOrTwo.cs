namespace Sahel.Diff.Claims;

/// <summary>
/// Arabic one and two, said after the noun they count ("جنديين اثنين", "مدني واحد"), and the definite article that marks
/// people counted already.
/// </summary>
internal static partial class NumberPhrases
{
    private static bool Definite(string arabic) =>
        arabic.StartsWith("ال", StringComparison.Ordinal) || arabic.StartsWith("وال", StringComparison.Ordinal) || arabic.StartsWith("بال", StringComparison.Ordinal)
        || arabic.StartsWith("فال", StringComparison.Ordinal) || arabic.StartsWith("لل", StringComparison.Ordinal);

    private static readonly Dictionary<string, int> OneOrTwo = new(StringComparer.Ordinal)
    {
        ["اثنين"] = 2, ["اثنان"] = 2, ["اثنتين"] = 2, ["اثنتان"] = 2, ["واحد"] = 1, ["واحدا"] = 1, ["واحده"] = 1,
    };

    /// <summary>
    /// One or two after the noun it counts: a person noun ("جنديين اثنين", "مدني واحد") or a plural or dual with its
    /// pronoun ("مرافقيه الاثنين"); not a day ("يوم الاثنين", "مساء الاثنين": no such noun before it).
    /// </summary>
    private static int? OneOrTwoAfterNoun(IReadOnlyList<ClaimWord> words, int at)
    {
        if (at + 1 >= words.Count || !ArabicScript.Starts(words[at].Text) || words[at].Number is not null
            || !words[at + 1].Text.Contains("اثن", StringComparison.Ordinal) && !words[at + 1].Text.Contains("واحد", StringComparison.Ordinal))
            return null;
        int? value = null;
        foreach (var reading in words[at + 1].Readings)
            if (OneOrTwo.TryGetValue(reading, out var v) && (reading.Length == words[at + 1].Text.Length || reading.Length == words[at + 1].Text.Length - 2))
                value = v;
        if (value is null)
            return null;
        // round 25: "المخطوفين اثنان وثلاثون" (the abducted are thirty-two): one or two before "و" and the tens is the unit of a
        // compound count, not the dual's two
        if (at + 2 < words.Count && words[at + 2].Text.StartsWith('و') && Cardinal(words[at + 2], allowAnd: true) is >= 20 and < 100 and var tens && tens % 10 == 0)
            return null;
        var noun = words[at].Text;
        return PhraseMatch.Is(words[at], ClaimVocabulary.VictimWords) || noun.Length > 4 && (noun.EndsWith("ين", StringComparison.Ordinal) || noun.EndsWith("يه", StringComparison.Ordinal) || noun.EndsWith("يهم", StringComparison.Ordinal) || noun.EndsWith("يها", StringComparison.Ordinal)) && !DayWords.Contains(noun)
            ? value : null;
    }

    private static readonly HashSet<string> DayWords = new(StringComparer.Ordinal) { "يومين", "الاسبوعين", "اسبوعين", "شهرين", "الشهرين", "عامين", "العامين", "ساعتين", "الساعتين", "يوميه", "الماضيين" };
}
