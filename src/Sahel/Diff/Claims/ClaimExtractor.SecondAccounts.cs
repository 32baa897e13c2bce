namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 42: a second account set against the first in one sentence ("The army put the toll at 14 dead and 30
/// injured, while residents said 41 died", "L'armée parle de 14 morts et 30 blessés, mais des habitants affirment …", "أعلن
/// الجيش مقتل ١٤ وإصابة ٣٠، بينما قال سكان إن ٤١ قتلوا"). The figure just before the contrast is nearer to the second speaker's
/// cue than to the first's, and the nearest attribution took it; but a conjunction opening a clause ("while", "but", "tandis
/// que", "mais", "بينما", "لكن", "في حين") starts a new account: its speaker's cue attributes what follows it, not what the
/// clause before it said. The figure keeps the first account's speaker (or carries, as a figure with none of its own).
/// </summary>
public static partial class ClaimExtractor
{
    /// <summary>
    /// Conjunctions (normalised) that open a second, contrasting account after a comma. "في حين" and "غير أن"/"إلا أن" are read by
    /// their second word; "alors que" by "alors" with its "que"; "au contraire" and "in contrast" are not here (an adverb, no
    /// clause of their own).
    /// </summary>
    private static readonly HashSet<string> SecondAccountWords = new(StringComparer.Ordinal)
    {
        "while", "whereas", "but", "although", "though",
        "tandis", "mais", "cependant", "toutefois", "pourtant",
        "بينما", "وبينما", "فيما", "لكن", "ولكن", "بيد",
    };

    /// <summary>
    /// Whether <paramref name="cue"/>, after the figure, opens a second account: a contrast word follows a comma between the figure
    /// and the cue, and the cue comes within eight words after it with no comma between (the contrast is the cue's own clause,
    /// not an aside before a trailing "…, the mayor said").
    /// </summary>
    private static bool InASecondAccount(ClaimSentence sentence, TollFinder.Found toll, SourceFinder.Found cue)
    {
        if (cue.First <= toll.Last || cue.Back)
            return false;
        var words = sentence.Words;
        for (var c = toll.Last + 1; c <= cue.First; c++)
        {
            if (!sentence.CommaBefore(c) || !OpensSecondAccount(words, c))
                continue;
            return cue.First - c <= 8 && !CommaBetween(sentence, c, cue.First);
        }
        return false;
    }

    private static bool OpensSecondAccount(IReadOnlyList<ClaimWord> words, int c)
    {
        var text = words[c].Text;
        if (SecondAccountWords.Contains(text))
            return true;
        var next = c + 1 < words.Count ? words[c + 1].Text : "";
        // "alors que", "في حين", "وفي حين", "غير أن", "إلا أن"
        return text == "alors" && next is "que" or "qu"
            || text is "في" or "وفي" && next == "حين"
            || text is "غير" or "الا" && next is "ان" or "انه" or "انها";
    }
}
