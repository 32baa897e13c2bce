namespace Sahel.Diff.Claims;

/// <summary>How a count is said: its qualifiers before and after, number words, approximate and vague counts.</summary>
internal static partial class ClaimVocabulary
{
    /// <summary>Before a count: "au moins 12", "at least 12", "ما لا يقل عن 12".</summary>
    public static readonly PhraseVocabulary<string> QualifierBefore = Build(new Dictionary<string, string[]>
    {
        ["at-least"] = ["au moins", "au minimum", "pas moins de", "at least", "no fewer than", "no less than", "not fewer than", "not less than", "a minimum of", "ما لا يقل عن", "لا يقل عن", "على الاقل"],
        // "the toll exceeded eighty", "pourrait dépasser quarante", "تجاوز ثمانين": more than the count.
        ["more-than"] = ["plus de", "plus d", "depasse", "depasser", "depassent", "exceeded", "exceed", "exceeds", "top", "topped", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "more than", "over", "above", "upwards of", "اكثر من", "ازيد من", "ما يزيد عن", "ما يزيد على", "يزيد عن"],
        ["about"] = ["environ", "pres de", "quelque", "about", "around", "nearly", "almost", "roughly", "approximately", "some", "نحو", "حوالي", "قرابه", "زهاء", "ما يقارب", "ما يناهز", "قرابة",
            // the paradigm of estimates: "an estimated 20", "autour de", "close to", "عدد المخطوفين يقارب ١٢٠",
            // the verb in every person (يقارب/تقارب/يقاربون/يناهز), "ما يقرب من", the spelling "حوالى"
            "an estimated", "an approximate", "close to", "in the region of", "approximativement", "a peu pres", "autour de", "aux alentours de",
            "pres d", "يقارب", "تقارب", "يقاربون", "يناهز", "يناهزون", "تناهز", "ما يقرب من", "يقرب من", "حوالى",
            // session 8: a rival estimate said as nearness ("puts the figure closer to 20", "plus proche de 20", "أقرب إلى ٢٠")
            "closer to", "nearer to", "nearer", "plus proche de", "plus pres de", "اقرب الى"],
        // (not a speaker's own "estime à 13 le nombre", "estimated 20 died": the verb of the one who counts, an exact figure)
        ["at-most"] = ["au plus", "jusqu a", "up to", "at most", "as many as", "حتى",
            // session 8: a ceiling said with a negated verb or "no more than" ("ne dépasse pas", "does not exceed", "لا يتجاوز")
            "tout au plus", "at the most", "no more than", "not more than", "ne depasse pas", "n excede pas", "does not exceed", "did not exceed",
            "لا يتجاوز", "لا تتجاوز", "لم يتجاوز", "لم تتجاوز", "لا يزيد عن", "لا يزيد على", "لا تزيد عن"],
        ["fewer-than"] = ["moins de", "fewer than", "less than", "اقل من"],
    });

    /// <summary>After a count: "١٢ جنديا على الأقل", "12 or more".</summary>
    public static readonly PhraseVocabulary<string> QualifierAfter = Build(new Dictionary<string, string[]>
    {
        // "19 morts au moins", "20 soldiers at least": read after a count only when no other count follows it (NumberPhrases)
        ["at-least"] = ["على الاقل", "or more", "et plus", "au moins", "at least", "au minimum", "pour le moins"],
        // "20 assailants or so", "٣٠ قتيلا تقريبا", "une trentaine de morts environ": an estimate said after its count
        ["about"] = ["or so", "environ", "تقريبا", "a peu pres"],
    });

