namespace Sahel.Diff.Claims;

/// <summary>
/// Session 11, round 22: an Arabic verb of accusing that carries the accused as its object suffix ("واتهمته الحكومة بتنفيذه",
/// "جبهة تحرير أزواد، التي اتهمتها صحيفة محلية بالمشاركة", "يتهمونهم"). The suffix refers back to the actor named before; a
/// name after the verb belongs to the deed ("بالتعاون مع الجيش"), not to the one accused.
/// </summary>
internal static partial class ResponsibilityFinder
{
    private static readonly HashSet<string> SuffixedAccusations = new(StringComparer.Ordinal)
    {
        "اتهمته", "اتهمتها", "اتهمتهم", "اتهمه", "اتهمها", "اتهمهم", "اتهموه", "اتهموها", "اتهموهم",
        "تتهمه", "تتهمها", "تتهمهم", "يتهمه", "يتهمها", "يتهمهم", "يتهمونه", "يتهمونها", "يتهمونهم",
    };

    /// <summary>The verb as written or with its proclitic read off ("واتهمته").</summary>
    private static bool AccusedBySuffix(ClaimWord word) => ArabicScript.Starts(word.Text) && word.Readings.Any(SuffixedAccusations.Contains);

    /// <summary>
    /// The object pronoun of a French or English verb of accusing: "l'a accusé", "l'ont accusé", "l'avait accusé", "accused it of",
    /// "blamed it for". Only "it" in English: "accused them of" may be people (the villagers), not a group.
    /// </summary>
    private static bool ObjectPronounOfTheCue(IReadOnlyList<ClaimWord> words, int cue, int last) =>
        cue > 1 && words[cue - 1].Text is "a" or "ont" or "avait" or "avaient" && words[cue - 2].Text is "l" or "lui" or "leur"
        || last + 2 < words.Count && words[last + 1].Text == "it" && words[last + 2].Text is "of" or "for";

    /// <summary>Verbs of broadcasting a statement: "read on", "broadcast on", "aired by", "lu à", "diffusé par", "retransmis sur".</summary>
    private static readonly HashSet<string> Broadcasting = new(StringComparer.Ordinal)
    {
        "read", "broadcast", "aired", "televised", "lu", "diffuse", "diffusee", "retransmis", "retransmise",
    };

    /// <summary>
    /// Session 11, round 22: a medium that only carries a force's statement ("in a statement read on state television", "dans un
    /// communiqué lu à la télévision nationale", "broadcast on national radio") is the vehicle, not someone else's account: the
    /// force still tells its own operation. A medium that reports on its own ("state television reported") is not this.
    /// </summary>
    private static bool BroadcastOnly(IReadOnlyList<ClaimWord> words, SourceFinder.Found found)
    {
        if (found.Attribution.Kind != SourceKind.Media)
            return false;
        for (var k = Math.Max(0, found.First - 3); k <= Math.Min(words.Count - 1, found.Last); k++)
            if (Broadcasting.Contains(words[k].Text))
                return true;
        return false;
    }

    /// <summary>
    /// Session 11, round 22: a group (or a militia speaking as one) telling that its men or others were killed or seized by
    /// another actor ("its members were killed by soldiers of the Malian army", "neuf de ses membres ont été tués par des
    /// soldats des FAMa", "قتلوا على يد جنود من الجيش المالي"): the passive's agent, named right after the toll's verb, is
    /// blamed by the group.
    /// </summary>
    private static List<ResponsibilityClaim> AgentsOfAGroupsLosses(ClaimSentence sentence, List<TollFinder.Found> tolls, List<SourceFinder.Mention> actors, SourceFinder.Found speaker)
    {
        var blamed = new List<ResponsibilityClaim>();
        foreach (var toll in tolls)
            if (toll.First > speaker.Last && toll.Kind is TollKind.Killed or TollKind.Kidnapped or TollKind.Wounded
                && PassiveAgent(sentence, actors, toll.Last + 1, 4) is { } agent && agent.Name != speaker.Attribution.Name && !blamed.Exists(b => b.Actor == agent.Name))
                blamed.Add(BlameOf(agent, speaker.Attribution, sentence));
        return blamed;
    }
}
