using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Session 16, round 34: the Arabic noun of responsibility with its pronoun ("مسؤوليتها", "its responsibility") is the object of
/// the verb that governs it: claimed after "أعلنت", denied after "نفت" even when the denier's name and an adverbial stand
/// between ("ونفت قوات الدعم السريع في بيان مسؤوليتها عن القصف", "نفت الجماعة عبر تلغرام مسؤوليتها"). Before, only a denial
/// verb within two words made it a denial, so the noun read as the denier's claim.
/// </summary>
internal static partial class ResponsibilityFinder
{
    private static readonly HashSet<string> ResponsibilityNouns = new(
        new[] { "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسؤوليتهما" }.Select(TextNormalizer.Normalize), StringComparer.Ordinal);

    /// <summary>Words that open another clause, whose verb the noun would belong to instead: "بينما", "فيما", "لكن".</summary>
    private static readonly HashSet<string> ArabicClauseOpeners = new(
        new[] { "بينما", "فيما", "لكن", "ولكن", "حين", "حيث", "كما", "ثم", "بعد", "قبل" }.Select(TextNormalizer.Normalize), StringComparer.Ordinal);

    /// <summary>
    /// The noun of responsibility at <paramref name="cue"/> governed by a denial verb up to ten words before it (a long name and "في بيان على تلغرام" between), in the same
    /// clause: no comma between, no word opening another clause, and no verb of saying or announcing nearer the noun.
    /// </summary>
    private static bool DeniedResponsibility(ClaimSentence sentence, int cue)
    {
        var words = sentence.Words;
        if (!ResponsibilityNouns.Contains(words[cue].Text))
            return false;
        for (var k = cue - 1; k >= 0 && cue - k <= 10; k--)
        {
            if (sentence.CommaBefore(k + 1) || ArabicClauseOpeners.Contains(words[k].Text))
                return false;
            if (PhraseMatch.At(words, k, DenyCues) is not null)
                return true;
            if (ArabicSayingVerbs.Contains(words[k].Text) || words[k].Text.StartsWith("اعلن", StringComparison.Ordinal) || words[k].Text.StartsWith("واعلن", StringComparison.Ordinal)
                || words[k].Text.StartsWith("تعلن", StringComparison.Ordinal) || words[k].Text.StartsWith("يعلن", StringComparison.Ordinal))
                return false;
        }
        return false;
    }
}
