namespace Sahel.Diff.Claims;

/// <summary>
/// What a group says it did without saying "claim" (<see cref="ResultCues"/>, <see cref="OwnMen"/>), its deeds as a
/// negation denies them (<see cref="DeniedDeeds"/>), and the negations that turn a claim into its absence, with the
/// words that bound their reach; and the group's own men negated (<see cref="OwnMenDenied"/>).
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>What a group says it did, when it does not say "claim": "avoir mené", "carried out", "نفذ", "استهداف".</summary>
    private static readonly PhraseVocabulary<bool> ResultCues = ClaimVocabulary.Set(
        "mene", "menee", "carried out", "took control", "pris le controle", "abattu", "shot down", "ambushed",
        // Session 7, round 12: the rest of a group's own deeds in its reported speech ("said it had blown up a section of the
        // pipeline", "said it had inflicted heavy losses", "affirme avoir fait sauter", "a infligé de lourdes pertes", "فجّرنا")
        "blown up", "blew up", "inflicted", "fait sauter", "inflige", "infligees", "فجرنا", "كبدنا", "الحقنا",
        "نفذ", "نفذت", "نفذنا", "استهداف", "اسقاط", "قتلنا");

    /// <summary>
    /// A group's deed, for a negation before it: the results above, taking part, and the infinitive ("did not carry out",
    /// "n'a pas participé", "لم تشارك في الهجوم"). Not claims un-negated: "VDP auxiliaries took part, the report said".
    /// </summary>
    private static readonly PhraseVocabulary<bool> DeniedDeeds = ClaimVocabulary.Set(
        "mene", "menee", "carried out", "abattu", "shot down", "ambushed", "نفذ", "نفذت", "نفذنا", "استهداف", "قتلنا",
        "carry out", "take part", "taken part", "took part", "participe", "participer", "pris part", "تشارك", "يشارك", "شاركت", "شارك", "تنفذ", "ينفذ",
        // Session 7: targeting, in each language ("said it did not target any residential area", "n'a pas ciblé", "إنها لم تستهدف")
        "target", "targeted", "cible", "cibler", "vise", "تستهدف", "يستهدف", "نستهدف", "استهدفت", "استهدف");

    /// <summary>
    /// The group naming its own men as the doers: "« Nos moudjahidines ont attaqué le camp », affirme le JNIM", "our
    /// fighters", "soldiers of the caliphate", "جنود الخلافة", "مجاهدونا". Its claim, or with a negation after it its
    /// denial ("Our fighters did not enter those villages", "« Nos combattants n'étaient pas dans la zone »").
    /// </summary>
    private static readonly PhraseVocabulary<bool> OwnMen = ClaimVocabulary.Set(
        "nos moudjahidines", "nos moudjahidin", "nos combattants", "nos hommes", "nos freres", "our fighters", "our mujahideen", "our mujahidin", "our brothers",
        // Session 7, round 12: the group's men in its reported speech, after the group speaks ("the CCMSR said its fighters had
        // attacked", "le FLA affirme que ses unités ont attaqué", "وقالت الجماعة إن مقاتليها هاجموا")
        "its fighters had", "its fighters attacked", "its units had", "its units attacked", "ses unites ont", "ses combattants ont", "مقاتليها", "مقاتليه", "عناصرها",
        "soldats du califat", "soldiers of the caliphate", "جنود الخلافة", "مجاهدونا", "مجاهدينا", "اخوانكم المجاهدون", "اخوانكم المجاهدين");

    /// <summary>Before a cue, words that turn a claim into its absence: "n'a pas été revendiquée", "No group has claimed", "لم تتبن".</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "pas", "aucun", "aucune", "non", "ni", "no", "not", "nobody", "none", "never", "yet", "لم", "لا", "ليس", "بعد", "ولم", "ولا", "ولن",
        "sans", "without", "دون", "بدون", "jamais", "personne", "n", "ne",
    };

    /// <summary>Negations that may also mean something else ("بعد" is "after", "yet" "however"): read only next to the cue.</summary>
    private static readonly HashSet<string> WeakNegations = new(StringComparer.Ordinal) { "yet", "بعد", "non", "personne", "n", "ne" };

    /// <summary>After a passive cue's agent word, a negative agent: "revendiqué par personne", "par aucun groupe", "claimed by no one".</summary>
    private static readonly HashSet<string> NegativeAgents = new(StringComparer.Ordinal) { "personne", "aucun", "aucune", "nobody", "no", "none" };

    /// <summary>Words that open a new clause: a negation before them does not reach a cue after them.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "mais", "but", "while", "whereas", "although", "tandis", "alors", "cependant", "however", "et", "and", "بينما", "لكن", "ولكن", "فيما", "غير",
    };

    /// <summary>"Our fighters did not enter", "nos combattants n'étaient pas", "مجاهدونا لم": the group's own men, negated.</summary>
    private static bool OwnMenDenied(IReadOnlyList<ClaimWord> words)
    {
        for (var k = 0; k < words.Count; k++)
            if (PhraseMatch.At(words, k, OwnMen) is { } own)
                return Enumerable.Range(k + own.Length, Math.Max(0, Math.Min(4, words.Count - k - own.Length))).Any(j => words[j].Text is "not" or "never" or "pas" or "jamais" or "لم" or "لا" or "ليسوا" or "n" or "ne")
                    // Session 10, round 18: the Arabic verb before its subject, the negation before the verb ("الهجوم لم ينفذه مجاهدونا", "لم يشارك مقاتلونا")
                    || ArabicScript.Starts(words[k].Text) && Enumerable.Range(Math.Max(0, k - 2), Math.Min(2, k)).Any(j => words[j].Text is "لم" or "لا" or "ما" or "ولم");
        return false;
    }
}
