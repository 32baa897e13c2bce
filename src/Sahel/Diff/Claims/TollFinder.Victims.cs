namespace Sahel.Diff.Claims;

/// <summary>
/// Who the victims are: the words that name the counted people after a count or a toll word, and the counts that
/// are not of people at all (things, units, kin of the victims) or are of people without a noun ("d'entre eux", "of them").
/// </summary>
internal static partial class TollFinder
{
    /// <summary>
    /// Nouns of things and units a count may count: "48 pages", "3 hectares", "two army posts", "30 motorcycles",
    /// "٤٥ راكبا" is people but "٤٠٠ حالة" cases, "٨٩٠ مدرسة" schools. A count of them is never a toll.
    /// </summary>
    private static readonly PhraseVocabulary<bool> Things = ClaimVocabulary.Set(
        "pages", "page", "km", "kilometres", "kilometers", "miles", "hectares", "hectare", "ans", "annees", "years", "year", "mois", "months", "semaines", "weeks", "jours", "days", "heures", "hours",
        "posts", "postes", "positions", "bases", "camps", "villages", "localites", "communes", "schools", "ecoles", "centres", "centers", "centres de sante", "health centres", "health centers",
        "vehicles", "vehicules", "pick up", "pickups", "motos", "motorcycles", "motorbikes", "camions", "trucks", "lorries", "drones", "aircraft", "avions", "helicopteres", "helicopters",
        "armes", "fusils", "weapons", "rifles", "guns", "tetes", "head", "cattle", "betail", "animaux", "animals", "attaques", "attacks", "incidents", "operations", "raids", "frappes", "strikes",
        "millions", "million", "milliards", "billion", "dollars", "euros", "francs", "fcfa", "cfa", "naira", "pour cent", "per cent", "percent",
        "صفحه", "صفحات", "كلم", "كيلومترا", "كيلومتر", "عاما", "اعوام", "سنوات", "سنه", "اشهر", "شهرا", "ايام", "يوما", "ساعه", "ساعات", "مدرسه", "مدارس", "قريه", "قرى", "موقعا", "مواقع",
        "اليه", "اليات", "اليتين", "سياره", "سيارات", "شاحنه", "شاحنات", "الشاحنات", "صهاريج", "عربات", "مركبات", "مركبه", "دراجه", "دراجات", "قطعه", "قطع", "سلاح", "اسلحه", "حاله", "حالات", "هجوما", "هجمات", "عمليه", "عمليات", "مليون", "ملايين", "مليار", "دولار", "فرنك", "بالمئه", "بالمائه", "في المئه", "راس");

    private static readonly HashSet<string> Kin = new(StringComparer.Ordinal)
    {
        "proches", "familles", "parents", "families", "relatives", "ذوي", "اسر", "عائلات", "اهالي",
        // session 8: the paradigm's other kin ("أقارب الضحايا", "ذوو الضحايا", "the victims' kin")
        "اقارب", "ذوو", "kin",
    };

    /// <summary>A victim noun governed by a noun of kin: "proches des victimes", "familles de victimes", "ذوي القتلى".</summary>
    private static bool KinOfVictims(IReadOnlyList<ClaimWord> words, int cue)
    {
        if (words[cue].Text is not ("victimes" or "victims" or "قتلى" or "القتلى" or "الضحايا" or "ضحايا" or "dead" or "deceased" or "defunts"))
            return false;
        var k = cue - 1;
        if (k >= 0 && words[k].Text is "the")
            k--;
        if (k >= 0 && words[k].Text is "des" or "de" or "of" or "d")
            k--;
        return k >= 0 && k < cue && Kin.Contains(words[k].Text);
    }

    /// <summary>A count of things: a thing noun right after it, or after one modifier ("two army posts", "14 camions incendiés").</summary>
    private static bool CountsThings(IReadOnlyList<ClaimWord> words, int after)
    {
        if (after >= words.Count)
            return false;
        if (PhraseMatch.At(words, after, Things) is not null)
            return true;
        // One modifier before the noun: "two army posts", "three military vehicles".
        return after + 1 < words.Count && words[after].Text is "army" or "military" or "armoured" or "armored" or "police" or "civilian" or "oil" && PhraseMatch.At(words, after + 1, Things) is not null;
    }

    /// <summary>The noun a count counts: right after it, or past "of"/"de" ("dozens of apostates", "des dizaines de fidèles").</summary>
    private static int CountedNoun(IReadOnlyList<ClaimWord> words, int after) =>
        after + 1 < words.Count && words[after].Text is "of" or "de" or "d" or "des" ? after + 1 : after;