    /// <summary>
    /// Words for numbers, as exact values, keyed by their normalised form (Arabic hamza seats fold away: مئة → ميه).
    /// Arabic in every gender and case (ثلاث/ثلاثة، اثنان/اثنين/اثنتان/اثنتين، عشرون/عشرين), the hundreds written as
    /// one word or two (ثلاثمائة، ثلاث مئة، مئتان), the thousands (ألف، ألفان، آلاف); French and English to a thousand.
    /// Multipliers (100, 1000) multiply what comes before them in <see cref="NumberPhrases"/>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> Cardinals = Normalised(new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10,
        ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["trente"] = 30,
        ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60, ["cent"] = 100, ["cents"] = 100, ["vingts"] = 20, ["mille"] = 1000,
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["thousand"] = 1000,
        ["اثنان"] = 2, ["اثنين"] = 2, ["اثنتان"] = 2, ["اثنتين"] = 2, ["ثلاثة"] = 3, ["ثلاث"] = 3, ["أربعة"] = 4, ["أربع"] = 4, ["خمسة"] = 5, ["خمس"] = 5, ["ستة"] = 6, ["ست"] = 6,
        ["سبعة"] = 7, ["سبع"] = 7, ["ثمانية"] = 8, ["ثماني"] = 8, ["ثمان"] = 8, ["تسعة"] = 9, ["تسع"] = 9, ["عشرة"] = 10, ["عشر"] = 10,
        ["عشرون"] = 20, ["عشرين"] = 20, ["ثلاثون"] = 30, ["ثلاثين"] = 30, ["أربعون"] = 40, ["أربعين"] = 40, ["خمسون"] = 50, ["خمسين"] = 50, ["ستون"] = 60, ["ستين"] = 60,
        ["سبعون"] = 70, ["سبعين"] = 70, ["ثمانون"] = 80, ["ثمانين"] = 80, ["تسعون"] = 90, ["تسعين"] = 90,
        ["مئة"] = 100, ["مائة"] = 100, ["مئه"] = 100, ["مائه"] = 100, ["مئتان"] = 200, ["مئتين"] = 200, ["مائتان"] = 200, ["مائتين"] = 200, ["مئتا"] = 200, ["مائتا"] = 200, ["مئتي"] = 200, ["مائتي"] = 200,
        ["ثلاثمئة"] = 300, ["ثلاثمائة"] = 300, ["أربعمئة"] = 400, ["أربعمائة"] = 400, ["خمسمئة"] = 500, ["خمسمائة"] = 500, ["ستمئة"] = 600, ["ستمائة"] = 600,
        ["سبعمئة"] = 700, ["سبعمائة"] = 700, ["ثمانمئة"] = 800, ["ثمانمائة"] = 800, ["ثمانيمئة"] = 800, ["ثمانيمائة"] = 800, ["تسعمئة"] = 900, ["تسعمائة"] = 900,
        ["ألف"] = 1000, ["ألفا"] = 1000, ["آلاف"] = 1000, ["ألفان"] = 2000, ["ألفين"] = 2000, ["ألفي"] = 2000,
        // round 34: the feminine units in the indefinite accusative, as a verb's object before a feminine noun ("خطفوا أربعًا
        // وعشرين تلميذة", "خمسًا وعشرين طالبة"): the tanwin's alif stays after normalising, so the compound read only its tens
        ["ثلاثا"] = 3, ["أربعا"] = 4, ["خمسا"] = 5, ["ستا"] = 6, ["سبعا"] = 7, ["ثمانيا"] = 8, ["تسعا"] = 9,
    });

    /// <summary>The keys of a word table as the sentence reader writes words (<see cref="Sahel.Normalize.TextNormalizer"/>).</summary>
    private static Dictionary<string, int> Normalised(Dictionary<string, int> words)
    {
        var normalised = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, value) in words)
            normalised.TryAdd(Sahel.Normalize.TextNormalizer.Normalize(word), value);
        return normalised;
    }

    /// <summary>"une vingtaine", "a dozen": about this many.</summary>
    public static readonly IReadOnlyDictionary<string, int> Approximate = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["dizaine"] = 10, ["douzaine"] = 12, ["quinzaine"] = 15, ["vingtaine"] = 20, ["trentaine"] = 30, ["quarantaine"] = 40,
        ["cinquantaine"] = 50, ["soixantaine"] = 60, ["centaine"] = 100, ["dozen"] = 12,
    };

    /// <summary>Counts without a number: "des dizaines", "dozens", "عشرات", "plusieurs". Session 9, round 16: not "many" or "de
    /// nombreux" ("and many are wounded", "de nombreux morts"), which no labelled story counts as a toll (two extras of fresh6, in two
    /// languages; no right toll of dev read through them).</summary>
    public static readonly PhraseVocabulary<string> Vague = Build(new Dictionary<string, string[]>
    {
        ["dozens"] = ["dizaines", "dozens", "scores", "عشرات", "العشرات"],
        ["hundreds"] = ["centaines", "hundreds", "مئات", "المئات"],
        ["several"] = ["plusieurs", "several", "quelques", "a few", "numerous", "عده", "عدد من", "عددا من", "بعض", "عددا اخر", "عدد اخر"],
    });
}
