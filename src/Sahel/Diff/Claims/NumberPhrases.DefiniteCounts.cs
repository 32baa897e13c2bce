namespace Sahel.Diff.Claims;

/// <summary>
/// Session 14, round 27: an Arabic number word with the article after its definite noun ("الجرحى التسعين", the ninety wounded;
/// "خطف العاملين السبعة", the abduction of the seven workers; "الجنود الستة مفقودون") is the count of that noun, as "the seven
/// workers" and "les sept employés" are in English and French. Round 7 read every such number word as pointing back at a count
/// told before; but the count is often told there for the first time, or by a second source (its own toll). It stays no count
/// after a noun that does not name people: a time ("الأيام الثلاثة الماضية"), places ("الدول الثلاث"), acts ("الهجمات الثلاث").
/// </summary>
internal static partial class NumberPhrases
{
    /// <summary>Sound masculine plurals that are not people: years, and the duals of times ("الماضيين").</summary>
    private static readonly HashSet<string> NotPeoplePlurals = new(StringComparer.Ordinal) { "السنين", "الماضيين", "الاخرين", "الاخيرين" };

    /// <summary>A definite noun that names people: a victim noun ("الجنود", "المدنيين"), a toll noun ("الجرحى", "المخطوفين",
    /// "الضحايا"), or a sound masculine plural, which names people ("العاملين", "السائقين", "المتهمين"; the toll still needs its word).</summary>
    private static bool DefinitePeople(ClaimWord noun) =>
        PhraseMatch.Is(noun, ClaimVocabulary.VictimWords) || PhraseMatch.Is(noun, ClaimVocabulary.TollWords)
        || (noun.Text.EndsWith("ين", StringComparison.Ordinal) || noun.Text.EndsWith("ون", StringComparison.Ordinal))
            && !NotPeoplePlurals.Contains(noun.Text) && !DayWords.Contains(noun.Text);

    /// <summary>The word at <paramref name="at"/> is an Arabic number word with the article after a definite noun that names people.</summary>
    public static bool AfterDefiniteNoun(IReadOnlyList<ClaimWord> words, int at) =>
        at > 0 && at < words.Count && words[at].Text.StartsWith("ال", StringComparison.Ordinal) && !ClaimVocabulary.Cardinals.ContainsKey(words[at].Text)
        && Cardinal(words[at]) is not null && words[at - 1].Text.StartsWith("ال", StringComparison.Ordinal) && DefinitePeople(words[at - 1]);
}
