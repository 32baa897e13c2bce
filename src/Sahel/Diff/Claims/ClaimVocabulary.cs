namespace Sahel.Diff.Claims;

/// <summary>
/// The words claims are recognised by, in French, English and Arabic, in normalised form (lower case, no
/// accents, ة → ه, أ → ا; see TextNormalizer). Arabic words are matched with their proclitics read off
/// (وقتل, لمقتل), so only bare forms are listed here. Several-word cues are space-separated.
/// This file holds the builders; the word lists are grouped by what they are for in ClaimVocabulary.*.cs.
/// </summary>
internal static partial class ClaimVocabulary
{
    /// <summary>
    /// The English and French articles, normalised: before a noun they make it a noun phrase ("an NGO", "une ONG", "the
    /// killing of", "la mort de"). One set for the readers that ask that question.
    /// </summary>
    public static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an", "the", "un", "une", "le", "la", "l", "les" };

    /// <summary>The English and French definite articles (normalised: "l'" is "l").</summary>
    public static readonly HashSet<string> DefiniteArticles = new(StringComparer.Ordinal) { "the", "le", "la", "l", "les" };

    /// <summary>The English and French personal pronouns a clause's subject can be ("a-t-il déclaré", "he said").</summary>
    public static readonly HashSet<string> PersonalPronouns = new(StringComparer.Ordinal) { "he", "she", "they", "il", "elle", "ils", "elles" };

    /// <summary>Words normalised into a set (several spellings may normalise to one word).</summary>
    public static PhraseVocabulary<bool> Set(params string[] words)
    {
        var set = new PhraseVocabulary<bool>();
        foreach (var word in words)
            set.AddPhrase(Sahel.Normalize.TextNormalizer.Normalize(word), true);
        return set;
    }

    private static PhraseVocabulary<TValue> Build<TValue>(Dictionary<TValue, string[]> byValue) where TValue : notnull
    {
        var words = new PhraseVocabulary<TValue>();
        foreach (var (value, list) in byValue)
            foreach (var word in list)
                words.AddPhrase(Sahel.Normalize.TextNormalizer.Normalize(word), value);
        return words;
    }
}
