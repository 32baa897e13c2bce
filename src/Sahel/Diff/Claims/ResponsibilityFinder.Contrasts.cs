namespace Sahel.Diff.Claims;

/// <summary>
/// Session 14, round 28: two accounts side by side in one sentence, the force's first ("La présidence affirme que l'armée a tué
/// 300 terroristes, tandis que des sources sécuritaires parlent d'une centaine", "the army said it had killed 300 terrorists,
/// while security sources spoke of about a hundred", "أعلنت الرئاسة أن الجيش قتل ٣٠٠ إرهابي، بينما تتحدث مصادر أمنية عن نحو
/// مئة"). The second speaker kept the force's claim from being read at all (another's voice in the sentence); the clause
/// before the contrast is the force's own account (a roundup's competing figures; two writers, one of them with the
/// contrast in front; the ClaimsSet README's round 28 section names the stories).
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// Conjunctions that set a second account or speaker against the first: "while", "tandis que", "بينما". One list for the three
    /// readings that split a sentence there (a force's account before the contrast, a force after a group's claim in
    /// <c>ForceAfterAClaim</c>, a group's statement joined after a blame in <c>OwnDeedAfterBlame</c>).
    /// </summary>
    private static readonly HashSet<string> ContrastWords = new(StringComparer.Ordinal)
    {
        "while", "whereas", "tandis", "بينما", "وبينما", "فبينما", "فيما",
    };

    /// <summary>
    /// The last word of the first account when a contrast opens a second one: after a comma ("…, while …", "…, tandis que …",
    /// "…، بينما …"), or in front, the first account then ending at the first comma ("While the army said …, JNIM said …",
    /// "فبينما أعلن الجيش …، قال التنظيم …"); -1 when there is none.
    /// </summary>
    private static int FirstAccountEnd(ClaimSentence sentence)
    {
        var words = sentence.Words;
        bool Contrast(int k) => ContrastWords.Contains(words[k].Text) || words[k].Text == "alors" && k + 1 < words.Count && words[k + 1].Text is "que" or "qu";
        if (words.Count > 3 && (Contrast(0) || Contrast(1) && !sentence.CommaBefore(1)))
        {
            for (var k = 2; k < words.Count - 1; k++)
                if (sentence.CommaBefore(k))
                    return k - 1;
            return -1;
        }
        for (var k = 2; k < words.Count - 1; k++)
            if (sentence.CommaBefore(k) && Contrast(k))
                return k - 1;
        return -1;
    }

    /// <summary>
    /// The force that tells its own operation in the first of two accounts set side by side, read as if the sentence ended
    /// there (<see cref="ForceOfItsOwnOperation"/>), or null; a group may speak in the second.
    /// </summary>
    private static SourceFinder.Mention? ForceOfTheFirstAccount(ClaimSentence sentence, List<TollFinder.Found> tolls, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, string? storyArmy, Attribution? previous, SourceFinder.Found? groupSpeaking)
    {
        var end = FirstAccountEnd(sentence);
        // a group speaking in the first account tells its own, not the force's
        if (end < 0 || groupSpeaking is not null && groupSpeaking.First <= end)
            return null;
        return ForceOfItsOwnOperation(sentence.Words, tolls.Where(t => t.Last <= end).ToList(), mentions.Where(m => m.Last <= end).ToList(),
            attributions.Where(a => a.Last <= end).ToList(), storyArmy: storyArmy, previous: previous);
    }
}
