namespace Sahel.Diff.Claims;

/// <summary>
/// One person without a number: an ordinal read as one more person ("a third was wounded", "un quatrième berger"), and "un"/"one"/"a"
/// before a person ("un casque bleu") or as the singular subject of a passive toll ("un agent ... a été tué").
/// </summary>
internal static partial class NumberPhrases
{
    /// <summary>"a third was wounded", "un troisième a été blessé", "وأصيب ثالث": one more person.</summary>
    /// Session 8: the paradigm from second to tenth in the three languages (not the Arabic "ثانية", also "again" and a second of time).
    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal)
    {
        "troisieme", "third", "ثالث", "ثالثا", "quatrieme", "fourth", "رابع",
        "deuxieme", "seconde", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme", "dixieme",
        "second", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "ثان", "ثانيا", "رابعا", "خامس", "خامسا", "سادس", "سادسا", "سابع", "سابعا", "ثامن", "ثامنا", "تاسع", "تاسعا", "عاشر", "عاشرا",
    };

    /// <summary>An ordinal read as one more person ("un troisième", "a fourth").</summary>
    public static bool IsOrdinal(ClaimWord word) => Ordinals.Contains(word.Text);

    /// <summary>
    /// Round 20: "un"/"one"/"a" and a noun the victim words need not hold, with its complement or relative clause ("de la garde
    /// pénitentiaire", "who tried to flee", "of his companions"), then the passive of a toll: an auxiliary of being ("a été",
    /// "est", "was", "has been", "remained") up to two words before a toll word. Only a person is killed, wounded or missing in
    /// the passive, so the noun needs no list; the things that are "abattus" or go missing are left out ("un drone a été
    /// abattu"), and the scan stops at another count ("a week after the raid, a soldier was killed": the soldier's) or at a toll
    /// word with no auxiliary ("one gunman who killed a guard": the subject is the killer).
    /// </summary>
    private static bool SingularSubjectOfToll(IReadOnlyList<ClaimWord> words, int at)
    {
        if (at >= words.Count || words[at].Capital || words[at].Number is not null || ArabicScript.Starts(words[at].Text)
            || SingularThings.Contains(words[at].Text) || PhraseMatch.Is(words[at], ClaimVocabulary.TollWords)
            || OneWords.Contains(words[at].Text) || words[at].Text is "autre" or "other" or "more" or "certain" or "seul" or "single")
            return false;
        if (words[at].Text is "of" or "de" or "des" or "d" && words[at - 1].Text is not ("one" or "un" or "une"))
            return false;
        for (var k = at + 1; k < words.Count && k <= at + 8; k++)
        {
            // (the French auxiliary "a" of "a été" is no article)
            if (words[k].Number is not null || ClauseOpeners.Contains(words[k].Text) || OneWords.Contains(words[k].Text) && !(k + 1 < words.Count && words[k + 1].Text == "ete") || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text) || SingularThings.Contains(words[k].Text))
                return false;
            if (!PhraseMatch.Is(words[k], ClaimVocabulary.TollWords) || FallsInto(words, k) || TakenBeforeStillMissing(words, k))
                continue;
            // the auxiliary in the singular ("a été", not "ont été": the plural's subject is another)
            // nor the French reflexive, whose subject acts ("une tempête s'est abattue sur la ville": it fell on it)
            return Enumerable.Range(Math.Max(at + 1, k - 3), Math.Min(3, k - at - 1)).Any(j => PassiveOfBeing.Contains(words[j].Text)
                    && (words[j].Text != "ete" || words[j - 1].Text is "a" or "avait" or "aurait") && (words[j].Text != "been" || words[j - 1].Text is "has" or "had")
                    && !(words[j].Text is "est" or "etait" && words[j - 1].Text is "s" or "se"))
                && !(words[k].Text is "perdu" or "lost" or "toll" or "losses" or "victimes" or "victims");
        }
        return false;
    }

    /// <summary>Auxiliaries of a passive or a state, singular: "a été tué", "est mort", "was shot dead", "remained missing".</summary>
    private static readonly HashSet<string> PassiveOfBeing = new(StringComparer.Ordinal)
    {
        "ete", "est", "etait", "reste", "restait", "demeure", "was", "been", "is", "remained", "remains", "went", "got", "still",
    };

    /// <summary>Words that open another clause or report one: a toll past them is not the noun's ("a statement that … had been neutralised").</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal) { "that", "que", "qu", "said", "says", "dit", "selon", "according" };

    /// <summary>Prepositions: a noun after them is a complement, not the subject of the passive.</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "de", "d", "du", "des", "of", "from", "for", "pour", "sur", "dans", "in", "on", "at", "with", "avec", "par", "by", "to", "into", "vers", "chez", "entre", "near", "pres", "a", "au", "aux", "en", "after", "apres", "before", "avant", "during", "pendant", "lors",
    };

    /// <summary>Things said "abattu", shot down, destroyed or missing in the singular, never a victim.</summary>
    private static readonly HashSet<string> SingularThings = new(StringComparer.Ordinal)
    {
        "drone", "avion", "appareil", "helicoptere", "aeronef", "vehicule", "camion", "char", "engin", "moto", "bateau", "pirogue", "colis",
        "aircraft", "plane", "jet", "helicopter", "vehicle", "truck", "tank", "boat", "canoe", "motorbike", "motorcycle", "document", "file",
        "semaine", "jour", "mois", "an", "heure", "week", "day", "month", "year", "hour", "total", "bilan", "nombre", "number", "toll",
    };

    private static bool SingularPersonAfter(IReadOnlyList<ClaimWord> words, int at)
    {
        for (var skipped = 0; at < words.Count && skipped <= 2; at++, skipped++)
        {
            if (PhraseMatch.At(words, at, ClaimVocabulary.VictimWords) is { Length: > 1 })
                return true;
            if (PhraseMatch.Is(words[at], ClaimVocabulary.VictimWords))
                return skipped > 0 && !words[at].Text.EndsWith('s');
            if (!words[at].Capital || ArabicScript.Starts(words[at].Text))
                return false;
        }
        return false;
    }

    /// <summary>An ordinal counts one person only beside a toll word: "a third was wounded", "وأصيب ثالث".</summary>
    /// Not "un troisième enseignant, enlevé la semaine dernière": a noun after it makes it an adjective.
    private static bool NearToll(IReadOnlyList<ClaimWord> words, int at) =>
        (at > 0 && PhraseMatch.Is(words[at - 1], ClaimVocabulary.TollWords))
        || at + 1 < words.Count && (PhraseMatch.Is(words[at + 1], ClaimVocabulary.TollWords) || words[at + 1].Text is "a" or "was" or "est" or "has" or "had" or "etait"
            // round 18: a present state ("a third is missing", "un quatrième reste introuvable", "a fifth remains unaccounted for")
            or "is" or "remains" or "reste" or "demeure" or "still" or "toujours"
            // round 31: the Arabic "still" ("وإن ثالثا ما زال مفقودا", "منمّيا ثالثا لا يزال مفقودا")
            || words[at + 1].Text is "ما" or "لا" && at + 2 < words.Count && words[at + 2].Text is "زال" or "يزال" or "تزال" or "زالت");

    /// <summary>
    /// Session 8: one more person named with the ordinal: "un quatrième berger, blessé", "a fifth soldier was killed", "فُقد منمّ
    /// ثالث", "جنديا خامسا ما زال في عداد المفقودين" — an indefinite article before it and a person after it, or an Arabic person
    /// noun before it. Not "le corps d'un troisième enseignant" (a genitive: the body is the toll, not the person told after it),
    /// not "une troisième attaque", "هجوم ثالث" (no person).
    /// </summary>
    private static bool OrdinalPerson(IReadOnlyList<ClaimWord> words, int at)
    {
        if (ArabicScript.Starts(words[at].Text))
            return at > 0 && words[at - 1].Number is null && PhraseMatch.Is(words[at - 1], ClaimVocabulary.VictimWords);
        // session 9: or an apposition naming the person after it ("un troisième, le directeur de l'école, a été emmené")
        return at > 0 && OneWords.Contains(words[at - 1].Text) && !(at > 1 && words[at - 2].Text is "d" or "de" or "of")
            && at + 1 < words.Count && (PhraseMatch.Is(words[at + 1], ClaimVocabulary.VictimWords) || words[at + 1].Text is "le" or "la" or "l" or "leur" or "son" or "sa" or "their" or "his" or "her");
    }
}
