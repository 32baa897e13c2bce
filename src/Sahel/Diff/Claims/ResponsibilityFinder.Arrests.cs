namespace Sahel.Diff.Claims;

/// <summary>
/// Session 17, round 38: the victims told as arrested by a force before they died or went missing ("tués … après avoir été
/// interpellés par des militaires maliens et leurs supplétifs russes", "the victims were detained by Malian troops and Russian
/// forces before they were found dead"). The accuser names the doers as the agent of the arrest, not of the killing: the
/// arrest is the deed it tells of them, so its agent is blamed as a killing's is (<see cref="Agent"/>), every actor joined to it
/// too. Three writers label so (dev17, dev22, dev26). Only when the arrested are the story's dead or missing: the sentence
/// counts dead or missing people who are not attackers, or names the arrested "the victims". An arrest of suspects or
/// fighters, or one in a sentence with no such toll, is no deed on victims (the labelling rules: an arrest is no toll).
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
    ];

    private static readonly HashSet<string> ArrestWords = new(ArrestParticiples(), StringComparer.Ordinal);

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
        if (!ArrestWords.Contains(words[cue].Text) && !(cue + 1 < words.Count && ArrestWords.Contains($"{words[cue].Text} {words[cue + 1].Text}")))
            return true;
        var before = Enumerable.Range(Math.Max(0, cue - 6), Math.Min(6, cue)).ToList();
        if (before.Exists(k => SuspectNouns.Contains(words[k].Text)) || tolls.Exists(t => t.Victims == "attackers"))
            return false;
        return tolls.Exists(t => t.Kind is TollKind.Killed or TollKind.Missing) || before.Exists(k => VictimNouns.Contains(words[k].Text));
    }
}
