namespace Sahel.Diff.Claims;

/// <summary>
/// Session 18, round 40: the doers' identity told by a copula or a verb of belonging ("the attackers were jihadists of the
/// Katiba Macina", "les assaillants étaient des membres du JNIM", "les auteurs appartiennent à l'EIGS", "المهاجمون ينتمون إلى
/// داعش", "أن يكون منفذوها من عناصر تنظيم الدولة"). The sentence has no verb of blame: the speaker says who the attackers were,
/// which is a blame of that group by the speaker's kind, as "X accuse le JNIM" is. Shape-based: a definite noun for the doers
/// (the attackers, the perpetrators, the kidnappers), a copula or belonging verb, then the group past its men ("members of",
/// "des éléments de", "عناصر") and hedges ("probablement", "likely").
/// </summary>
/// <remarks>
/// A twin of the older membership reading (<c>ReadMembership</c> in ResponsibilityFinder.WalkStructures.cs, the cues of
/// ResponsibilityFinder.Structures.cs), which it runs after. It takes what that one does not: more words between the copula and the
/// group ("jihadists of", "des membres de"), the doers' noun with its deed ("les auteurs de l'attaque sont"), "منفذوه". It is kept
/// apart because the two differ in one convention: the older reading blames with no speaker (the outlet's own "the abductors were
/// ISWAP fighters"), this one only when someone says it (dev27's decision). Folding them would change output on the sets.
/// </remarks>
internal static partial class ResponsibilityFinder
{
    /// <summary>The doers as a definite noun: "the attackers", "les assaillants", "les auteurs", "المهاجمين", "منفذو(ها)".</summary>
    private static readonly HashSet<string> DoerNouns = new(StringComparer.Ordinal)
    {
        "attackers", "assailants", "perpetrators", "gunmen", "raiders", "killers", "kidnappers", "abductors", "culprits", "assailant", "attacker",
        "assaillants", "auteurs", "agresseurs", "ravisseurs", "tueurs", "assaillant", "auteur", "coupables",
        "المهاجمين", "المهاجمون", "المسلحين", "المسلحون", "الخاطفين", "الخاطفون", "القتله", "الجناه", "منفذي", "منفذو", "منفذوها", "منفذيها", "منفذوه", "منفذيه",
        "الارهابيين", "الارهابيون", "المعتدين", "المعتدون",
    };

    /// <summary>Determiners a Latin-script doers' noun must have before it: the attackers of this attack, not "attackers" in general.</summary>
    private static readonly HashSet<string> DoerDeterminers = new(StringComparer.Ordinal) { "the", "les", "ces", "these", "their", "its", "leurs", "ses", "l", "le" };

    /// <summary>
    /// Copulas and verbs of belonging after the doers' noun: "were", "étaient", "appartiennent (à)", "belonged (to)", "ينتمون (إلى)",
    /// "(يكون منفذوها) من". The conditional and "said to be" forms are a speaker's hedged word, still the speaker's blame.
    /// </summary>
    private static readonly HashSet<string> IdentityCopulas = new(StringComparer.Ordinal)
    {
        "were", "was", "are", "is", "belonged", "belong", "belongs", "belonging",
        "etaient", "etait", "sont", "est", "seraient", "serait", "appartenaient", "appartiennent", "appartenait", "appartient", "appartiendraient",
        "ينتمون", "ينتمي", "تنتمي", "ينتميان", "كانوا", "هم", "من", "يتبعون", "يتبع", "تابعون", "تابعين",
    };

