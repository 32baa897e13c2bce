namespace Sahel.Diff.Claims;

/// <summary>
/// Session 14, round 28: a blame told as the area's habit, not of this attack ("La zone est régulièrement ciblée par le
/// JNIM", "Les attaques dans cette zone sont généralement attribuées à l'EIGS", "the region is often hit by ISSP", "لكن
/// العبوات الناسفة تُنسب عادة إلى الجماعات المرتبطة بالقاعدة"). Background of the kind a wire adds after "no group has claimed
/// it": the writers label no blame there (two writers; the ClaimsSet README's round 28 section). A habitual adverb in the clause
/// that names the actor, before it, makes the blame generic; a habit told of someone else ("JNIM, which often strikes
/// here, was blamed by the governor") stays outside the actor's clause and changes nothing.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Adverbs of a habit or a rule, folded: "régulièrement", "usually", "عادة", "غالبا".</summary>
    private static readonly HashSet<string> HabitualWords = new(StringComparer.Ordinal)
    {
        "regulierement", "generalement", "habituellement", "souvent", "frequemment", "ordinairement", "traditionnellement",
        "regularly", "usually", "generally", "often", "typically", "frequently", "routinely", "commonly", "traditionally", "normally",
        "عاده", "وعاده", "غالبا", "وغالبا", "كثيرا", "دائما", "باستمرار", "تقليديا",
    };

    /// <summary>Words that open a new clause inside a sentence, so a habit told before them is not the actor's.</summary>
    private static readonly HashSet<string> HabitClauseOpeners = new(StringComparer.Ordinal)
    {
        "mais", "but", "while", "whereas", "tandis", "alors", "لكن", "ولكن", "بينما", "فيما",
        // the reported clause after a verb of saying: a habit before it is the speaker's ("the governor, who usually speaks to
        // reporters, said that…", "قال الحاكم الذي يتحدث عادة إلى الصحفيين إن…")
        "that", "que", "qu", "ان", "بان", "انه", "انها",
    };

    /// <summary>
    /// Whether every mention of <paramref name="actor"/> stands in a clause that a habitual adverb governs: the adverb before
    /// the mention, with no comma or clause opener between them.
    /// </summary>
    private static bool BlamedAsAHabit(ClaimSentence sentence, List<SourceFinder.Mention> actors, string actor)
    {
        var words = sentence.Words;
        var named = actors.Where(m => m.Name == actor).ToList();
        if (named.Count == 0)
            return false;
        foreach (var mention in named)
        {
            var habitual = false;
            for (var k = mention.First - 1; k >= 0 && !sentence.CommaBefore(k + 1); k--)
            {
                if (HabitualWords.Contains(words[k].Text))
                {
                    habitual = true;
                    break;
                }
                if (HabitClauseOpeners.Contains(words[k].Text))
                    break;
            }
            if (!habitual)
                return false;
        }
        return true;
    }

    private sealed partial class Walk
    {
        /// <summary>Drops the blames the sentence tells as the area's habit (<see cref="BlamedAsAHabit"/>).</summary>
        private void HabitualBlamesDropped() =>
            found.RemoveAll(f => f is { Polarity: ResponsibilityPolarity.Blamed, Actor: not null } && BlamedAsAHabit(sentence, actors, f.Actor));
    }
}
