namespace Sahel.Diff.Claims;

/// <summary>
/// Toll words read aright and counts they do not make a toll: Arabic dual tolls and ordinals, words that are tolls
/// only in context, negation, conditionals, "a heavier toll", "without giving figures", the wounded who died, critical states;
/// road accidents, arrested smugglers, counted speakers, acts of kidnapping, and a chronology's dated entries.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>A speaker declining to give a figure: "sans donner de chiffre", "without giving figures", "دون تحديد عدد".</summary>
    private static readonly PhraseVocabulary<bool> NoFigure = ClaimVocabulary.Set(
        "sans donner de chiffre", "sans donner de bilan", "sans preciser le nombre", "sans avancer de chiffre", "sans chiffrer",
        "without giving figures", "without giving a figure", "without giving a number", "without specifying the number", "gave no figure", "gave no figures",
        "دون تحديد عدد", "دون تحديد عددهم", "دون ذكر عدد", "دون ان يحدد عدد", "لم يحدد عدد");

    /// <summary>Comparatives of a toll: "un bilan plus lourd", "a far higher toll", "حصيلة أثقل".</summary>
    private static readonly HashSet<string> Heavier = new(StringComparer.Ordinal) { "plus", "lourd", "eleve", "important", "higher", "heavier", "far", "much", "اعلى", "اثقل", "اكبر", "بكثير" };

    /// <summary>Conditional auxiliaries of a reported toll: "auraient été abattus", "would have been killed".</summary>
    private static readonly HashSet<string> Conditionals = new(StringComparer.Ordinal) { "auraient", "aurait", "seraient", "serait", "would", "may", "might" };

    /// <summary>Arabic ordinals in the masculine, nominative and accusative: "فُقد منمّ ثالث".</summary>
    private static readonly HashSet<string> ArabicOrdinals = new(StringComparer.Ordinal) { "ثان", "ثانيا", "ثالث", "ثالثا", "رابع", "رابعا", "خامس", "خامسا", "سادس", "سادسا", "سابع", "سابعا", "ثامن", "ثامنا", "تاسع", "تاسعا", "عاشر", "عاشرا" };

    private static readonly HashSet<string> Ambiguous = new(StringComparer.Ordinal) { "enterre", "enterres", "enterrees", "buried", "burying", "دفن", "دفنا", "دفنوا", "دفنت", "seized", "emmene", "took", "taken", "execute", "executes", "executed", "executing", "executee", "executees", "emmenes", "perdu", "perte", "lost", "losing", "فقد", "فقدت", "خسر", "خسرت", "تخسر", "يخسر", "اسر", "captured", "captures", "capture", "capturees", "capturant", "capturing", "capturer", "capturent", "detenir", "detient", "detiennent", "holding", "يحتجز", "تحتجز", "يحتجزون", "نحتجز", "احتجز", "احتجزوا", "احتجزت", "محتجزين", "carried",
        // session 8: losing told in every form and the Arabic "fell" need their people said ("tout en perdant deux hommes", "سقط ثلاثة من متطوعي")
        "perdant", "perdus", "perdues", "سقط", "سقطوا", "سقطا",
        // session 9: losing in the first person and the plural, died (قضوا: also "spent"), treated (also "treated as")
        "فقدنا", "خسرنا", "خسروا", "خسرا", "قضوا", "قضيا", "treated", "soigne", "soignes", "soignee", "soignees", "يعالجون" };

    /// <summary>
    /// The months <see cref="ClaimContext"/> reads, with the Levantine names a chronology may open on ("كانون الثاني ٢٠٢٠:").
    /// ClaimContext leaves those out: "اب" is also "father" in running text, but not before a year and a colon.
    /// </summary>
    private static readonly HashSet<string> MonthNames = new(
        ClaimContext.Months.Concat(["كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين"]), StringComparer.Ordinal);

    /// <summary>
    /// Session 9: a sentence that opens an entry of a chronology — a month and its year (a day before it, a Levantine month's
    /// "الأول"/"الثاني" after it) set off by a dash or a colon: "Juin 2022 – Un assaut…", "30 September 2019: …", "ديسمبر ٢٠١٩:
    /// هجوم…". News tells today's event without its year up front; a dateline ("Le 12 mai 2025, des militaires…", comma) stays.
    /// </summary>
    private static bool DatedEntry(ClaimSentence sentence)
    {
        var words = sentence.Words;
        var k = words.Count > 0 && words[0].Number is >= 1 and <= 31 && words[0].Text.Length <= 2 ? 1 : 0;
        if (k >= words.Count || !MonthNames.Contains(words[k].Text))
            return false;
        k++;
        if (k < words.Count && words[k].Text is "الاول" or "الثاني")
            k++;
        return k < words.Count && words[k].Number is >= 1900 and <= 2100 && words[k].Text.Length == 4 && k + 1 < words.Count
            && sentence.Between(k, k + 1).IndexOfAny([':', '–', '—', '-']) >= 0;
    }

    /// <summary>Arabic dual toll words: "قتيلين", "جريحان".</summary>
    private static readonly Dictionary<string, TollKind> DualTolls = new(StringComparer.Ordinal)
    {
        ["قتيلين"] = TollKind.Killed, ["قتيلان"] = TollKind.Killed, ["جريحين"] = TollKind.Wounded, ["جريحان"] = TollKind.Wounded,
        ["رهينتين"] = TollKind.Kidnapped, ["رهينتان"] = TollKind.Kidnapped, ["جثتين"] = TollKind.Killed, ["جثتان"] = TollKind.Killed,
        ["شهيدين"] = TollKind.Killed, ["شهيدان"] = TollKind.Killed, ["مصابان"] = TollKind.Wounded, ["اسيرين"] = TollKind.Kidnapped, ["اسيران"] = TollKind.Kidnapped,
        ["مخطوفان"] = TollKind.Kidnapped, ["مختطفان"] = TollKind.Kidnapped, ["مفقودان"] = TollKind.Missing,
    };

    private static TollKind? DualToll(ClaimWord word)
    {
        foreach (var reading in word.Readings)
            if (DualTolls.TryGetValue(reading, out var kind))
                return kind;
        return null;
    }

    /// <summary>A wounded noun after "of the"/"des"/"من" with a death within the three words after it: "two of the wounded later died".</summary>
    private static bool DiedOfTheWounded(IReadOnlyList<ClaimWord> words, int first, int last)
    {
        // session 9: "quatre de ces blessés sont décédés", "two of these wounded died" too
        var partitive = first > 0 && words[first - 1].Text is "من" or "des" or "d" || first > 1 && words[first - 1].Text is "the" or "these" && words[first - 2].Text == "of"
            || first > 1 && words[first - 1].Text == "ces" && words[first - 2].Text is "de" or "d";
        if (partitive)
            return Enumerable.Range(last + 1, Math.Max(0, Math.Min(3, words.Count - last - 1)))
                .Any(k => PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is { Value: TollKind.Killed } && words[k].Text is not ("victimes" or "toll" or "bilan"));
        // round 28: the wounded counted and their death told right after ("cinq blessés décédés depuis leur arrivée", "plusieurs
        // blessés ont succombé", "three wounded people later died", "ثلاثة جرحى توفوا"): the count is of the dead. Only across an
        // auxiliary or an adverb of time, so that "12 wounded and three dead" keeps both.
        // round 32: the gravity told before the wounded word ("three critically wounded people later died")
        var count = first > 1 && SeverityAdverbs.Contains(words[first - 1].Text) ? first - 2 : first - 1;
        if (count < 0 || !(words[count].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[count].Text) || PhraseMatch.Is(words[count], ClaimVocabulary.Vague)))
            return false;
        for (var k = last + 1; k < words.Count && k <= last + 4; k++)
        {
            if (PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is { } death)
                return death.Value == TollKind.Killed && words[k].Text is not ("victimes" or "toll" or "bilan" or "morts" or "dead" or "deaths" or "قتلى");
            // round 32: or after it ("cinq blessés graves ont succombé", "ثلاثة جرحى بحالة خطيرة توفوا"): the gravely wounded who
            // died are dead as the others are (dev18; the state that changed, README round 32)
            if (!DeathAuxiliaries.Contains(words[k].Text) && !Critical.Contains(words[k].Text) && !GravityWords.Contains(words[k].Text))
                return false;
        }
        return false;
    }

    /// <summary>Round 28: what may stand between the wounded and their death: an auxiliary, "later", "people" ("three wounded people later died").</summary>
    private static readonly HashSet<string> DeathAuxiliaries = new(StringComparer.Ordinal)
    {
        "sont", "ont", "se", "sont-ils", "ensuite", "plus", "tard", "depuis", "were", "have", "had", "later", "since", "then", "people", "persons", "personnes", "subsequently", "all", "tous", "ثم", "لاحقا",
    };

    /// <summary>Round 32: adverbs of gravity before a wounded word: "critically", "seriously", "gravely", "badly", "grievement".</summary>
    private static readonly HashSet<string> SeverityAdverbs = new(StringComparer.Ordinal) { "critically", "seriously", "gravely", "badly", "grievement" };

    /// <summary>Round 32: the words of a state of gravity after a wounded word, besides <see cref="Critical"/>: "in critical condition", "بحالة خطيرة".</summary>
    private static readonly HashSet<string> GravityWords = new(StringComparer.Ordinal) { "in", "condition", "en", "etat", "بحاله", "حاله", "في" };

    /// <summary>Round 22: road and traffic accidents, in the three languages.</summary>
    private static readonly PhraseVocabulary<bool> RoadAccidents = ClaimVocabulary.Set(
        "accident de la route", "accidents de la route", "accident de la circulation", "accidents de la circulation", "accidents routiers", "accident routier",
        "road crash", "road crashes", "road accident", "road accidents", "traffic accident", "traffic accidents", "car crash", "car crashes",
        "حادث سير", "حوادث سير", "حوادث السير", "حادث مرور", "حوادث مرور", "حوادث المرور");

    /// <summary>
    /// Round 22: the figure spanning <paramref name="first"/>..<paramref name="last"/> counts the dead of road accidents: an accident
    /// phrase within the figure or at most four words after it, not past a comma (not "killed in an ambush, not a road accident").
    /// </summary>
    private static bool RoadAccident(ClaimSentence sentence, int first, int last)
    {
        var words = sentence.Words;
        for (var k = first; k < words.Count && k <= last + 4; k++)
        {
            if (k > last && sentence.Between(k - 1, k).IndexOfAny(",;:،؛") >= 0)
                return false;
            if (PhraseMatch.At(words, k, RoadAccidents) is not null)
                return true;
        }
        return false;
    }

    /// <summary>Round 22: a critical or serious state ("حالة حرجة", "critical condition", "état critique/grave").</summary>
    private static readonly HashSet<string> Critical = new(StringComparer.Ordinal) { "حرجه", "خطيره", "critical", "serious", "critique", "critiques", "grave", "graves" };

    private static readonly HashSet<string> NegationWords = new(StringComparer.Ordinal) { "not", "never", "pas", "jamais", "لم", "لا", "ولم", "ولا", "لن" };

    /// <summary>A negation right before a toll word or its passive auxiliary: "were not killed", "n'ont pas été tués", "had not been killed", "لم يقتل".</summary>
    /// "لم تخسر سوى أربعة", "n'a perdu que quatre" restrict, not deny.
    private static bool Negated(IReadOnlyList<ClaimWord> words, int cue) =>
        (cue > 0 && NegationWords.Contains(words[cue - 1].Text) || cue > 1 && NegationWords.Contains(words[cue - 2].Text) && words[cue - 1].Text is "ete" or "been" or "be")
        && !Enumerable.Range(cue + 1, Math.Max(0, Math.Min(2, words.Count - cue - 1))).Any(k => words[k].Text is "سوي" or "سوى" or "الا" or "que" or "qu" or "except" or "but");

    /// <summary>Plural nouns of the acts of kidnapping: a count right before them counts acts, not people.</summary>
    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal) { "kidnappings", "abductions", "enlevements", "rapts", "disappearances", "disparitions" };

    /// <summary>Those who speak of a toll, counted: witnesses and sources.</summary>
    private static readonly HashSet<string> Speakers = new(StringComparer.Ordinal)
    {
        "temoins", "witnesses", "sources", "شهود", "مصادر", "eyewitnesses",
        // round 25: outlets that report ("plusieurs médias faisant état de morts", "several outlets reported deaths", "عدة وسائل إعلام"): things, never the dead
        "medias", "outlets", "وسائل", "وسايل",
    };

    /// <summary>Words of arrest that the kidnapped vocabulary holds for a security sweep's detainees.</summary>
    private static readonly HashSet<string> Arrests = new(StringComparer.Ordinal) { "توقيف", "اعتقال", "اعتقل", "اعتقلت", "arrested", "arrete", "arretes", "interpelle", "interpelles" };

    /// <summary>Smugglers, traffickers and suspects: their arrest counts no victims.</summary>
    private static readonly HashSet<string> Smugglers = new(StringComparer.Ordinal)
    {
        "مهربا", "مهربين", "المهربين", "مهربون", "تجار", "smugglers", "traffickers", "contrebandiers", "trafiquants", "passeurs",
        // session 9, round 17: suspects arrested ("واعتقلت الشرطة ١٤ مشتبها", "interpellé 14 suspects")
        "مشتبها", "مشتبهين", "مشتبه", "المشتبه", "suspects", "suspect",
    };
}
