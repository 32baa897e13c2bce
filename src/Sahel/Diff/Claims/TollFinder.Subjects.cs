namespace Sahel.Diff.Claims;

/// <summary>
/// Counts as subjects and objects: passive auxiliaries, a counted subject with a long complement or a chain of
/// predicates, a predicate of its own, a toll stated by a copula ("the toll is 12"), "the number of dead", an estimate "put at"
/// a count, a name's complement, and an Arabic verb whose adjunct comes before its object.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>
    /// Round 20: an Arabic toll verb whose adjunct of time or place comes before its object, as the verb-first order allows:
    /// "قتلوا في اشتباك لاحق سبعة جنود", "قتلوا أثناء عملية الخطف دركيين نيجريين", "أصيب خلال المواجهات خمسة جنود". The adjunct opens
    /// with a preposition right after the verb and holds no count, no relative pronoun, no "that" and no joined clause; the
    /// object names people (a person noun after the count, or a dual person noun).
    /// </summary>
    private static bool ArabicAdjunctFirst(IReadOnlyList<ClaimWord> words, int cueLast, NumberPhrases.Found number)
    {
        var gap = number.First - cueLast - 1;
        if (gap is < 3 or > 5 || !ArabicScript.Starts(words[cueLast].Text) || !AdjunctPrepositions.Contains(words[cueLast + 1].Text))
            return false;
        if (Enumerable.Range(cueLast + 2, gap - 1).Any(k => words[k].Number is not null || words[k].Text.StartsWith('و') || words[k].Text is "الذي" or "التي" or "الذين" or "ان" or "انه" or "حيث"))
            return false;
        return number.Last + 1 < words.Count && VictimsAfter(words, number.Last + 1, number.Last + 1) is not null || ClaimVocabulary.Dual(words, number.First) is not null;
    }

    /// <summary>Arabic prepositions that open an adjunct of time or place: "في", "خلال", "أثناء", "إثر", "عند", "قرب", "بعد".</summary>
    private static readonly HashSet<string> AdjunctPrepositions = new(StringComparer.Ordinal) { "في", "خلال", "اثناء", "اثر", "عند", "قرب", "بعد", "داخل", "شمال", "جنوب", "شرق", "غرب" };

    /// <summary>
    /// Session 8: "six officers of the Nigeria Immigration Service and two customs officers": between a figure and the count
    /// joined to it, only the figure's people's name ("of the" and capitalised words, up to eight) before "and"/"et".
    /// </summary>
    private static bool NameComplement(ClaimSentence sentence, int figureLast, int count)
    {
        var words = sentence.Words;
        if (count - figureLast > 10 || count - figureLast < 4 || words[count - 1].Text is not ("and" or "et") || sentence.Between(figureLast, count - 1).IndexOfAny(",;:()") >= 0)
            return false;
        // session 9: also "from the" ("Three soldiers from the Chadian contingent and one Nigerian soldier"), and the name's head noun
        // in lower case right before "and" ("contingent", "battalion")
        return words[figureLast + 1].Text is "of" or "de" or "du" or "des" or "d" or "from"
            && Enumerable.Range(figureLast + 2, count - figureLast - 3).All(k => words[k].Capital || words[k].Text is "the" or "of" or "la" or "le" or "l" or "de" or "du" or "des" or "d"
                || k == count - 2 && k > figureLast + 2 && words[k - 1].Capital && !ArabicScript.Starts(words[k].Text));
    }

    /// <summary>Auxiliaries of a passive or a compound tense, right before the toll verb of its subject.</summary>
    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal) { "ete", "been", "were", "was", "sont", "ont", "avaient", "avait", "etaient", "had", "have", "has", "are", "is" };

    /// <summary>
    /// Session 9, round 17: a counted subject with a chain of predicates, the kidnapping or the disappearance a later link:
    /// "Au moins vingt hommes ont été arrêtés lundi au marché de Diafarabé, emmenés vers le fleuve et n'ont plus été revus",
    /// "Twelve herders were beaten in the market, led away and never seen again". The count's people right after it, a passive
    /// auxiliary right after them, the toll word opening a link of the chain (after a comma or "and"/"et", at most three words
    /// on), no count, quote or relative pronoun between. Latin script only (an Arabic chain repeats its verb's subject).
    /// </summary>
    private static bool ChainedPredicate(ClaimSentence sentence, int countLast, int cue)
    {
        var words = sentence.Words;
        if (cue - countLast > 18 || cue - countLast <= MaxWordsBefore || ArabicScript.Starts(words[cue].Text) || PhraseMatch.At(words, countLast + 1, ClaimVocabulary.VictimWords) is not { } who)
            return false;
        var aux = countLast + 1 + who.Length;
        if (aux >= cue || !PassiveAuxiliaries.Contains(words[aux].Text) || sentence.Between(countLast, cue).IndexOfAny(";:()«»\"") >= 0
            || Enumerable.Range(countLast + 1, cue - countLast - 1).Any(k => words[k].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text) || ChainBreakers.Contains(words[k].Text)))
            return false;
        return Enumerable.Range(Math.Max(aux + 1, cue - 3), cue - Math.Max(aux + 1, cue - 3)).Any(k => words[k].Text is "et" or "and")
            || sentence.Between(cue - 1, cue).IndexOf(',') >= 0;
    }

    /// <summary>Words that open another clause inside a predicate chain: a relative, a complement clause.</summary>
    private static readonly HashSet<string> ChainBreakers = new(StringComparer.Ordinal) { "que", "qui", "dont", "that", "who", "which", "whom", "where", "while", "tandis", "mais", "but", "when", "quand", "lorsque" };

    /// <summary>
    /// A counted subject whose complement runs long before its passive verb: "Huit passagers d'un car de transport en commun
    /// avaient été emmenés", "Twelve soldiers of the 4th battalion based in the town were killed": the count's noun right
    /// after it names people, an auxiliary stands right before the verb, and no punctuation or other count is between (up to
    /// 14 words).
    /// </summary>
    private static bool LongSubject(ClaimSentence sentence, int countLast, int cue)
    {
        var words = sentence.Words;
        return cue - countLast <= 14 && countLast + 1 < cue && PhraseMatch.Is(words[countLast + 1], ClaimVocabulary.VictimWords)
            && PassiveAuxiliaries.Contains(words[cue - 1].Text) && !ArabicScript.Starts(words[cue].Text)
            && sentence.Between(countLast, cue - 1).IndexOfAny(",;:()«»\"") < 0
            && !Enumerable.Range(countLast + 1, cue - countLast - 1).Any(k => words[k].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[k].Text));
    }

    /// <summary>Where "put"/"estimated"/"évalue" governs an estimate "at"/"à" the count at <paramref name="count"/> (within eight words), else -1.</summary>
    private static int? EstimateAt(IReadOnlyList<ClaimWord> words, int count)
    {
        // session 8: "puts the figure closer to 20", "put the toll around 30": the estimate's object right before its qualified count.
        if (count >= 3 && words[count - 1].Text is "figure" or "toll" or "number" or "bilan" or "chiffre" && words[count - 2].Text is "the" or "le" or "its" or "their")
            return words[count - 3].Text is "put" or "puts" or "putting" or "placed" or "places" ? count - 3 : null;
        if (count < 2 || words[count - 1].Text is not ("at" or "a"))
            return null;
        for (var k = count - 2; k >= 0 && k >= count - 9; k--)
            if (words[k].Text is "put" or "puts" or "putting" or "placed" or "places" or "evalue" or "evaluent" or "chiffre" or "chiffrent" or "porte" or "portent")
                return k;
        return null;
    }

    /// <summary>Whether the word at <paramref name="last"/> ends the sentence or its clause (a comma, a semicolon, a full stop after it).</summary>
    private static bool ClosesClause(ClaimSentence sentence, int last) =>
        last + 1 >= sentence.Words.Count || sentence.Between(last, last + 1).IndexOfAny(",;.،؛") >= 0;

    /// <summary>Nouns that state a toll as a number of its people: "the number of dead", "le nombre de morts", "the total of wounded".</summary>
    private static readonly HashSet<string> NumberNouns = new(StringComparer.Ordinal) { "number", "nombre", "total", "count", "tally", "chiffre" };

    /// <summary>
    /// Session 9, round 16: the words between a toll noun and its count when the toll is stated, not told: a copula or a verb of
    /// reaching with its auxiliaries and adverbs ("is", "stands at", "has now reached", "rose to", "s'élève à", "est de",
    /// "atteint désormais", "est passé à").
    /// </summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "be", "been", "stands", "stood", "stand", "at", "now", "has", "have", "had", "reached", "reach", "reaches",
        "risen", "rose", "rise", "rises", "climbed", "climbs", "to", "totals", "totalled", "totaled", "came", "comes", "currently", "already", "officially",
        "s", "eleve", "elevait", "elevent", "elevaient", "est", "etait", "sont", "etaient", "de", "d", "atteint", "atteignait", "atteignent", "a", "desormais",
        "passe", "passait", "monte", "montait", "etablit", "etablissait", "grimpe", "maintenant", "deja", "officiellement", "serait", "aurait",
        // round 18: exceeding ("le nombre de soldats tués dépasserait la vingtaine", "the number of dead exceeds 40"; NumberPhrases reads the bound)
        "depasse", "depasserait", "depassait", "depassent", "depasseraient", "exceeds", "exceeded", "exceed", "would", "la",
        // round 22: the Arabic verbs of reaching ("عدد القتلى من المسلحين بلغ نحو خمسين", "وصل إلى", "ارتفع إلى")
        "بلغ", "يبلغ", "وصل", "يصل", "ارتفع", "يرتفع", "الي", "اصبح", "قد",
        // round 27: the same verbs agreeing with a feminine toll noun ("حصيلة القتلى … بلغت خمسة")
        "بلغت", "تبلغ", "وصلت", "تصل", "ارتفعت", "ترتفع", "اصبحت",
    };

    // round 22: "among" and its French and Arabic forms ("the number of dead among the attackers is", "parmi les assaillants",
    // "من المسلحين"), and the Arabic "in", "during", "as a result of"

    private static readonly HashSet<string> AdjunctOpeners = new(StringComparer.Ordinal) { "from", "in", "of", "during", "de", "du", "des", "dans", "lors", "pendant",
        "among", "parmi", "من", "في", "خلال", "جراء" };

    /// <summary>Whether the words from <paramref name="from"/> to before <paramref name="to"/> state the count: copulas only, after an
    /// adjunct of the toll noun of four words at most ("from this attack", "de l'attaque de lundi") that a copula closes.</summary>
    private static bool Stated(IReadOnlyList<ClaimWord> words, int from, int to)
    {
        static bool Verb(string w) => Copulas.Contains(w) && w is not ("at" or "to" or "de" or "d" or "a" or "now" or "currently" or "already" or "officially" or "desormais" or "maintenant" or "deja" or "officiellement" or "الي" or "قد");
        var k = from;
        if (k < to && AdjunctOpeners.Contains(words[k].Text))
        {
            var stop = k + 1;
            // "from Tuesday's attack is": an elided "s" is French "s'élève" only before its verb
            bool Closes(int j) => Verb(words[j].Text) && (words[j].Text != "s" || j + 1 < to && Copulas.Contains(words[j + 1].Text));
            while (stop < to && stop - k <= 4 && !Closes(stop))
                stop++;
            // round 27: or the count itself closes it when it opens on a bound that is a verb ("… في صفوف الجيش لا تتجاوز عشرة",
            // "parmi les policiers ne dépasse pas cinq", "among the troops exceeded 20")
            if (stop >= to && VerbalBound(words, to))
                return !Enumerable.Range(k, to - k).Any(j => words[j].Number is not null || PhraseMatch.At(words, j, ClaimVocabulary.TollWords) is not null);
            if (stop >= to || !Closes(stop) || Enumerable.Range(k, stop - k).Any(j => words[j].Number is not null || PhraseMatch.At(words, j, ClaimVocabulary.TollWords) is not null))
                return false;
            k = stop;
        }
        else if (to - from > 6)
            return false;
        return Enumerable.Range(k, to - k).All(j => Copulas.Contains(words[j].Text));
    }

    /// <summary>"the number of dead", "le nombre des blessés", "the number of people killed", "le nombre de personnes enlevées": the
    /// toll word governed by a noun of number (past the article and one noun of people).</summary>
    private static bool NumberOfBefore(IReadOnlyList<ClaimWord> words, int cue)
    {
        var k = cue - 1;
        // round 22: the Arabic construct "عدد القتلى" (the number of the dead), with no word for "of"
        if (k >= 0 && words[k].Text is "عدد" or "وعدد")
            return true;
        if (k >= 0 && PhraseMatch.Is(words[k], ClaimVocabulary.VictimWords))
            k--;
        if (k >= 0 && words[k].Text is "the" or "les")
            k--;
        if (k < 1 || words[k].Text is not ("of" or "de" or "des" or "d" or "du"))
            return false;
        return NumberNouns.Contains(words[k - 1].Text);
    }

    /// <summary>Auxiliaries and verbs that give a counted subject a predicate of its own (not a toll word).</summary>
    private static readonly HashSet<string> OwnVerbs = new(StringComparer.Ordinal)
    {
        "ont", "sont", "avaient", "etaient", "have", "had", "were", "are", "fled", "fui", "arrested", "detained", "interpelles", "interpellees", "arretes", "arretees",
        "apprehendes", "apprehended", "displaced", "deplaces", "evacuated", "evacues", "rescued", "secourus", "surrendered", "rendus", "seized", "saisis", "saisies",
    };

    /// <summary>The word at <paramref name="at"/> opens a predicate of its own: an auxiliary or a verb that is no toll word.</summary>
    private static bool OwnPredicate(IReadOnlyList<ClaimWord> words, int at) =>
        at < words.Count && OwnVerbs.Contains(words[at].Text) && PhraseMatch.At(words, at, ClaimVocabulary.TollWords) is null
        // "and 20 others have been killed": an auxiliary before a toll word is the toll's own verb
        && !Enumerable.Range(at + 1, Math.Min(3, words.Count - at - 1)).Any(k => PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null);
}
