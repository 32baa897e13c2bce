namespace Sahel.Diff.Claims;

/// <summary>
/// Round 37: a sentence opened by a recall heading and its colon ("Rappel : …", "Pour rappel : …", "Background: …", "للتذكير: …")
/// tells background, as a "Lire aussi"/"Read more" line points to another story: the briefs and dailies that use the heading put
/// earlier events under it ("Rappel : l'attaque du 17 septembre 2024 … avait fait plus de 70 morts selon …"), and the labelling
/// rules say figures of other events are not the story's tolls. The colon is required: "Pour rappel, le bilan est de 12 morts"
/// may restate today's figure.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Recall headings, as normalised, each a phrase of at most two words.</summary>
    private static readonly HashSet<string> RecallHeads = new(StringComparer.Ordinal) { "rappel", "pour rappel", "background", "reminder", "للتذكير", "تذكير" };

    /// <summary>Whether the sentence opens on a recall heading followed by a colon.</summary>
    private static bool OpensOnRecallHeading(ClaimSentence sentence)
    {
        var words = sentence.Words;
        for (var n = 1; n <= 2 && n < words.Count; n++)
            if (RecallHeads.Contains(string.Join(' ', words.Take(n).Select(w => w.Text))) && sentence.Between(n - 1, n).Contains(':'))
                return true;
        return false;
    }
}
