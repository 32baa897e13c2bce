using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Session 16, round 34: the nouns of claiming the cue list leaves out. The English noun "claim" is no cue alone ("a claim
/// that…"), but negated it says no one has claimed ("there was no claim for the attack", "the group issued no claim", "No
/// claim has been made"); the Arabic definite "المسؤولية" is the blame's word too ("حمّل X المسؤولية"), but as the object of
/// a verb of announcing it is the claim ("أعلنت الجماعة المسؤولية عن الهجوم") or, negated, its absence ("لم تعلن أي جهة
/// المسؤولية عن الهجوم"), as the suffixed "مسؤوليتها" always was.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Words after "no claim" that keep it the claim of a deed ("for", "of", "yet", "has been made") or end its clause.</summary>
    private static readonly HashSet<string> AfterNoClaim = new(StringComparer.Ordinal)
    {
        "for", "of", "yet", "so", "has", "had", "have", "was", "were", "is", "from", "by", "and", "but", "over", "in", "as", "on", "since", "after",
    };

    private static readonly string TheResponsibility = TextNormalizer.Normalize("المسؤولية");

    /// <summary>Arabic verbs of announcing ("أعلن", "تعلن", "يعلن", with "و" and the feminine and plural), folded.</summary>
    private static bool AnnouncingVerb(string word) =>
        word.StartsWith("اعلن", StringComparison.Ordinal) || word.StartsWith("واعلن", StringComparison.Ordinal)
        || word.StartsWith("تعلن", StringComparison.Ordinal) || word.StartsWith("يعلن", StringComparison.Ordinal)
        || word.StartsWith("وتعلن", StringComparison.Ordinal) || word.StartsWith("ويعلن", StringComparison.Ordinal);

    /// <summary>"no claim" closing its clause or followed by what it is the claim of ("no claim for the attack").</summary>
    private static bool NegatedClaimNoun(IReadOnlyList<ClaimWord> words, int i) =>
        words[i].Text == "claim" && i > 0 && words[i - 1].Text == "no" && (i + 1 == words.Count || AfterNoClaim.Contains(words[i + 1].Text));

    /// <summary>
    /// "المسؤولية عن" governed by a verb of announcing up to five words before it, in the same clause (no comma, no blame cue,
    /// no "أن" opening another clause between): the claim cue, whose negation and claimant <see cref="ReadClaim"/> reads.
    /// </summary>
    private static bool AnnouncedResponsibility(ClaimSentence sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Text != TheResponsibility || i + 1 >= words.Count || words[i + 1].Text != "عن")
            return false;
        for (var k = i - 1; k >= 0 && i - k <= 5; k--)
        {
            if (sentence.CommaBefore(k + 1) || PhraseMatch.At(words, k, BlameCues) is not null || words[k].Text.StartsWith("ان", StringComparison.Ordinal) && !AnnouncingVerb(words[k].Text))
                return false;
            if (AnnouncingVerb(words[k].Text))
                return true;
        }
        return false;
    }
}
