namespace Sahel.Diff.Claims;

/// <summary>
/// The count at a word: digits, number words and their compounds ("vingt-cinq", "خمسة وعشرون", "ثلاثة آلاف"), Arabic teens,
/// approximations ("une vingtaine"), vague counts ("des dizaines", "عشرات") and the words that say one person.
/// </summary>
internal static partial class NumberPhrases
{
    /// <summary>"one" after the tens it is joined to ("forty-one", "quarante et un"): not a count on its own.</summary>
    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal) { "one", "un", "une" };

    /// <summary>"أحد عشر", "إحدى عشرة", "اثنا عشر", "اثنتي عشرة": the units that form Arabic teens, not counts on their own.</summary>
    private static readonly Dictionary<string, int> TeenUnits = new(StringComparer.Ordinal) { ["احد"] = 1, ["احدي"] = 1, ["اثنا"] = 2, ["اثني"] = 2, ["اثنتا"] = 2, ["اثنتي"] = 2 };

    /// <summary>Number words above two with the article, as normalised: "الستين" is 60.</summary>
    private static readonly Dictionary<string, int> DefiniteCardinals = ClaimVocabulary.Cardinals
        .Where(c => c.Value > 2 && ArabicScript.Starts(c.Key)).ToDictionary(c => "ال" + c.Key, c => c.Value, StringComparer.Ordinal);

    /// <summary>"آلاف" (thousands) as normalised: a multiplier, never a count on its own.</summary>
    private const string Thousands = "الاف";

    private sealed record CoreCount(int Value, int Length, bool Approximate, string? Vague);

    private static CoreCount? Core(IReadOnlyList<ClaimWord> words, int start, bool compound = true)
    {
        if (start >= words.Count)
            return null;
        var word = words[start];
        if (word.Number is { } digits)
            return new CoreCount(digits, 1, false, null);
        // round 28: "UN" in capitals among words that are not is the United Nations ("rejected the UN report, saying no civilian
        // had been killed"), not the French article; a headline all in capitals ("UN SOLDAT TUÉ") still counts one
        if (word.Text == "un" && word.Upper && !(start + 1 < words.Count && words[start + 1].Upper) && !(start > 0 && words[start - 1].Upper))
            return null;
        // "أحد عشر", "اثنا عشر", "اثني عشر": eleven and twelve, not ten.
        if (TeenUnit(word) is { } unit && start + 1 < words.Count && words[start + 1].Text is "عشر" or "عشره")
            return new CoreCount(unit + 10, 2, false, null);
        if (Ordinals.Contains(word.Text) && (NearToll(words, start) || OrdinalPerson(words, start)))
            return new CoreCount(1, 1, false, null);
        // "une vingtaine", "a dozen", "une dizaine"; "des dizaines" and "plusieurs dizaines" are vague.
        var skip = OneWords.Contains(word.Text) && start + 1 < words.Count ? 1 : 0;
        if (ClaimVocabulary.Approximate.TryGetValue(words[start + skip].Text, out var approximately))
            return new CoreCount(approximately, skip + 1, true, null);
        if (PhraseMatch.At(words, start, ClaimVocabulary.Vague) is { } vague)
        {
            // session 8: "how many people died?": a question, no count.
            if (start > 0 && words[start - 1].Text is "how")
                return null;
            // "plusieurs dizaines" is dozens, not several; "several dozen", "a few dozen" too.
            if (vague.Value == "several" && start + vague.Length < words.Count && PhraseMatch.At(words, start + vague.Length, ClaimVocabulary.Vague) is { Value: not "several" } larger)
                return new CoreCount(0, vague.Length + larger.Length, false, larger.Value);
            if (vague.Value == "several" && start + vague.Length < words.Count && words[start + vague.Length].Text is "dozen" or "douzaine")
                return new CoreCount(0, vague.Length + 1, false, "dozens");
            return new CoreCount(0, vague.Length, false, vague.Value);
        }
        // "الأيام الثلاثة" (the three days), "الدول الثلاث": a number word with the article after a noun with it counts that noun;
        // round 27: it is a count of people when the noun names them ("الجرحى التسعين", "العاملين السبعة"; NumberPhrases.DefiniteCounts.cs).
        var anaphoric = start > 0 && word.Text.StartsWith("ال", StringComparison.Ordinal) && !ClaimVocabulary.Cardinals.ContainsKey(word.Text)
            && words[start - 1].Text.StartsWith("ال", StringComparison.Ordinal) && !DefinitePeople(words[start - 1]);
        // "واثنين من المتطوعين": a count joined by "and" to the one before it.
        if (!anaphoric && Cardinal(word, allowAnd: true) is { } value)
        {
            // "آلاف المدنيين", "thousand" alone: thousands of people, not a count; only a multiplier after one ("ثلاثة آلاف").
            if (value == 1000 && word.Readings.Contains(Thousands))
                return null;
            // "vingt-cinq", "twenty five", "خمسة وعشرون", "quatre-vingt", "ثلاث مئة", "مئة وعشرين", "ثلاثة آلاف وخمسمائة",
            // "mille deux cents", "twenty-three thousand": a hundred multiplies the units before it, a thousand all before it.
            var length = 1;
            var (thousands, current) = value >= 1000 ? (value, 0) : (0, value);
            while (compound && start + length < words.Count && Cardinal(words[start + length], allowAnd: true) is { } next)
            {
                // session 8: "ما بين خمسة عشر وعشرين" (between fifteen and twenty): tens never follow a teen or tens; the
                // second count is another one (a range's bound, a list's item), not a part of this one.
                if (next is >= 20 and < 100 && next % 10 == 0 && current % 100 >= 10)
                    break;
                // "ما بين عشرة وخمسة عشر" (between ten and fifteen): an Arabic unit joined by "و" never follows ten, a teen or tens
                // (fifteen is "خمسة عشر", twenty-five "خمسة وعشرون").
                if (next < 10 && current % 100 >= 10 && words[start + length].Text[0] == 'و')
                    break;
                // round 27: nor with no "و" ("من بين القتلى العشرة ثلاث نساء", of the ten dead, three women): Arabic says the unit first
                if (next < 10 && current % 100 >= 10 && ArabicScript.Starts(words[start + length].Text))
                    break;
                if (next == 20 && current is > 0 and < 10 && words[start].Text == "quatre")
                    current *= 20;
                else if (next == 100 && current < 100)
                    current = Math.Max(1, current) * 100;
                else if (next == 1000 && words[start + length].Text[0] != 'و')
                    (thousands, current) = (thousands + Math.Max(1, current) * 1000, 0);
                else
                    current += next;
                length++;
            }
            value = thousands + current;
            // round 31: "two dozen", "deux douzaines": the dozen multiplies the units before it, about as many as "une vingtaine" says
            if (compound && value is > 1 and < 10 && start + length < words.Count && words[start + length].Text is "dozen" or "douzaines" or "douzaine")
                return new CoreCount(value * 12, length + 1, true, null);
            // "forty-one", "quarante et un", "vingt et une": a unit joined to the tens.
            if (compound && value >= 20 && value % 10 == 0 && value < 100 && start + length < words.Count)
            {
                if (UnitWords.Contains(words[start + length].Text))
                    (value, length) = (value + 1, length + 1);
                else if (words[start + length].Text is "et" && start + length + 1 < words.Count && UnitWords.Contains(words[start + length + 1].Text))
                    (value, length) = (value + 1, length + 2);
            }
            return new CoreCount(value, length, false, null);
        }
        // "واحد وأربعون", "واحدا وأربعين": Arabic puts the unit one before the tens it is joined to.
        if (compound && word.Text is "واحد" or "واحدا" or "واحده" && start + 1 < words.Count && Cardinal(words[start + 1], allowAnd: true) is { } tens
            && tens is >= 20 and < 100 && words[start + 1].Text[0] == 'و')
        {
            return new CoreCount(tens + 1, 2, false, null);
        }
        // session 8: one person told as another or as one of a group: "un autre soldat", "une autre femme", "one other guard",
        // "another soldier", "one of our nurses", "l'un des otages", "un de nos chasseurs" (not "another attack", "one of the
        // deadliest": a person must follow).
        if (OneWords.Contains(word.Text) && start + 2 < words.Count && words[start + 1].Text is "autre" or "other" && PhraseMatch.Is(words[start + 2], ClaimVocabulary.VictimWords))
            return new CoreCount(1, 2, false, null);
        if (word.Text == "another" && start + 1 < words.Count && PhraseMatch.Is(words[start + 1], ClaimVocabulary.VictimWords))
            return new CoreCount(1, 1, false, null);
        // session 9: "one more trader", "one more soldier"; "two were killed and one is unaccounted for", "one was wounded": English
        // "one" as the subject of a toll, its verb right after and the toll word within four words (not "one was enough").
        if (word.Text == "one" && start + 2 < words.Count && words[start + 1].Text == "more" && PhraseMatch.Is(words[start + 2], ClaimVocabulary.VictimWords))
            return new CoreCount(1, 2, false, null);
        // Not "no one was hurt", "not one was killed", "every one was", "the one was".
        if (word.Text == "one" && start + 2 < words.Count && words[start + 1].Text is "is" or "was" or "remains" or "remained" or "still" or "has" or "had"
            && !(start > 0 && words[start - 1].Text is "no" or "not" or "any" or "every" or "each" or "the" or "this" or "that" or "which" or "no-one")
            && Enumerable.Range(start + 2, Math.Min(4, words.Count - start - 2)).Any(k => PhraseMatch.Is(words[k], ClaimVocabulary.TollWords)))
            return new CoreCount(1, 1, false, null);
        if (word.Text is "one" or "un" or "une" && start + 2 < words.Count && words[start + 1].Text is "of" or "de" or "des" or "d"
            && (PhraseMatch.Is(words[start + 2], ClaimVocabulary.VictimWords)
                || start + 3 < words.Count && words[start + 2].Text is "the" or "our" or "its" or "their" or "his" or "nos" or "ses" or "leurs" or "les" && PhraseMatch.Is(words[start + 3], ClaimVocabulary.VictimWords)
                // round 18: "one of its own servicemen", "one of our own men"
                || start + 4 < words.Count && words[start + 2].Text is "our" or "its" or "their" or "his" && words[start + 3].Text == "own" && PhraseMatch.Is(words[start + 4], ClaimVocabulary.VictimWords)))
            return new CoreCount(1, 1, false, null);
        // round 28: "one of the" right after a toll verb is its object, one person whatever the noun ("killed one of the guards",
        // "a tué l'un des gardiens", "وقتلوا أحد الحراس"); not "one of the deadliest" (a noun must follow the article)
        if (OneOfAfterTollVerb(words, start))
            return new CoreCount(1, 1, false, null);
        // round 25: one of a toll's people told apart ("One of the wounded, a child, is in critical condition", "l'un des blessés est
        // dans un état critique", "وأحد المصابين في حالة حرجة"): a part of the toll, as "two of the wounded" is.
        if (OneOfTheToll(words, start))
            return new CoreCount(1, 1, false, null);
        // round 18: English "one" right after a toll verb, its noun after it ("killing one seminarian", "killed one and wounded three"):
        // the verb's object, a person whatever the noun (not "one of", not a thing)
        if (word.Text == "one" && start > 0 && start + 1 < words.Count && !ArabicScript.Starts(words[start - 1].Text) && PhraseMatch.Is(words[start - 1], ClaimVocabulary.TollWords)
            && !words[start + 1].Capital && words[start + 1].Number is null && words[start + 1].Text is not ("of" or "more" or "other" or "another" or "in" or "at" or "on" or "by"))
            return new CoreCount(1, 1, false, null);
        // round 26: the article right after a toll verb counts its object ("tuant une femme", "killed a vigilante commander")
        if (ObjectOfTollVerb(words, start))
            return new CoreCount(1, 1, false, null);
        // round 24: one person told by the toll noun itself ("fait état de dix soldats tués et d'un blessé", "two killed and one
        // wounded", "أسفر عن قتيل وثلاثة جرحى"): the article or "one" counts the casualty the noun names.
        if (OneCasualty(words, start))
            return new CoreCount(1, 1, false, null);
        // round 24: the definite person of a passive toll ("le muezzin a été blessé", "the convoy's driver was still missing",
        // "son oncle a été enlevé"): one, as "un agent … a été tué" is.
        if (SingularDeterminers.Contains(word.Text) && !(start > 0 && Prepositions.Contains(words[start - 1].Text)) && DefiniteSubjectOfToll(words, start + 1))
            return new CoreCount(1, 1, false, null);
        // round 20: one person of any name as the subject of a passive toll ("Un agent de la garde pénitentiaire a été tué", "one
        // motorist who tried to flee was shot dead", "One of his companions was shot dead", "one officer remained missing").
        // Not a noun governed by a preposition ("passagers d'un car ont été enlevés", "members of a parish had been killed").
        if (OneWords.Contains(word.Text) && !(start > 0 && (words[start - 1].Text is "no" or "not" or "any" or "every" or "each" or "pas" or "aucun" || Prepositions.Contains(words[start - 1].Text)))
            && SingularSubjectOfToll(words, PastCapitalAdjective(words, start + 1)))
            return new CoreCount(1, 1, false, null);
        // "un soldat", "one soldier": one, only when a person follows.
        if (OneWords.Contains(word.Text) && start + 1 < words.Count && PhraseMatch.Is(words[start + 1], ClaimVocabulary.VictimWords))
            return new CoreCount(1, 1, false, null);
        // "un casque bleu", "a U.N. peacekeeper", "a Malian soldier": also past a name, and a person named in several words.
        if (OneWords.Contains(word.Text) && SingularPersonAfter(words, start + 1))
            return new CoreCount(1, 1, false, null);
        // "جنديين", "راعيين", "أجنبيين": an Arabic dual is two (not مدنيين or عسكريين, which are also plurals); after a
        // count it is the plural it is written like ("ستة دركيين", "عشرات الشرطيين"), counted by the words before it.
        if (ClaimVocabulary.Dual(words, start) is not null && !AfterCount(words, start))
            return new CoreCount(2, 1, false, null);
        return null;
    }

    /// <summary>A teen's unit as written, also joined to "and" ("وإحدى عشرة").</summary>
    private static int? TeenUnit(ClaimWord word)
    {
        foreach (var reading in word.Readings)
            if (TeenUnits.TryGetValue(reading, out var unit) && (reading.Length == word.Text.Length || word.Text[0] is 'و' or 'ب' or 'ل' && reading.Length == word.Text.Length - 1))
                return unit;
        return null;
    }

    /// <summary>The word before <paramref name="at"/> is a count: digits, a number word, or a vague count ("عشرات").</summary>
    private static bool AfterCount(IReadOnlyList<ClaimWord> words, int at) =>
        at > 0 && (words[at - 1].Number is not null || Cardinal(words[at - 1], allowAnd: true) is not null || PhraseMatch.Is(words[at - 1], ClaimVocabulary.Vague)
            || words[at - 1].Text is "عشر" or "عشره");

    private static int? Cardinal(ClaimWord word, bool allowAnd = false)
    {
        if (ClaimVocabulary.Cardinals.TryGetValue(word.Text, out var value))
            return value;
        // "يتجاوز الستين", "العشرات" aside: a number word with the article ("الستين", "الخمسة"); not "الاثنين", also Monday.
        if (word.Text.Length > 4 && DefiniteCardinals.TryGetValue(word.Text, out value))
            return value;
        // Arabic joins "and" to the tens: خمسة وعشرون (its reading without "و", kept by the word).
        if (allowAnd && word.Text.Length > 2 && word.Text[0] == 'و')
            foreach (var reading in word.Readings)
                if (reading.Length == word.Text.Length - 1 && ClaimVocabulary.Cardinals.TryGetValue(reading, out value))
                    return value;
        // session 7: a preposition joined to the number word ("أودى بتسعة جنود", "وإصابة لخمسة آخرين", "الاتصال بخمسة عشر"), also after
        // "and" ("وبخمسة"); not a short word the preposition makes another word of ("لست", "بست").
        if (allowAnd && word.Text.Length > 3 && (word.Text[0] is 'ب' or 'ل' || word.Text[0] == 'و' && word.Text[1] is 'ب' or 'ل'))
            foreach (var reading in word.Readings)
                if (reading.Length >= 3 && (reading.Length >= 4 || reading[^1] == 'ه') && reading.Length < word.Text.Length
                    && word.Text.AsSpan(0, word.Text.Length - reading.Length) is "ب" or "ل" or "وب" or "ول"
                    && ClaimVocabulary.Cardinals.TryGetValue(reading, out value))
                    return value;
        return null;
    }
}
