namespace Sahel.Diff.Claims;

/// <summary>
/// Session 9, round 15: naming the doers by pointing at them ("beaucoup désignaient sans détour le JNIM", "des habitants
/// évoquent des combattants du JNIM", "the evidence points to ISSP", "وجّه الأهالي أصابع الاتهام إلى"), the Arabic participle
/// of accusation whose subject is the main clause's ("…، متهمين القوات الروسية والجيش المالي"), and the allies joined to the
/// one blamed ("l'armée et ses alliés russes de l'Africa Corps").
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Verbs that point at someone and, as often, at a figure or a thing ("évoque « au moins 25 morts »", "points to a rise").</summary>
    private static readonly PhraseVocabulary<bool> DesignationCues = ClaimVocabulary.Set(
        "designe", "designent", "designait", "designaient", "designant", "a designe", "ont designe", "avait designe", "avaient designe",
        "evoque", "evoquent", "evoquait", "evoquaient", "evoquant", "a evoque", "ont evoque",
        "points to", "pointed to", "point to", "pointing to", "singled out", "singles out", "single out", "اصابع الاتهام", "باصابع الاتهام",
        // Session 10, round 18: "nous désignons", "We name Lakurawa", and the Arabic "points to" in the present (the past "أشار
        // إلى" is as often "mentioned")
        "designons", "we name", "تشير الى", "يشير الى", "تشير كلها الى", "تشير جميعها الى");

    /// <summary>Words that may stand between a verb of pointing and the group it names: articles, the group's men, "openly".</summary>
    private static readonly HashSet<string> DesignationFillers = new(StringComparer.Ordinal)
    {
        "l", "la", "le", "les", "the", "des", "de", "du", "d", "un", "une", "a", "an", "of", "to", "out", "sans", "detour", "ouvertement", "clairement", "directement",
        "openly", "clearly", "directly", "squarely", "elements", "combattants", "hommes", "membres", "jihadistes", "djihadistes", "terroristes",
        "fighters", "militants", "members", "men", "gunmen", "jihadists", "الى", "إلى", "عناصر", "مقاتلي", "مسلحي",
        // Session 14, round 28: the group's head noun before its name ("évoquent le groupe Lakurawa", "point to the group Lakurawa")
        "groupe", "group", "mouvement", "movement", "جماعه",
    };

    /// <summary>Ally words that let a joined actor stand a little further off ("et « ses alliés russes de l'Africa Corps »").</summary>
    private static readonly HashSet<string> AllyWords = new(StringComparer.Ordinal)
    {
        "partenaires", "partners", "allies", "allie", "suppletifs", "auxiliaires", "mercenaires", "mercenaries", "instructeurs", "instructors",
        "حلفاءه", "حلفاؤه", "حلفائه", "حلفاءهم", "حلفاؤهم", "حلفائهم", "حلفاءها", "حلفاؤها", "حلفائها", "شركاءه", "شركائه", "شركاءهم", "شركائهم", "حلفاء", "شركاء",
    };

    /// <summary>The Arabic participles of accusation that are also nouns ("ثلاثة متهمين", the accused): a participle only after a comma.</summary>
    private static readonly HashSet<string> PluralParticiples = new(StringComparer.Ordinal) { "متهمين", "متهمتين", "محملين", "محملتين" };

    /// <summary>An Arabic participle of accusation ("متهما", "متهمة", "متهمين", "محمّلا"): its subject is the main clause's.</summary>
    private static bool IsAccusingParticiple(ClaimWord word) => word.Text is "متهما" or "متهمه" or "متهمين" or "متهمتين" or "محملا" or "محمله" or "محملين" or "محملتين";

    /// <summary>
    /// True unless the cue at <paramref name="cue"/> is a verb of pointing that names no group: a verb of pointing blames only
    /// the group right after it, past articles, its men and "sans détour" ("évoquent des combattants du JNIM", "points to the
    /// Islamic State"), and only when not negated ("Il ne désigne pas les assaillants", "n'a pas désigné de responsable").
    /// </summary>
    private static bool DesignationNamesTheGroup(ClaimSentence sentence, List<SourceFinder.Mention> actors, int cue, int length)
    {
        var words = sentence.Words;
        // another cue that starts with the same word ("pointed the finger at") is not a verb of pointing
        if (PhraseMatch.At(words, cue, DesignationCues) is not { } pointing || pointing.Length != length)
            return true;
        if (Negated(sentence, cue))
            return false;
        var last = cue + length - 1;
        if (actors.Where(m => m.First > last).OrderBy(m => m.First).FirstOrDefault() is not { } group || group.First - last > 5)
            return false;
        return Enumerable.Range(last + 1, group.First - last - 1).All(k => DesignationFillers.Contains(words[k].Text));
    }
}
