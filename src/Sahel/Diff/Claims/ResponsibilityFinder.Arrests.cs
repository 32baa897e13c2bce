namespace Sahel.Diff.Claims;

/// <summary>
/// Session 17, round 38: the victims told as arrested by a force before they died or went missing ("tués … après avoir été
/// interpellés par des militaires maliens et leurs supplétifs russes", "the victims were detained by Malian troops and Russian
/// forces before they were found dead"). The accuser names the doers as the agent of the arrest, not of the killing: the
/// arrest is the deed it tells of them, so its agent is blamed as a killing's is (<see cref="Agent"/>), every actor joined to it
/// too; bare soldiers as the agent are the story's army. Writers label so: dev17, dev22, dev26 (arrests), dev12, dev20, dev22,
/// dev24 (the missing "emmenés par des militaires", "taken away by soldiers"). Only when the arrested are the story's dead or
/// missing: the sentence counts dead or missing people who are not attackers (missing ones for "taken"), or names the arrested
/// "the victims". An arrest of suspects or fighters, or one in a sentence with no such toll, is no deed on victims (the
/// labelling rules: an arrest is no toll).
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// The passive participles of an arrest, French and English: "interpellés", "arrêtées", "detained", "rounded up". A method,
    /// not a field: <see cref="AgentCues"/> reads it from another file, and static fields of partial files have no set order.
    /// </summary>
    private static string[] ArrestParticiples() =>
    [
        "interpelle", "interpelles", "interpellee", "interpellees", "arrete", "arretes", "arretee", "arretees",
        "arrested", "detained", "rounded up",
        .. TakingParticiples(),
    ];

    /// <summary>
    /// The participles of taking people away, "emmenés par les militaires", "taken away by soldiers": an arrest as the missing's
    /// relatives tell it. Read only beside a count of the missing (<see cref="ArrestOfVictims"/>): "taken" has other senses. A method,
    /// as <see cref="ArrestParticiples"/> is.
    /// </summary>
    private static string[] TakingParticiples() => ["emmene", "emmenes", "emmenee", "emmenees", "taken", "taken away", "led away"];

    private static readonly HashSet<string> ArrestWords = new(ArrestParticiples(), StringComparer.Ordinal);

    private static readonly HashSet<string> TakingWords = new(TakingParticiples(), StringComparer.Ordinal);

    /// <summary>The arrested named as the victims: "les victimes ont été interpellées", "the victims were detained".</summary>
    private static readonly HashSet<string> VictimNouns = new(StringComparer.Ordinal) { "victimes", "victims", "victime", "victim" };

    /// <summary>The arrested named as suspects or fighters: then the arrest is a force's operation, not a deed on victims.</summary>
    private static readonly HashSet<string> SuspectNouns = new(StringComparer.Ordinal)
    {
        "suspects", "suspect", "suspected", "presumes", "presume", "terroristes", "terrorists", "assaillants", "assailants", "attackers",
        "militants", "jihadistes", "djihadistes", "jihadists", "combattants", "fighters", "insurges", "insurgents", "bandits", "trafiquants", "traffickers", "smugglers",
    };

    /// <summary>
    /// False when the agent cue at <paramref name="cue"/> is an arrest whose arrested are not the story's victims: no toll of dead or
    /// missing people (not attackers) in the sentence and no "the victims" before it, or suspects or fighters named just before.
    /// True for every other cue.
    /// </summary>
    private static bool ArrestOfVictims(ClaimSentence sentence, List<TollFinder.Found> tolls, int cue)
    {
        var words = sentence.Words;
        if (!IsArrest(words, cue))
            return true;
        var before = Enumerable.Range(Math.Max(0, cue - 6), Math.Min(6, cue)).ToList();
        if (before.Exists(k => SuspectNouns.Contains(words[k].Text)) || tolls.Exists(t => t.Victims == "attackers"))
            return false;
        if (TakingWords.Contains(words[cue].Text) || cue + 1 < words.Count && TakingWords.Contains($"{words[cue].Text} {words[cue + 1].Text}"))
            return tolls.Exists(t => t.Kind == TollKind.Missing);
        return tolls.Exists(t => t.Kind is TollKind.Killed or TollKind.Missing) || before.Exists(k => VictimNouns.Contains(words[k].Text));
    }

    /// <summary>Whether the word at <paramref name="cue"/> opens an arrest or a taking away (one word or two).</summary>
    private static bool IsArrest(IReadOnlyList<ClaimWord> words, int cue) =>
        ArrestWords.Contains(words[cue].Text) || cue + 1 < words.Count && ArrestWords.Contains($"{words[cue].Text} {words[cue + 1].Text}");

    /// <summary>
    /// The actors an arrest's agent is read from: with bare soldiers ("emmenés par les militaires", "taken by soldiers") as the
    /// story's army (<see cref="WithBareSoldiers"/>), as round 24 reads them in a deed's result, an army mention left unnamed over
    /// them too; the actors themselves for every other cue, whose bare soldiers keep their reading. The count of the arrested
    /// ("11 men taken by soldiers were still missing") may stretch over the agent: only a count of soldiers keeps its soldiers.
    /// </summary>
    private static List<SourceFinder.Mention> ArrestAgents(ClaimSentence sentence, List<TollFinder.Found> tolls, List<SourceFinder.Mention> actors, string? storyArmy, int cue)
    {
        var words = sentence.Words;
        if (storyArmy is null || !IsArrest(words, cue))
            return actors;
        var named = actors.ConvertAll(m => m.Kind == SourceKind.Army && m.Name is null && m.First > cue && Enumerable.Range(m.First, m.Last - m.First + 1).Any(k => BareSoldiers.Contains(words[k].Text))
            ? m with { Name = storyArmy }
            : m);
        return WithBareSoldiers(sentence, tolls.FindAll(t => t.Victims == "soldiers"), named, storyArmy);
    }
}
