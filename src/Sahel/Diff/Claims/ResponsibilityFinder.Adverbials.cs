namespace Sahel.Diff.Claims;

/// <summary>
/// Session 12, round 23: a time or a place between a passive's verb and its agent ("ont été tués dans la nuit par des
/// combattants de Boko Haram", "had been kidnapped from their village near Mopti by the men of Katiba Macina", "were
/// abducted on Sunday by"): the agent is still the verb's. Read only for a complement that opens on a preposition and holds
/// no comma and no second clause, so "were killed and two others abducted by" keeps its own verb.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Prepositions of time and place that open an adverbial complement.</summary>
    private static readonly HashSet<string> AdverbialOpeners = new(StringComparer.Ordinal)
    {
        "dans", "pres", "a", "au", "aux", "en", "sur", "lors", "pendant", "depuis", "entre", "vers", "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "hier",
        "in", "near", "from", "at", "on", "during", "overnight", "yesterday", "outside", "inside", "along", "last",
    };

    /// <summary>Words that open a second clause or join a second verb: the complement has ended.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "et", "and", "qui", "who", "que", "that", "which", "while", "but", "mais", "ou", "or", "when", "quand", "lorsque", "after", "apres", "before", "avant",
    };

    /// <summary>
    /// True when the words from <paramref name="from"/> to just before <paramref name="agent"/> are one adverbial complement
    /// (at most seven words, opening on a preposition of time or place, no comma, no second clause).
    /// </summary>
    private static bool AdverbialGap(ClaimSentence sentence, int from, int agent)
    {
        var words = sentence.Words;
        if (agent - from < 1 || agent - from > 7 || !AdverbialOpeners.Contains(words[from].Text))
            return false;
        for (var k = from; k < agent; k++)
            if (ClauseWords.Contains(words[k].Text) || k > from && sentence.CommaBefore(k) || KillingParticiples.Contains(words[k].Text))
                return false;
        return !sentence.CommaBefore(agent);
    }

    /// <summary>
    /// Session 12, round 24: "par" or "by" opening an adverbial locution, not a passive's agent: "Le mouvement accuse par
    /// ailleurs l'armée d'avoir tué", "accuse par contre le JNIM", "by contrast", "by then". Only the word right after decides.
    /// </summary>
    private static readonly HashSet<string> LocutionsAfterBy = new(StringComparer.Ordinal)
    {
        "ailleurs", "contre", "consequent", "exemple", "endroits", "moments", "contrast", "comparison", "then", "now", "far", "chance",
    };

    /// <summary>True when the word at <paramref name="k"/> is "par" or "by" introducing an agent, not an adverbial locution.</summary>
    private static bool AgentBy(IReadOnlyList<ClaimWord> words, int k) =>
        words[k].Text is "par" or "by" && !(k + 1 < words.Count && LocutionsAfterBy.Contains(words[k + 1].Text));
}
