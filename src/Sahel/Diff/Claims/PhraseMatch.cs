using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Finds the longest phrase of a vocabulary starting at a word: several-word cues ("au moins", "according to",
/// "ما لا يقل عن") and Arabic words with their proclitics read off (وقتل → قتل, لمقتل → مقتل, بحسب → حسب).
/// </summary>
internal static class PhraseMatch
{
    private const int LongestPhrase = 4;

    /// <summary>The value and the number of words of the longest phrase at <paramref name="start"/>, or null.</summary>
    public static (TValue Value, int Length)? At<TValue>(IReadOnlyList<ClaimWord> words, int start, IReadOnlyDictionary<string, TValue> phrases)
    {
        if (start < 0 || start >= words.Count)
            return null;
        for (var length = Math.Min(LongestPhrase, words.Count - start); length >= 1; length--)
        {
            var rest = length == 1 ? "" : " " + string.Join(' ', Enumerable.Range(start + 1, length - 1).Select(i => words[i].Text));
            foreach (var first in ArabicProclitics.Readings(words[start].Text))
                if (phrases.TryGetValue(first + rest, out var value))
                    return (value, length);
        }
        return null;
    }

    public static bool Is<TValue>(ClaimWord word, IReadOnlyDictionary<string, TValue> phrases) =>
        ArabicProclitics.Readings(word.Text).Any(phrases.ContainsKey);
}
