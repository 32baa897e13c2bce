namespace Sahel.Diff.Claims;

/// <summary>
/// Round 26: one person with no number, as the object of a toll verb ("tuant une femme", "killed a vigilante commander") or
/// set off after its definite noun by a toll participle ("Son chauffeur, blessé par balle, …", "The mayor, wounded in the leg, …").
/// The noun need not be a victim word: the verb's object, or the noun a participle of a toll describes, is a person.
/// </summary>
internal static partial class NumberPhrases
{
    /// <summary>Words after the article that make it no single person: an amount, a group, a time, a part of the body.</summary>
    private static readonly HashSet<string> NotOnePerson = new(StringComparer.Ordinal)
    {
        "few", "further", "group", "groupe", "dozen", "douzaine", "handful", "score", "series", "serie", "wave", "vague", "record", "lot",
        "part", "partie", "bout", "coup", "peu", "moment", "time", "fois", "point", "second", "seconde", "minute", "nuit", "night", "soir",
        "lendemain", "veille", "matin", "morning", "evening", "convoi", "convoy", "bus", "car", "village", "town", "ville", "camp", "base", "poste", "post", "position", "mine",
        "leg", "jambe", "bras", "arm", "tete", "head", "balle", "bullet", "attack", "attaque", "raid", "strike", "frappe", "ambush", "embuscade",
    };

    /// <summary>Verbs that take places or things as well as people, and losses ("lost a leg", "a perdu un bras"): left out here.</summary>
    private static readonly HashSet<string> ThingVerbs = new(StringComparer.Ordinal)
    {
        "lost", "losing", "perdu", "perdant", "perte", "captured", "capture", "capturee", "seized", "saisi", "saisie", "taken", "enleve", "enlevee",
        "enlevant", "emporte", "emportee", "toll",
 "bilan", "victimes", "victims", "deaths", "dead", "mort", "morts", "deces", "losses", "bodies", "corps",
    };

    /// <summary>The enemy's things are neutralised or eliminated too ("neutralised a terrorist logistics hub"): a person must be said.</summary>
    private static readonly HashSet<string> NeutraliseVerbs = new(StringComparer.Ordinal)
    {
        "neutralise", "neutralises", "neutraliser", "neutralisant", "neutralised", "neutralized", "neutralising", "neutralizing",
        "elimine", "eliminer", "eliminated", "eliminating",
    };

