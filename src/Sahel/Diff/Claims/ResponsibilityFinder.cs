namespace Sahel.Diff.Claims;

/// <summary>
/// Statements of responsibility in one sentence, with their polarity:
/// <list type="bullet">
/// <item>claimed: a group that "revendique" / "claimed" / "تبنى" an attack, in the passive ("revendiquées par le
/// GSIM", "claimed by") or with the object suffixed ("هجوم تبنته جماعة…"), or that says it did something ("JNIM
/// says it killed…", "the CSP said it had carried out the operation", "تعلن استهداف رتل");</item>
/// <item>unclaimed: the same words negated ("No group has claimed the attack", "لم تتبن أي جهة");</item>
/// <item>blamed: someone who accuses an actor ("the government blamed the Islamic State", "attribuée par les
/// autorités au GSIM"), recorded with who blames;</item>
/// <item>denied: an actor, or a government for its force, rejecting an accusation ("dément toute implication des VDP").</item>
/// </list>
/// The subject of a claim is the first group of its clause, not an apposition after it ("Le GSIM, lié à
/// Al-Qaïda, a revendiqué" is GSIM's claim).
/// </summary>
internal static partial class ResponsibilityFinder
{
    public static IEnumerable<ResponsibilityClaim> FindAll(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, Func<string, string> actorName, Func<List<TollFinder.Found>>? figures = null, bool readResults = true, Attribution? previous = null, Attribution? previousSubject = null, Attribution? previousLast = null, bool doersBefore = false, bool answersWho = false, SourceFinder.Mention? pronounAntecedent = null, string? storyArmy = null)
    {
        var words = sentence.Words;
        // "Amaq reported that…", "selon Az-Zallaqa", "وقالت وكالة أعماق إن": a group's own outlet speaks for the group.
        attributions = OutletsAsTheirGroups(sentence, mentions, attributions);
        // "« C'est l'EIGS qui a fait ça », a-t-il dit": the pronoun speaks, for the subject of the sentence before.
        attributions = PronounSpeakers(sentence, attributions, previousSubject);
        // "It says its soldiers killed four of the kidnappers": the pronoun names the force or group it stands for.
        (mentions, attributions) = PronounDoers(sentence, mentions, attributions, pronounAntecedent);
        // "Pour ce notable, …", "For the governor, …", "Pour lui, …": a sentence framed by whose view it gives.
        if (Frame(sentence, mentions, attributions, previousSubject ?? previous) is { } frame)
            attributions = [frame, .. attributions];
        // "sa plateforme de propagande", "its platform": a group's name in lower case after a possessive is the common noun.
        if (mentions.Exists(m => PossessedCommonNoun(words, m) || CapitalAsPlace(words, m)))
        {
            // Session 11, round 20: nor does the common noun speak ("relayé par sa plateforme az-Zallaqa, le JNIM dit…")
            var common = mentions.Where(m => PossessedCommonNoun(words, m)).ToList();
            if (common.Count > 0)
                attributions = attributions.Where(a => !common.Exists(m => m.Name == a.Attribution.Name && a.Last == m.Last)).ToList();
            mentions = mentions.Where(m => !PossessedCommonNoun(words, m) && !CapitalAsPlace(words, m)).ToList();
        }
        // Session 19, round 42: the doers of a speaker's account with no verb of blame (ResponsibilityFinder.AccountDoers.cs)
        return WithAccountDoers(sentence, mentions, attributions, storyArmy, readResults, WithDoersIdentified(sentence, mentions, attributions, MilitiaBlamersAsLocals(sentence, mentions, new Walk(sentence, mentions, attributions, actorName, figures, readResults, previous, previousSubject, previousLast, doersBefore, answersWho, storyArmy).Run())));
    }

    private static readonly HashSet<string> GenericGroups = new(StringComparer.Ordinal)
    {
        "the group", "le groupe", "the movement", "le mouvement", "the militia", "la milice", "الجماعه", "التنظيم", "الحركه",
        "group", "groupe", "movement", "mouvement", "militia", "milice", "جماعه", "تنظيم", "حركه",
    };
}