namespace Sahel.Diff.Claims;

/// <summary>
/// Session 10, round 18: a doer carried by a subject pronoun. "The army says it freed 19 hostages. It says its soldiers
/// killed four of the kidnappers", "L'armée affirme avoir lancé une opération ; elle dit avoir tué deux terroristes", "ISWAP
/// issued a statement. It said its fighters killed six": the pronoun that opens a clause and speaks stands for the force
/// or group that was the subject before it, so what it tells of its own men is that actor's claim, as if named.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Singular subject pronouns a force or a group is referred back by ("they", "ils" are as often residents).</summary>
    private static readonly HashSet<string> ActorPronouns = new(StringComparer.Ordinal) { "it", "il", "elle" };

    /// <summary>
    /// Verbs of saying that open what the actor tells of its own deeds; not "puts the number at", "gives", which report a figure
    /// (the labelling rules: a figure the force reports is not an operation it claims).
    /// </summary>
    private static readonly PhraseVocabulary<bool> PronounSays = ClaimVocabulary.Set(
        "says", "said", "say", "claims", "claimed", "added", "adds", "announced", "announces", "stated", "states", "insisted", "insists", "reported", "reports",
        "affirme", "affirmait", "a affirme", "dit", "disait", "a dit", "ajoute", "a ajoute", "assure", "a assure", "indique", "a indique", "precise", "a precise",
        "annonce", "a annonce", "declare", "a declare", "soutient", "revendique");

    /// <summary>Words that may stand between the pronoun and its verb of saying: "It also says", "Il a ensuite affirmé".</summary>
    private static readonly HashSet<string> PronounFillers = new(StringComparer.Ordinal)
    {
        "also", "later", "further", "then", "has", "had", "aussi", "egalement", "ensuite", "encore", "par", "ailleurs",
    };

    /// <summary>
    /// The mentions and attributions of <paramref name="sentence"/>, with a speaking pronoun that opens a clause (the sentence, or
    /// after a semicolon) named after its antecedent: the first force or group the sentence names before it, else the
    /// subject of the sentence before (<paramref name="antecedent"/>, its army resolved to a country). Unchanged when the
    /// antecedent is no armed actor or a source is named between the pronoun and its verb.
    /// </summary>
    private static (List<SourceFinder.Mention> Mentions, List<SourceFinder.Found> Attributions) PronounDoers(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, SourceFinder.Mention? antecedent)
    {
        var words = sentence.Words;
        for (var k = 0; k < words.Count - 1; k++)
        {
            if (!ActorPronouns.Contains(words[k].Text) || k > 0 && sentence.Between(k - 1, k).IndexOfAny(";:") < 0)
                continue;
            var verb = k + 1;
            while (verb < words.Count && verb - k <= 3 && PronounFillers.Contains(words[verb].Text))
                verb++;
            if (verb >= words.Count || PhraseMatch.At(words, verb, PronounSays) is null)
                continue;
            if (mentions.Exists(m => m.Kind != SourceKind.Unattributed && m.Last >= k && m.First <= verb))
                continue;
            var doer = k > 0 ? mentions.FirstOrDefault(m => m.Last < k && m is { Kind: SourceKind.Army or SourceKind.ArmedGroup, Name: not null }) : antecedent;
            if (doer is not { Kind: SourceKind.Army or SourceKind.ArmedGroup, Name: not null })
                continue;
            var pronoun = doer with { First = k, Last = k, Self = false };
            var said = new SourceFinder.Found(new Attribution { Kind = doer.Kind, Name = doer.Name, Text = sentence.Quote(k, k) }, k, verb + 1 < words.Count ? verb : k);
            List<SourceFinder.Mention> named = [.. mentions, pronoun];
            named.Sort((a, b) => a.First.CompareTo(b.First));
            // the pronoun speaks in place of what the sources read there (a pronoun pointing back, or nothing)
            List<SourceFinder.Found> speaking = [.. attributions.Where(a => a.Last < k || a.First > verb), said];
            speaking.Sort((a, b) => a.First.CompareTo(b.First));
            return (named, speaking);
        }
        return (mentions, attributions);
    }
}