    /// <summary>
    /// "tuant une femme", "ont abattu un imam", "killed a vigilante commander", "shot dead a farmer": the article right after a toll
    /// verb, before a common noun, counts one person (the French "un"/"une" after a French verb, "a"/"an" after an English one in
    /// "-ed"/"-ing"/"kill": the French "à" is written "a" too). Not an amount or a group after it ("killed a dozen", "a group of"),
    /// not a thing, a time or a place ("a day later", "un bout portant", "a convoy"), not a verb that also takes things ("seized a
    /// truck", "lost a leg"), not past a count near ("killed a further 12").
    /// </summary>
    private static bool ObjectOfTollVerb(IReadOnlyList<ClaimWord> words, int start)
    {
        var article = words[start].Text;
        if (article is not ("un" or "une" or "a" or "an") || start == 0 || start + 1 >= words.Count || ArabicScript.Starts(words[start - 1].Text))
            return false;
        var verb = words[start - 1];
        // not a relative clause that names the doer by his deed ("one gunman who killed a guard was arrested", "l'homme qui a tué un
        // berger"): a person described, the story's figure told elsewhere
        if (!PhraseMatch.Is(verb, ClaimVocabulary.TollWords) || ThingVerbs.Contains(verb.Text)
            || Enumerable.Range(Math.Max(0, start - 4), start - 1 - Math.Max(0, start - 4)).Any(k => words[k].Text is "who" or "qui" or "whom"))
            return false;
        var english = verb.Text.EndsWith("ed", StringComparison.Ordinal) || verb.Text.EndsWith("ing", StringComparison.Ordinal) || verb.Text is "kill" or "kills" or "slain" or "shot" or "hurt";
        if (english != (article is "a" or "an"))
            return false;
        var noun = words[PastCapitalAdjective(words, start + 1)];
        if (noun.Capital || noun.Number is not null || ArabicScript.Starts(noun.Text) || NotOnePerson.Contains(noun.Text) || SingularThings.Contains(noun.Text)
            || ClaimVocabulary.Approximate.ContainsKey(noun.Text) || PhraseMatch.Is(noun, ClaimVocabulary.TollWords) || Prepositions.Contains(noun.Text) || OneWords.Contains(noun.Text))
            return false;
        // "neutralisant un chef terroriste", not "neutralised a terrorist logistics hub": a person named within two words
        if (NeutraliseVerbs.Contains(verb.Text) && !Enumerable.Range(start + 1, Math.Min(2, words.Count - start - 1)).Any(k => PhraseMatch.Is(words[k], ClaimVocabulary.VictimWords) && !words[k].Text.EndsWith('s')))
            return false;
        // "killed a further 12", "a suspected 30": a count within three words is the figure, not one person
        return !Enumerable.Range(start + 1, Math.Min(3, words.Count - start - 1)).Any(k => words[k].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text));
    }

    /// <summary>
    /// "Son chauffeur, blessé par balle, a été hospitalisé", "Le maire, tué dans l'attaque, …", "The mayor, wounded in the leg, …":
    /// a singular definite noun (a possessive or the article, then one or two words) set off by a comma before a singular toll
    /// participle is one person. Not a place or a thing taken or carried off ("la ville, prise", "le véhicule, enlevé"), not a
    /// plural, not a toll noun ("le bilan, …").
    /// </summary>
    private static bool AppositionOfToll(ClaimSentence sentence, int start)
    {
        var words = sentence.Words;
        if (!SingularDeterminers.Contains(words[start].Text) || start + 2 >= words.Count || start > 0 && Prepositions.Contains(words[start - 1].Text))
            return false;
        for (var k = start + 2; k <= start + 3 && k < words.Count; k++)
        {
            if (!sentence.CommaBefore(k))
                continue;
            var noun = words[start + 1];
            var participle = words[k];
            return k - 1 > start && !noun.Capital && noun.Number is null && !ArabicScript.Starts(noun.Text) && !noun.Text.EndsWith('s') && !noun.Text.EndsWith('x')
                && !SingularThings.Contains(noun.Text) && !NotOnePerson.Contains(noun.Text) && !PhraseMatch.Is(noun, ClaimVocabulary.TollWords)
                && PhraseMatch.Is(participle, ClaimVocabulary.TollWords) && !participle.Text.EndsWith('s') && !ThingVerbs.Contains(participle.Text)
                && !TakenWords.Contains(participle.Text) && !CarriedOffWords.Contains(participle.Text)
                && participle.Text is not ("tuant" or "blessant" or "killing" or "wounding" or "injuring" or "toll");
        }
        return false;
    }

    /// <summary>
    /// "leur patrouille est tombée dans une embuscade", "la ville est tombée aux mains de": the singular "tombé" before a preposition
    /// is a fall into something, no death (the dead "tombés au combat" are read by their phrases).
    /// </summary>
    /// Also past a date ("est tombée ce mardi dans une embuscade"): "dans", "sous", "aux", "entre", an ambush or hands within four words.
    internal static bool FallsInto(IReadOnlyList<ClaimWord> words, int k) =>
        words[k].Text is "tombe" or "tombee" && k + 1 < words.Count && (words[k + 1].Text is "dans" or "sur" or "sous" or "aux" or "au" or "entre" or "en" or "a" or "d" or "de" or "du" or "des" or "par" or "vers" or "pres"
            || Enumerable.Range(k + 1, Math.Min(4, words.Count - k - 1)).Any(j => words[j].Text is "dans" or "sous" or "aux" or "entre" or "embuscade" or "piege" or "mains"));
}