    /// <summary>A Latin-script plural noun after at most two modifiers ("road construction workers", "foreign nationals").</summary>
    private static bool ModifiedPlural(IReadOnlyList<ClaimWord> words, int from)
    {
        for (var k = from; k < Math.Min(words.Count, from + 3); k++)
        {
            if (PluralNoun(words[k]) && !CountsThings(words, k))
                return true;
            // round 18: two adjectives of nationality joined ("31 Nigerian and Cameroonian soldiers"): the window reaches past them
            if (words[k].Text is "and" or "et" && k > from && words[k - 1].Capital && k + 1 < words.Count && words[k + 1].Capital)
            {
                from += 2;
                continue;
            }
            if (words[k].Number is not null || ArabicScript.Starts(words[k].Text) || words[k].Text.Length < 3 || ClauseJoints.Contains(words[k].Text) || words[k].Text is "of" or "de" or "des" or "du" or "in" or "from" or "for")
                return false;
        }
        return false;
    }

    /// <summary>A Latin-script plural noun: "farmers", "guests", "détenus" (not a verb's "-ent", not a number).</summary>
    private static bool PluralNoun(ClaimWord word) =>
        word.Number is null && !ArabicScript.Starts(word.Text) && word.Text.Length > 3 && (word.Text.EndsWith('s') || word.Text.EndsWith('x') || IrregularPlurals.Contains(word.Text)) && !word.Text.EndsWith("ing", StringComparison.Ordinal);

    // "lost five of its men", "la perte de cinq VDP", "captured three assailants": a toll only when it says who.

    /// <summary>
    /// Session 9: a partitive right after a count that names people without a noun of their own: "of them", "of whom", "of their
    /// own", "of its own", "d'entre eux", "d'entre elles", "des leurs", "des nôtres", "des siens".
    /// </summary>
    private static bool PartitivePeople(IReadOnlyList<ClaimWord> words, int at) =>
        at + 1 < words.Count && (words[at].Text == "of" && (words[at + 1].Text is "them" or "whom" || OwnPossessives.Contains(words[at + 1].Text) && at + 2 < words.Count && words[at + 2].Text == "own")
            || words[at].Text == "d" && words[at + 1].Text == "entre" && at + 2 < words.Count && words[at + 2].Text is "eux" or "elles" or "nous"
            || words[at].Text == "des" && words[at + 1].Text is "leurs" or "notres" or "siens" or "sien"
            // round 18: "ten of his companions", "six of its fighters", "dix de ses hommes", "عشرة من مرافقيه": a possessive and a plural
            || words[at].Text is "of" && words[at + 1].Text is "his" or "her" or "its" or "their" or "our" && at + 2 < words.Count && PluralNoun(words[at + 2]) && !CountsThings(words, at + 2)
            || words[at].Text is "de" && words[at + 1].Text is "ses" or "leurs" or "nos" && at + 2 < words.Count && PluralNoun(words[at + 2]) && !CountsThings(words, at + 2)
            || words[at].Text is "من" && ArabicPossessed(words[at + 1])
            // round 22: "29 of the apostate militia", "12 of the army's soldiers", "29 des miliciens apostats": a definite group of
            // people, a person noun or a force's noun within three words (no count between), as Arabic "٢٩ من الجنود" reads already
            || (words[at].Text is "of" && words[at + 1].Text == "the" || words[at].Text is "des") && DefiniteGroup(words, words[at].Text == "des" ? at + 1 : at + 2));

    /// <summary>Round 22: a person noun or a force's noun at most three words from <paramref name="from"/>, no count or thing before it.</summary>
    private static bool DefiniteGroup(IReadOnlyList<ClaimWord> words, int from)
    {
        for (var k = from; k < words.Count && k < from + 3; k++)
        {
            if (words[k].Number is not null || StartsCount(words[k]) || CountsThings(words, k) || words[k].Text is "of" or "de" or "and" or "et")
                return false;
            if (PhraseMatch.Is(words[k], ClaimVocabulary.VictimWords) || Forces.Contains(words[k].Text))
                return true;
        }
        return false;
    }

    /// <summary>Round 22: collective nouns of armed people ("the militia", "la milice", "the army").</summary>
    private static readonly HashSet<string> Forces = new(StringComparer.Ordinal) { "militia", "militias", "army", "forces", "milice", "milices", "miliciens", "armee" };

