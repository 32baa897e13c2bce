namespace Sahel.Diff.Claims;

/// <summary>
/// Session 16, round 34: "Our defence and security forces killed 62 assailants", "nos Forces de défense et de sécurité ont
/// repoussé…": the generic FDS (the lexicon's <c>fds</c>, each state's name for its own forces) with the speaker's possessive is
/// the speaking state's army, the one the story names (its note: resolve by country context). Bare "the FDS", "les FDS" stay
/// <c>fds</c>, as the writers label them.
/// </summary>
internal static class OwnDefenceForces
{
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "our", "nos", "notre" };

    /// <summary>The mentions with each possessed FDS read as <paramref name="storyArmy"/>, when the story has named its army.</summary>
    public static List<SourceFinder.Mention> Resolve(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> mentions, string? storyArmy)
    {
        if (storyArmy is null || !mentions.Exists(m => Possessed(words, m)))
            return mentions;
        return mentions.Select(m => Possessed(words, m) ? m with { Name = storyArmy } : m).ToList();
    }

    private static bool Possessed(IReadOnlyList<ClaimWord> words, SourceFinder.Mention mention) =>
        mention.Name == "fds" && mention.First > 0 && Possessives.Contains(words[mention.First - 1].Text);
}