    /// <summary>What may stand between the copula and the group: articles, the group's men, hedges, "of", "à", "إلى".</summary>
    private static readonly HashSet<string> IdentityFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "from", "with", "probably", "likely", "possibly", "apparently", "all", "mostly",
        "des", "de", "du", "d", "l", "la", "le", "les", "un", "une", "au", "aux", "probablement", "vraisemblablement", "sans", "doute", "tous",
        "members", "fighters", "militants", "elements", "jihadists", "men", "gunmen", "cell", "unit", "faction",
        "membres", "combattants", "jihadistes", "djihadistes", "hommes", "terroristes", "cellule", "unite", "katiba",
        "الى", "من", "عناصر", "مقاتلي", "مقاتلين", "مسلحي", "اعضاء", "خليه", "تنظيم", "جماعه", "ربما", "على", "الارجح",
    };

    /// <summary>Negations that undo the identity: "were not", "n'étaient pas", "ليسوا", "لا ينتمون".</summary>
    private static readonly HashSet<string> IdentityNegations = new(StringComparer.Ordinal) { "not", "never", "no", "n", "pas", "ne", "jamais", "لا", "ليسوا", "لم", "ليس", "غير" };

    /// <summary>
    /// The blame of the group the speaker says the doers were (or belonged to); null when the sentence says no such thing, when
    /// no one in it speaks (the outlet's own framing is no blame), or when the group itself speaks.
    /// </summary>
    internal static ResponsibilityClaim? DoersIdentified(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions)
    {
        var words = sentence.Words;
        for (var k = 0; k < words.Count - 2; k++)
        {
            if (!DoerNouns.Contains(words[k].Text))
                continue;
            var arabic = ArabicScript.Starts(words[k].Text);
            // a Latin noun needs its determiner; an Arabic one its article or its attached pronoun (both in the word)
            if (!arabic && (k == 0 || !DoerDeterminers.Contains(words[k - 1].Text)))
                continue;
            if (arabic && !words[k].Text.StartsWith("ال", StringComparison.Ordinal) && !words[k].Text.StartsWith("منفذ", StringComparison.Ordinal))
                continue;
            // the copula within three words ("les assaillants de mardi étaient", "المسؤولين عن الهجوم ينتمون"), no comma before it
            var copula = -1;
            for (var j = k + 1; j < Math.Min(words.Count, k + 5) && copula < 0; j++)
            {
                if (sentence.CommaBefore(j) || IdentityNegations.Contains(words[j].Text))
                    break;
                // Arabic "من" is a copula only in "أن يكون منفذوها من …" (the verb "to be" before the noun) or after the doers'
                // noun with its pronoun; "المسلحين من بوكو حرام" is a noun phrase, "Boko Haram's gunmen", no predication
                if (IdentityCopulas.Contains(words[j].Text) && (words[j].Text != "من" || j == k + 1 && ArabicBeing(words, k)))
                    copula = j;
            }
            if (copula < 0)
                continue;
            // the group right after, past fillers; a negation or any other word ends the search
            SourceFinder.Mention? group = null;
            for (var j = copula + 1; j < Math.Min(words.Count, copula + 7); j++)
            {
                if (mentions.FirstOrDefault(m => m.First == j) is { } named)
                {
                    group = named is { Kind: SourceKind.ArmedGroup, Name: not null } ? named : null;
                    break;
                }
                if (!IdentityFillers.Contains(words[j].Text))
                    break;
            }
            if (group is null)
                continue;
            var speaker = attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.Unattributed or SourceKind.Media or SourceKind.ArmedGroup)
                && (a.Last < k || a.First > group.Last));
            if (speaker is null || speaker.Attribution.Name == group.Name)
                return null;
            return new ResponsibilityClaim { Actor = group.Name, Polarity = ResponsibilityPolarity.Blamed, By = speaker.Attribution, Attackers = group.Name, Text = sentence.Text };
        }
        return null;
    }

    /// <summary>The Arabic doers' noun as the subject of "to be" ("أن يكون منفذوها", "كانوا") or with its attached pronoun ("منفذوها").</summary>
    private static bool ArabicBeing(IReadOnlyList<ClaimWord> words, int k) =>
        k > 0 && words[k - 1].Text is "يكون" or "تكون" or "يكونوا" or "كان" or "كانوا" or "يكونون"
        || words[k].Text is "منفذوها" or "منفذوه" or "منفذيها" or "منفذيه";

    /// <summary>The sentence's statements with the doers' identity added, unless the group is already blamed, claimed or denied there.</summary>
    internal static IEnumerable<ResponsibilityClaim> WithDoersIdentified(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, IEnumerable<ResponsibilityClaim> found)
    {
        var list = found.ToList();
        if (DoersIdentified(sentence, mentions, attributions) is { } blame && !list.Exists(c => c.Actor == blame.Actor))
            list.Add(blame);
        return list;
    }
}