    /// <summary>An Arabic noun with a possessive suffix of the third person: "مرافقيه", "عناصرها", "رجالهم".</summary>
    private static bool ArabicPossessed(ClaimWord word) =>
        ArabicScript.Starts(word.Text) && word.Text.Length > 4 && (word.Text.EndsWith("يه", StringComparison.Ordinal) || word.Text.EndsWith("يها", StringComparison.Ordinal)
            || word.Text.EndsWith("يهم", StringComparison.Ordinal) || word.Text.EndsWith("ها", StringComparison.Ordinal) || word.Text.EndsWith("هم", StringComparison.Ordinal));

    /// <summary>"morts parmi les civils", "قتلى في صفوف المدنيين": who the dead were, after the toll word.</summary>
    private static readonly HashSet<string> Among = new(StringComparer.Ordinal) { "parmi", "among", "dans", "in", "في", "من", "chez", "of", "du", "des" };

    private static readonly HashSet<string> Singular = new(StringComparer.Ordinal)
    {
        "جندي", "دركي", "مدني", "شرطي", "شخص", "طفل", "راع", "عسكري", "ضابط", "امراه", "طفله", "تلميذ", "سائق", "راعي", "مزارع", "تاجر", "حارس", "مواطن", "مسلح", "ارهابي",
        // session 8: "قتل جنديان وأصيب آخر" (and another was wounded): one more
        "اخر",
        // round 31: a man, a worker, a guard, a herder as the one victim ("قتلوا أيضا رجلا", "عاملا")
        "رجل", "عامل", "صياد", "معلم", "سايق",
    };

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "their", "his", "her", "its", "leur", "son", "sa" };

    /// <summary>Plural nouns of people that do not end in s: "men", "children".</summary>
    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.Ordinal) { "men", "women", "children", "people", "police", "troops", "personnel", "gens" };

    /// <summary>One person named in the singular: a victim word that is no plural ("driver", "chauffeur", "guide").</summary>
    private static bool SingularPerson(ClaimWord word) =>
        !word.Text.EndsWith('s') && !word.Text.EndsWith('x') && !IrregularPlurals.Contains(word.Text) && PhraseMatch.Is(word, ClaimVocabulary.VictimWords);

    /// <summary>"onze de nos vaillants soldats", "five of its men": who a count counts, within three words or past "of our"/"de nos".</summary>
    /// <param name="from">Where to look from.</param>
    /// <param name="after">The word after the count: victims are read up to three words on from there.</param>
    private static string? VictimsAfter(IReadOnlyList<ClaimWord> words, int from, int after)
    {
        // "قتلت ٣٠ روسيا و٦ جنود", "30 Russes et 6 soldats": the search stops before the next count, whose noun is its own.
        var end = BeforeNextCount(words, after, Math.Min(words.Count - 1, after + 2));
        // round 25: nor past "that" opening another clause ("المخطوفين اثنان وثلاثون، وإن الشرطة تعمل": the police are that clause's)
        for (var k = after; k <= end; k++)
            if (words[k].Text is "ان" or "وان" or "that" or "que" or "qu")
            {
                end = k - 1;
                break;
            }
        if (Victims(words, from, end) is { } near)
            return near;
        for (var k = after; k <= after + 2 && k + 1 < words.Count; k++)
            if (words[k].Text is "de" or "of" or "d" && OwnPossessives.Contains(words[k + 1].Text))
                return Victims(words, k + 2, Math.Min(words.Count - 1, k + 4));
        return null;
    }

    private static readonly HashSet<string> OwnPossessives = new(StringComparer.Ordinal) { "nos", "ses", "leurs", "our", "its", "their", "his" };

    /// <summary>A word that begins a count: digits or a number word.</summary>
    /// <summary>The last word from <paramref name="from"/> to <paramref name="to"/> before one that starts another count.</summary>
    private static int BeforeNextCount(IReadOnlyList<ClaimWord> words, int from, int to)
    {
        for (var k = Math.Max(0, from); k <= to && k < words.Count; k++)
            if (StartsCount(words[k]))
                return k - 1;
        return to;
    }

    private static bool StartsCount(ClaimWord word) => word.Number is not null || ClaimVocabulary.Cardinals.ContainsKey(word.Text) || word.Readings.Any(ClaimVocabulary.Cardinals.ContainsKey);

    private static string? Victims(IReadOnlyList<ClaimWord> words, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= to && i < words.Count; i++)
            if (PhraseMatch.At(words, i, ClaimVocabulary.VictimWords) is { } victim)
                return victim.Value;
        return null;
    }

    private static int VictimEnd(IReadOnlyList<ClaimWord> words, int from, int to)
    {
        for (var i = from; i <= to; i++)
            if (PhraseMatch.At(words, i, ClaimVocabulary.VictimWords) is { } victim)
                return i + victim.Length - 1;
        return from;
    }
}
