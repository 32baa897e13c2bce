namespace Sahel.Diff.Claims;

/// <summary>
/// Round 24: one person without a number, told by a casualty noun after "un"/"une"/"one" ("un blessé", "d'un tué", "un décès
/// supplémentaire", "one dead", "one wounded"), or as the definite subject of a passive toll ("le muezzin a été blessé", "the convoy's driver was still missing").
/// </summary>
internal static partial class NumberPhrases
{
    /// <summary>The casualty nouns and participles that name one person after "un"/"one": the dead, the wounded, the missing.</summary>
    private static readonly HashSet<string> CasualtyNouns = new(StringComparer.Ordinal)
    {
        "mort", "tue", "blesse", "blessee", "deces", "decede", "disparu", "disparue",
        "dead", "killed", "wounded", "injured", "missing", "death",
        // round 26: "one martyr", "un martyr": a group's own dead
        "martyr",
    };

    /// <summary>Words that deny the casualty before it: "pas un mort", "not one killed", "sans un blessé", "the one killed".</summary>
    private static readonly HashSet<string> NoneBefore = new(StringComparer.Ordinal)
    {
        "pas", "aucun", "sans", "ni", "jamais", "no", "not", "never", "without", "any", "every", "each",
    };

    /// <summary>
    /// "un blessé", "one wounded": one casualty. "un"/"une" only before a French noun, "one" only before an English word
    /// ("a dead end", "a wounded soldier" are not counted here: the article alone is read before a person by the other rules),
    /// and not a denial ("pas un mort", "not one killed") or the definite "the one killed". The Arabic bare noun ("عن قتيل
    /// وثلاثة جرحى") is its own toll word and count at once, which the pairing of counts and toll words does not read: left.
    /// </summary>
    private static bool OneCasualty(IReadOnlyList<ClaimWord> words, int start)
    {
        var word = words[start];
        if (word.Text is not ("un" or "une" or "one") || start + 1 >= words.Count || !CasualtyNouns.Contains(words[start + 1].Text))
            return false;
        // French nouns after "un", English words after "one"; "death" only as a noun ("un décès", "one death")
        var english = word.Text == "one";
        if (words[start + 1].Text != "martyr" && english != words[start + 1].Text is "dead" or "killed" or "wounded" or "injured" or "missing" or "death")
            return false;
        // (a denial up to three words before: "il n'y a pas eu un mort", "not a single one killed")
        return !(start > 0 && words[start - 1].Text is "the" or "le" or "l" or "this" or "that")
            && !Enumerable.Range(Math.Max(0, start - 3), start - Math.Max(0, start - 3)).Any(j => NoneBefore.Contains(words[j].Text));
    }

    /// <summary>Determiners of one definite person: "le", "la", "l'", "the", "son", "sa", "his", "her", "leur", "their".</summary>
    private static readonly HashSet<string> SingularDeterminers = new(StringComparer.Ordinal)
    {
        "le", "la", "l", "the", "son", "sa", "his", "her", "leur", "their",
    };

    /// <summary>Toll words a place or a thing takes in the passive ("the town was captured", "la ville a été prise").</summary>
    private static readonly HashSet<string> TakenWords = new(StringComparer.Ordinal)
    {
        "captured", "capture", "capturee", "seized", "saisi", "saisie", "pris", "prise", "taken", "overrun",
    };

    /// <summary>Abduction words also said of a thing carried off ("le véhicule a été enlevé", "the car was abducted" aside).</summary>
    private static readonly HashSet<string> CarriedOffWords = new(StringComparer.Ordinal) { "enleve", "enlevee", "emporte", "emportee" };

    /// <summary>
    /// The definite noun at <paramref name="at"/> is one person, the subject of a singular passive toll after it: the same reading as
    /// "un agent … a été tué" (<see cref="SingularSubjectOfToll"/>), with a singular noun (not "the soldiers were") and a toll a
    /// person suffers (killed, wounded, missing, abducted; not a place "captured" or "pris"). A possessive determiner ("son oncle a
    /// été enlevé") names a person; with the article "le"/"the" the abduction verbs are also said of things, so they count only
    /// after a possessive.
    /// </summary>
    private static bool DefiniteSubjectOfToll(IReadOnlyList<ClaimWord> words, int at)
    {
        if (at >= words.Count || words[at].Text.EndsWith('s') && words[at].Text is not ("s" or "fils") || !SingularSubjectOfToll(words, at))
            return false;
        // an apposition naming a person counted just before ("qu'un troisième, le directeur, a été emmené") is that count's person
        if (Enumerable.Range(Math.Max(0, at - 4), at - 1 - Math.Max(0, at - 4)).Any(j => words[j].Number is not null || Ordinals.Contains(words[j].Text) || ClaimVocabulary.Cardinals.ContainsKey(words[j].Text)))
            return false;
        var possessive = words[at - 1].Text is "son" or "sa" or "his" or "her" or "leur" or "their";
        for (var k = at + 1; k < words.Count && k <= at + 8; k++)
        {
            // round 28: a denial on the way is another subject's ("rejected the report, saying no civilian had been killed", "the
            // claim, saying not a single soldier died"): the definite noun is what was denied, not a person
            if (NoneBefore.Contains(words[k].Text) && words[k].Text is not ("every" or "each"))
                return false;
            if (!PhraseMatch.Is(words[k], ClaimVocabulary.TollWords) || FallsInto(words, k))
                continue;
            // "le capitaine est mort avec six de ses hommes": the person who died with others is counted with them (TollFinder.OneMore)
            // (past a date or a place: "est mort le 14 août avec six de ses hommes")
            if (Enumerable.Range(k + 1, Math.Max(0, Math.Min(6, words.Count - k - 1))).Any(j => words[j].Text is "avec" or "with" or "alongside"))
                return false;
            return !TakenWords.Contains(words[k].Text) && (possessive || !CarriedOffWords.Contains(words[k].Text));
        }
        return false;
    }

