namespace Sahel.Diff.Claims;

/// <summary>
/// Session 14, round 27: the one blamed as the antecedent of an object relative ("l'EIGS, que les autorités accusent d'être
/// derrière l'attaque", "ISWAP, which residents blamed for the raid", "le JNIM, auquel les habitants imputent le massacre"), or
/// as the object pronoun after the verb's preposition ("the killings, which officials blamed on it"). The Arabic forms carry the
/// accused as a suffix ("التي اتهمتها الحكومة") and are read in ResponsibilityFinder.Suffixes.cs.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Relatives that stand for the object of the clause's verb ("que", "whom", "which" with a subject after them).</summary>
    private static readonly HashSet<string> ObjectRelatives = new(StringComparer.Ordinal)
    {
        "que", "qu", "whom", "which", "auquel", "auxquels", "auxquelles",
    };

    /// <summary>Words between a relative and its verb that are no subject: auxiliaries and adverbs ("which had blamed", "qu'on a").</summary>
    private static readonly HashSet<string> RelativeFillers = new(StringComparer.Ordinal)
    {
        "had", "has", "have", "also", "already", "later", "then", "a", "ont", "avait", "avaient", "aussi", "deja", "ensuite", "en", "y",
    };

    /// <summary>
    /// The actor right before an object relative whose clause holds the verb of blame at <paramref name="cue"/>: "X, que S
    /// accuse", "X, which S blamed", "X, auquel S impute" (a comma at most between the actor and the relative, or the
    /// parenthesis of its acronym: "l'État islamique au Sahel (EIS), que"). The relative's
    /// clause must have its own subject before the verb ("ISWAP, which blamed the army" is the subject's relative: no one here),
    /// and end at the verb (no comma inside it). Null when the relative is no object relative of an actor.
    /// </summary>
    private static SourceFinder.Mention? RelativeAccused(ClaimSentence sentence, List<SourceFinder.Mention> actors, int cue)
    {
        var words = sentence.Words;
        for (var k = cue - 1; k > 0 && cue - k <= 8; k--)
        {
            if (!ObjectRelatives.Contains(words[k].Text) && !(words[k].Text == "qui" && words[k - 1].Text == "a"))
                continue;
            if (sentence.Between(k, cue).IndexOfAny(",;:()") >= 0)
                return null;
            // a subject of the relative's own: a word that is no auxiliary, adverb or article's elision
            if (!Enumerable.Range(k + 1, cue - k - 1).Any(j => !RelativeFillers.Contains(words[j].Text)))
                return null;
            var relative = words[k].Text == "qui" ? k - 1 : k;
            return actors.LastOrDefault(m => m.Last < relative && relative - m.Last == 1 && sentence.Between(m.Last, relative).Trim() is "" or "," or ")" or "),");
        }
        return null;
    }

    /// <summary>
    /// "blamed on it", "attributed to it", "blamed on them": the pronoun after the verb's preposition is the one blamed, the group
    /// the sentence named before the verb (not its own subject).
    /// </summary>
    private static bool PronounAfterPreposition(IReadOnlyList<ClaimWord> words, int last) =>
        last + 2 < words.Count && words[last + 1].Text is "on" or "upon" or "to" && words[last + 2].Text is "it" or "them"
        // the preposition read with the verb ("blamed on")
        || last + 1 < words.Count && words[last].Text is "on" or "upon" or "to" && words[last + 1].Text is "it" or "them";
}
