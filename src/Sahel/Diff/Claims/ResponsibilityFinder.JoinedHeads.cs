namespace Sahel.Diff.Claims;

/// <summary>
/// Session 14, round 28: the second actor of a coordination named with a head noun of its own, its fighters or its "group"
/// ("executed by Malian soldiers and foreign fighters of the Wagner group", "des soldats maliens et des combattants du groupe
/// Wagner", "من الجيش المالي ومجموعة فاغنر", "جنود من الجيش المالي ومقاتلين من مجموعة فاغنر"). Round 27 joined a bare second actor
/// to the first; with its head noun the gap was too long or held words no joiner knew, and only the first was blamed
/// (two writers; the ClaimsSet README's round 28 section names the stories).
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Heads of a joined actor's name: its fighters, its group ("مجموعة فاغنر"), with Arabic "and" attached or not.</summary>
    private static readonly HashSet<string> JoinedHeads = new(StringComparer.Ordinal)
    {
        "fighters", "combattants", "group", "groupe",
        "مقاتلين", "مقاتلو", "مقاتلي", "مجموعه", "عناصر",
    };

    /// <summary>A joined actor's head noun, bare or with the Arabic "and" attached ("ومقاتلين", "ومجموعة").</summary>
    private static bool JoinedHead(string word) =>
        JoinedHeads.Contains(word) || word.Length > 2 && word[0] == 'و' && JoinedHeads.Contains(word[1..]);

    /// <summary>Between a descriptor of men and the actor they belong to: "from", "of the", "du", "من".</summary>
    private static readonly HashSet<string> OfWords = new(StringComparer.Ordinal) { "of", "from", "the", "de", "du", "des", "d", "l", "la", "le", "من" };

    /// <summary>
    /// The actor a joined mention is only the men of, named right after it ("مقاتلين روسا من فاغنر", "Russian fighters from the
    /// Wagner group", "des combattants russes du groupe Wagner"): the one named after, or null.
    /// </summary>
    private static SourceFinder.Mention? NamedAfter(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> actors, SourceFinder.Mention men) =>
        actors.Where(m => m.First > men.Last + 1 && m.First - men.Last <= 3 && m.Name != men.Name).OrderBy(m => m.First).FirstOrDefault() is { } after
            && Enumerable.Range(men.Last + 1, after.First - men.Last - 1).All(k => OfWords.Contains(words[k].Text))
            ? after
            : null;
}
