namespace Sahel.Diff.Claims;

/// <summary>
/// Session 17, round 36: the verbs of losing and of treating are tolls only with their people said (<see cref="Ambiguous"/>), and
/// in the active voice with an object of their own right after them, the person counted before them is who lost or who treated,
/// not a victim: "un commerçant qui a perdu son frère", "one man who lost his brothers", "un infirmier indique avoir soigné deux
/// blessés". The bereaved witness and the nurse are not the dead or the wounded (no writer labels them). Still a toll: the
/// subject who "lost his life / a perdu la vie" (the loss is his own), the passive ("deux blessés ont été soignés", "were
/// treated"), and the count after the verb ("the army lost five men").
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Active verbs of losing and treating whose object, when said, names the victims (and makes the subject the doer).</summary>
    private static readonly HashSet<string> LossOrCareVerbs = new(StringComparer.Ordinal)
    {
        "perdu", "perdant", "lost", "losing", "soigne", "soignee", "soignes", "soignees", "treated", "treating",
    };

    /// <summary>Possessive determiners opening the verb's own object ("son frère", "his brothers", "leurs enfants").</summary>
    private static readonly HashSet<string> ObjectPossessives = new(StringComparer.Ordinal)
    {
        "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "his", "her", "their", "my", "our",
    };

    /// <summary>The loss of one's own life: "perdu la vie", "lost his life", "lost their lives".</summary>
    private static readonly HashSet<string> LifeWords = new(StringComparer.Ordinal) { "vie", "vies", "life", "lives" };

    /// <summary>Passive and state auxiliaries right before the verb: its subject is then the victim ("ont été soignés", "were treated").</summary>
    private static readonly HashSet<string> PassiveBefore = new(StringComparer.Ordinal)
    {
        "ete", "been", "was", "were", "is", "are", "being", "sont", "est", "etaient", "etait",
    };

    /// <summary>
    /// The count ending at <paramref name="numberLast"/> is the doer of the active verb of losing or treating at <paramref name="cue"/>
    /// (one word), which has an object of its own right after it: a possessive and a noun that is not "life", or a count.
    /// </summary>
    private static bool DoerOfLossOrCare(IReadOnlyList<ClaimWord> words, int numberLast, int cueFirst, int cueLast)
    {
        if (cueFirst != cueLast || !LossOrCareVerbs.Contains(words[cueFirst].Text) || numberLast >= cueFirst || cueLast + 1 >= words.Count)
            return false;
        if (Enumerable.Range(Math.Max(numberLast + 1, cueFirst - 2), cueFirst - Math.Max(numberLast + 1, cueFirst - 2)).Any(k => PassiveBefore.Contains(words[k].Text)))
            return false;
        var next = words[cueLast + 1];
        if (ObjectPossessives.Contains(next.Text))
            return cueLast + 2 < words.Count && !LifeWords.Contains(words[cueLast + 2].Text);
        return next.Number is not null || ClaimVocabulary.Cardinals.ContainsKey(next.Text);
    }
}