    /// <summary>Arabic "one of" ("أحد", "إحدى", with "و") before a definite noun of the toll: "أحد المصابين", "إحدى الرهائن".</summary>
    private static readonly HashSet<string> ArabicOneOf = new(StringComparer.Ordinal) { "احد", "احدي", "احدى", "واحد", "واحدي", "واحدى" };

    /// <summary>
    /// Round 25: "one of the wounded", "l'un des blessés", "un des morts", "أحد المصابين": one person of a toll's people, the toll
    /// noun right after "of the"/"des"/the Arabic construct (not "one of the deadliest", not a thing: a toll word must follow).
    /// </summary>
    private static bool OneOfTheToll(IReadOnlyList<ClaimWord> words, int start)
    {
        var word = words[start].Text;
        int noun;
        if (ArabicOneOf.Contains(word))
            noun = start + 1 < words.Count && words[start + 1].Text.StartsWith("ال", StringComparison.Ordinal) ? start + 1 : -1;
        else if (word is "one" && start + 2 < words.Count && words[start + 1].Text == "of")
            noun = words[start + 2].Text is "the" or "these" or "those" ? start + 3 : -1;
        else if (word is "un" or "une" && start + 1 < words.Count)
            noun = words[start + 1].Text is "des" ? start + 2 : words[start + 1].Text is "de" && start + 2 < words.Count && words[start + 2].Text is "ces" ? start + 3 : -1;
        else
            return false;
        // not one of them who speaks ("وقال أحد المصابين إن", "one of the wounded told Reuters"): a witness, no part of the toll
        return noun > 0 && noun < words.Count && PhraseMatch.Is(words[noun], ClaimVocabulary.TollWords)
            && words[noun].Text is not ("victims" or "victimes" or "toll" or "bilan" or "attacks" or "attaques" or "الضحايا" or "الهجمات")
            && !(ArabicScript.Starts(word) ? start > 0 && PhraseMatch.At(words, start - 1, SourceVocabulary.Verbs) is not null
                : Enumerable.Range(noun + 1, Math.Max(0, Math.Min(words.Count, noun + 3) - noun - 1)).Any(k => PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null));
    }
    /// <summary>
    /// Round 28: "one of the" + a plural noun as the object of the toll verb right before it ("killed one of the guards", "enlevé
    /// l'un des employés", "وقتلوا أحد الحراس"): one person. The verb must be the word before ("l'" between in French), the noun a
    /// common plural (not a superlative "deadliest", not a name in capitals, not a toll noun: round 25 reads "one of the wounded").
    /// </summary>
    private static bool OneOfAfterTollVerb(IReadOnlyList<ClaimWord> words, int start)
    {
        var word = words[start].Text;
        int verb, noun;
        if (ArabicOneOf.Contains(word))
            (verb, noun) = (start - 1, start + 1);
        else if (word == "one" && start + 3 < words.Count && words[start + 1].Text == "of" && words[start + 2].Text == "the")
            (verb, noun) = (start - 1, start + 3);
        else if (word is "un" or "une" && start > 1 && words[start - 1].Text == "l" && start + 2 < words.Count && words[start + 1].Text == "des")
            (verb, noun) = (start - 2, start + 2);
        else
            return false;
        if (verb < 0 || noun >= words.Count || !PhraseMatch.Is(words[verb], ClaimVocabulary.TollWords) || PhraseMatch.Is(words[noun], ClaimVocabulary.TollWords))
            return false;
        var n = words[noun];
        return ArabicScript.Starts(n.Text)
            ? n.Text.StartsWith("ال", StringComparison.Ordinal) && n.Number is null
            : !n.Capital && n.Text.EndsWith('s') && !n.Text.EndsWith("est", StringComparison.Ordinal) && n.Number is null;
    }
}
