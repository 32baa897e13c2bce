namespace Sahel.Diff.Claims;

/// <summary>
/// Finds the longest phrase of a vocabulary starting at a word: several-word cues ("au moins", "according to",
/// "ما لا يقل عن") and Arabic words with their proclitics read off (وقتل → قتل, لمقتل → مقتل, بحسب → حسب).
/// </summary>
internal static class PhraseMatch
{
    /// <summary>The value and the number of words of the longest phrase at <paramref name="start"/>, or null.</summary>
    /// <remarks>Longest first, then the word as written before its readings without proclitics.</remarks>
    public static (TValue Value, int Length)? At<TValue>(IReadOnlyList<ClaimWord> words, int start, PhraseVocabulary<TValue> phrases)
    {
        if (start < 0 || start >= words.Count)
            return null;
        var readings = words[start].Readings;
        var longest = 0;
        foreach (var reading in readings)
            longest = Math.Max(longest, phrases.LongestFrom(reading));
        // As long as the vocabulary's longest phrase from this word: a fixed cap (four words until session 8) left every
        // longer phrase of every vocabulary silently unread.
        for (var length = Math.Min(longest, words.Count - start); length >= 1; length--)
        {
            foreach (var first in readings)
                if (phrases.LongestFrom(first) >= length && phrases.TryGetPhrase(first, words, start, length, out var value))
                    return (value, length);
        }
        return null;
    }

    public static bool Is<TValue>(ClaimWord word, PhraseVocabulary<TValue> phrases)
    {
        foreach (var reading in word.Readings)
            if (phrases.ContainsKey(reading))
                return true;
        return false;
    }
}
