namespace Sahel.Diff.Claims;

/// <summary>
/// Session 12, round 24: "claim" after a negated auxiliary is the verb, not the noun ("JNIM did not claim the attack", "did
/// not immediately claim", "does not claim"), as after "to": the negation then says no one has claimed it.
/// </summary>
internal static partial class ResponsibilityFinder
{
    private static readonly HashSet<string> NegatedAuxiliaryWords = new(StringComparer.Ordinal) { "not", "never" };

    /// <summary>The word at <paramref name="i"/> ("claim") right after "not" or "never", or after one adverb ("immediately", "yet") after them.</summary>
    private static bool NegatedBareVerb(IReadOnlyList<ClaimWord> words, int i) =>
        i > 0 && NegatedAuxiliaryWords.Contains(words[i - 1].Text)
        || i > 1 && (words[i - 1].Text.EndsWith("ly", StringComparison.Ordinal) || words[i - 1].Text == "yet") && NegatedAuxiliaryWords.Contains(words[i - 2].Text);
}
