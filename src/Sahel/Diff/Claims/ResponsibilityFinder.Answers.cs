namespace Sahel.Diff.Claims;

/// <summary>
/// Session 7, the blamer in an interview: "Q: Who were these men? A: Everyone on that road knows them: the Islamic State",
/// "س: من تتهمون؟ ج: إنهم مقاتلو تنظيم الدولة", "Q : Qui sont ces assaillants ? R : … ce sont les gens de l'État
/// islamique". The answer to a question asking who did it names the one blamed, by whoever answers.
/// </summary>
internal static partial class ResponsibilityFinder
{
    private static readonly HashSet<string> WhoWords = new(StringComparer.Ordinal) { "who", "whom", "which", "qui", "quel", "quelle", "quels", "quelles", "من" };

    /// <summary>
    /// A short question asking who: a word of "who" opening it, or right after the interviewer's label and its colon ("Q:",
    /// "س:", "PRESENTER:"). The sentence split drops the question mark, so the form of the question is what is read.
    /// </summary>
    internal static bool AsksWho(ClaimSentence sentence)
    {
        var words = sentence.Words;
        if (words.Count is 0 or > 10)
            return false;
        if (WhoWords.Contains(words[0].Text) && words[0].Text != "من")
            return true;
        return words.Count > 2 && sentence.Between(0, 1).Contains(':') && WhoWords.Contains(words[1].Text);
    }

    /// <summary>
    /// The first group or force the answer names, not negated, blamed by the sentence's speaker ("People here say it was
    /// Boko Haram, not ISWAP") or else by the one answering, a local voice (whom a story interviews about an attack).
    /// </summary>
    private static ResponsibilityClaim? Answer(ClaimSentence sentence, List<SourceFinder.Mention> actors, List<SourceFinder.Found> attributions)
    {
        var named = actors.FirstOrDefault(m => m.Kind is SourceKind.ArmedGroup or SourceKind.Army && m.Name is not null && !Negated(sentence, m.First));
        if (named is null)
            return null;
        var by = attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.Unattributed or SourceKind.ArmedGroup) && a.Attribution.Name != named.Name)?.Attribution
            ?? new Attribution { Kind = SourceKind.Local, Text = sentence.Quote(0, Math.Min(2, sentence.Words.Count - 1)) };
        return BlameOf(named, by, sentence);
    }
}
