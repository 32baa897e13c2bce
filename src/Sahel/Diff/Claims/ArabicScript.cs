namespace Sahel.Diff.Claims;

/// <summary>
/// Whether a word is written in Arabic script: Arabic clauses put the verb before its subject and fold pronouns
/// into the verb, so the finders read them differently from French and English ones.
/// </summary>
internal static class ArabicScript
{
    /// <summary>True when the word starts with a letter of the Arabic block (U+0600–U+06FF).</summary>
    public static bool Starts(string word) => word.Length > 0 && word[0] is >= '\u0600' and <= '\u06FF';
}
