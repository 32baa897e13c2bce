namespace Sahel.Diff.Claims;

/// <summary>
/// Session 7, denials: a force answering an accusation by saying its strike harmed no civilian ("ضرباتها استهدفت حصرا
/// عناصر إرهابية ولم تصب أي مدني", "no civilian was harmed", "aucun civil n'a été touché"). The denial names no actor:
/// the story resolves it to the state force it accused before, and drops it when it accused none (after a jihadist
/// attack the same words deny nothing).
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Harm to civilians negated: "no civilian was hit", "did not harm any civilian", "aucune victime civile", "لم تصب أي مدني".</summary>
    private static readonly PhraseVocabulary<bool> NoCivilianHarm = ClaimVocabulary.Set(
        "no civilian was", "no civilians were", "no civilian had been", "no civilians had been", "not a single civilian", "no civilian casualties", "no civilian harm",
        "did not hit any civilian", "did not harm any civilian", "did not kill any civilian", "had not hit any civilian", "never targeted civilians", "never targets civilians",
        "aucun civil n a ete", "aucun civil n avait ete", "aucune victime civile", "aucun civil n a", "n a jamais cible de civils", "jamais cible de civils", "ne cible jamais les civils",
        "لم تصب أي مدني", "لم تصب اي مدني", "لم يصب أي مدني", "لم يسقط أي مدني", "لم يقتل أي مدني", "لم تقتل أي مدني", "دون سقوط ضحايا مدنيين", "لا ضحايا مدنيين",
        "لم تستهدف أي مدني", "لم تستهدف المدنيين", "لا تستهدف المدنيين", "استهدفت حصرا",
        // Session 8: the rest of the paradigm, the masculine subject ("الجيش … أنه لم يستهدف أي مدني"), targeting in French and English
        "لم يستهدف أي مدني", "لم يستهدف اي مدني", "لم يستهدف المدنيين", "لا يستهدف المدنيين", "لم يقتل اي مدني", "لم تقتل اي مدني",
        "n a vise aucun civil", "n avait vise aucun civil", "aucun civil n a ete vise", "aucun civil n avait ete vise", "ne vise jamais les civils",
        "did not target any civilian", "had not targeted any civilian", "no civilian was targeted", "no civilians were targeted");

    /// <summary>Verbs of striking or firing whose restriction a force gives as its answer: "n'a visé que", "only targeted", "لم تطلق النار إلا".</summary>
    private static readonly HashSet<string> TargetingVerbs = new(StringComparer.Ordinal)
    {
        "vise", "cible", "frappe", "tire", "viser", "cibler", "frapper", "tirer", "visait", "ciblait", "visaient", "ciblaient",
        "targeted", "target", "targets", "struck", "strike", "strikes", "hit", "hits", "fired", "fire", "fires", "engaged",
        "استهدفت", "استهدف", "تستهدف", "يستهدف", "استهدفنا", "قصفت", "قصف", "ضربت", "اطلقت", "اطلق", "تطلق", "يطلق", "اطلقوا", "يطلقوا", "تطلقوا",
    };

    /// <summary>What a force says it only struck: terrorists, military objectives, or itself defending ("légitime défense", "self-defence", "دفاعا عن النفس").</summary>
    private static readonly HashSet<string> LegitimateTargets = new(StringComparer.Ordinal)
    {
        "terroristes", "terroriste", "jihadistes", "djihadistes", "militaires", "militaire", "combattants", "assaillants", "defense",
        "terrorists", "terrorist", "militants", "militant", "military", "combatants", "fighters", "attackers", "self", "defence",
        "ارهابيه", "ارهابيين", "الارهابيين", "ارهابي", "الارهابيه", "الارهابيون", "مسلحين", "المسلحين", "عسكريه", "دفاعا", "المهاجمين",
    };

    /// <summary>
    /// Session 9, round 16: the force's answer by restriction, written out in the three languages: "n'avoir visé que des objectifs
    /// terroristes", "n'a tiré qu'en légitime défense", "only targeted terrorist positions", "fired only in self-defence",
    /// "استهدفت عناصر إرهابية فقط", "لم تستهدف إلا مواقع الإرهابيين", "لم تطلق النار إلا دفاعا عن النفس". A targeting verb restricted
    /// (French "ne … que", English "only", Arabic "فقط"/"حصرا" after or "لم … إلا/سوى") to a legitimate target within six words.
    /// Not the restriction alone ("n'a visé que le marché"): the target must be the force's own enemy or its defence.
    /// </summary>
    private static bool OnlyLegitimateTargets(IReadOnlyList<ClaimWord> words, int k)
    {
        if (!TargetingVerbs.Contains(words[k].Text))
            return false;
        bool Near(int from, int span, Func<string, bool> test)
        {
            for (var j = Math.Max(0, from); j < Math.Min(words.Count, from + span); j++)
                if (test(words[j].Text))
                    return true;
            return false;
        }
        var restricted = ArabicScript.Starts(words[k].Text)
            // (the folded text writes the final alif maqsura as ya: "سوى" is read "سوي")
            ? Near(k + 1, 6, w => w is "فقط" or "حصرا") || Near(k - 2, 2, w => w is "لم" or "لا" or "ولم") && Near(k + 1, 4, w => w is "الا" or "سوى" or "سوي")
            : Near(k - 3, 3, w => w == "n") && Near(k + 1, 2, w => w is "que" or "qu") || Near(k - 1, 1, w => w == "only") || Near(k + 1, 1, w => w == "only") || RestrictedAfterTheVerb(words, k); // round 43
        return restricted && Near(k + 1, 7, LegitimateTargets.Contains);
    }

    /// <summary>Words that make an anonymous security source the army's own: "une source militaire", "a military official", "مصدر عسكري".</summary>
    private static readonly HashSet<string> MilitaryWords = new(StringComparer.Ordinal) { "militaire", "military", "army", "armee", "عسكري", "عسكريه", "الجيش" };

    /// <summary>
    /// Session 15, round 30: an anonymous military source answering for its force ("une source militaire malienne dément toute
    /// perte et assure qu'« aucun civil n'a été visé »", "« Seuls des terroristes ont été visés », a répondu un responsable
    /// militaire"): dev12 and dev13 label it the force's denial, as the army's own word. A security source that is not military
    /// (police, "sources sécuritaires") is not.
    /// </summary>
    private static bool MilitarySource(Attribution said) =>
        said.Kind == SourceKind.Security && said.Text is { } text && Sahel.Normalize.TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(MilitaryWords.Contains);

    /// <summary>Restrictions of a subject: "seuls des terroristes", "only terrorists", "فقط" (after the noun in Arabic).</summary>
    private static readonly HashSet<string> SubjectRestrictions = new(StringComparer.Ordinal) { "seuls", "seules", "seul", "seule", "only", "uniquement", "exclusivement" };

    /// <summary>Passive participles of striking: "ont été visés", "were targeted", "ont été frappées".</summary>
    private static readonly HashSet<string> TargetedParticiples = new(StringComparer.Ordinal)
    {
        "vises", "visees", "vise", "visee", "cibles", "ciblees", "cible", "ciblee", "frappes", "frappees", "touches", "touchees", "atteints", "atteintes",
        "targeted", "hit", "struck", "engaged", "affected",
    };

    /// <summary>
    /// Session 15, round 30: the same answer with the restriction on the passive's subject: "« Seuls des terroristes ont été
    /// visés »", "Only terrorists were targeted", "only terrorist positions were hit" (dev13, dev14, dev16 write it as the
    /// force's or its government's answer). The restriction, a legitimate target within three words, then within four more a
    /// passive participle of striking after its auxiliary.
    /// </summary>
    private static bool OnlyLegitimateTargetsStruck(IReadOnlyList<ClaimWord> words, int k)
    {
        if (!SubjectRestrictions.Contains(words[k].Text))
            return false;
        for (var t = k + 1; t < Math.Min(words.Count, k + 4); t++)
        {
            if (!LegitimateTargets.Contains(words[t].Text))
                continue;
            for (var v = t + 1; v < Math.Min(words.Count, t + 5); v++)
                if (TargetedParticiples.Contains(words[v].Text) && words[v - 1].Text is "ete" or "were" or "was" or "been" or "are" or "is")
                    return true;
            return false;
        }
        return false;
    }

    /// <summary>The denial of a force (army or government) that says its strike harmed no civilian; null when the sentence says no such thing.</summary>
    private static ResponsibilityClaim? NoCivilianHarmed(ClaimSentence sentence, List<SourceFinder.Found> attributions)
    {
        var words = sentence.Words;
        var at = -1;
        for (var k = 0; k < words.Count && at < 0; k++)
            if (PhraseMatch.At(words, k, NoCivilianHarm) is not null || NoCivilianHarmOtherForm(words, k) || OnlyLegitimateTargets(words, k) || OnlyLegitimateTargetsStruck(words, k))
                at = k;
        if (at < 0)
            return null;
        static bool State(SourceFinder.Found a) => a.Attribution.Kind is SourceKind.Army or SourceKind.Government || MilitarySource(a.Attribution);
        static bool Other(SourceFinder.Found a) => !State(a) && a.Attribution.Kind is not (SourceKind.Unattributed or SourceKind.Media);
        var speaker = attributions.FirstOrDefault(State);
        if (speaker is null)
            return null;
        if (attributions.Exists(Other))
        {
            // Session 8: "وحمّلت الجبهة الجيش المسؤولية، بينما أعلن الجيش … مؤكدا أنه لم يستهدف أي مدني": the accuser in a clause
            // before does not speak for the force; the force speaking last before the words, with no one else between, does.
            speaker = attributions.LastOrDefault(a => State(a) && a.First < at);
            if (speaker is null || attributions.Exists(a => Other(a) && a.First > speaker.Last && a.First < at) || attributions.Exists(a => Other(a) && a.First > at))
                return null;
        }
        // the military source answers as its army does (the story's accused force resolves whom it clears)
        var by = MilitarySource(speaker.Attribution) ? speaker.Attribution with { Kind = SourceKind.Army } : speaker.Attribution;
        return new ResponsibilityClaim { Polarity = ResponsibilityPolarity.Denied, By = by, Text = sentence.Text, OnlyForTheAccusedForce = true };
    }
}
