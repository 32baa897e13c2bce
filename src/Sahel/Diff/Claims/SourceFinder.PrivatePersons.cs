namespace Sahel.Diff.Claims;

/// <summary>
/// Session 18, round 39: private persons as the speaker a cue governs. The labelling rules give a private person (a
/// resident, a witness, a passenger, a trader, a farmer, a teacher, a relative) `local`; the reading knew such a person as a
/// speaker only as the subject opening its clause before the verb ("un pêcheur … affirme", "Farmers in the area say"), so a
/// figure told "selon des passagers", "according to travellers", "a raconté un agriculteur", "قال أحد المسافرين" or "حسب ما
/// أكده أحد أقاربهم" took no source. This is the structural fallback's (SourceFinder.UnknownSpeakers.cs) last class of heads:
/// read only where a cue of telling governs the phrase and the reading gave that cue no speaker, never as a source on its own.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>
    /// The class of private persons, singular and plural, in fr/en/ar: travellers and passengers, drivers and transporters,
    /// traders and shopkeepers, farmers, herders, fishermen, miners, teachers and pupils, neighbours, villagers, survivors,
    /// civilians, listeners, relatives by a possessed plural; beside the clause-opening lists (PersonNouns, PluralPersons),
    /// which they include. Not a worker or an employee (aid, health and UN workers speak as their employer), not "رجل" (a
    /// "رجل أمن" is security), not "طالب" (also the verb "demanded"), not "مدرسه" (also "school").
    /// </summary>
    private static readonly string[] MorePrivatePersons =
    [
        "voyageur", "voyageuse", "voyageurs", "voyageuses", "passageres", "conducteur", "conducteurs", "transporteur", 
        "commercantes", "marchand", "marchande", "marchands", "marchandes", "boutiquiers", "vendeur", "vendeuse", "vendeurs", "vendeuses",
        "agricultrice", "agricultrices", "pecheuse", "eleveuse", "bergere", "orpailleuse", "orpailleurs", "enseignantes", "instituteur", "institutrice",
        "instituteurs", "etudiant", "etudiante", "etudiants", "etudiantes", 
        "survivant", "survivante", "rescapees", "auditeurs", "auditrices", "temoin oculaire", "temoins oculaires",
        "traveller", "traveler", "trucker", "truckers", "merchant", "merchants", "shopkeepers", "vendor", "vendors", "herdsmen", "shepherd", "shepherds",
        "fisherwoman", "gold miner", "gold miners", "teachers", "pupil", "pupils", "student", "students", "neighbour", "neighbours", "neighbor", "neighbors",
        "villager", "eyewitness", "eyewitnesses", "listeners", "callers", "motorist", "motorists",
        "مسافر", "المسافر", "مسافرون", "المسافرون", "المسافرين", "راكب", "الراكب", "الركاب", "السائقين", "السائقون", "تاجر", "التاجر", "تاجره", "تاجرات", "التجار",
        "بائع", "باعه", "مزارع", "المزارع", "المزارعين", "المزارعون", "فلاح", "فلاحون", "فلاحين", "راعي", "الراعي", "الرعاه", "صياد", "الصياد", "الصيادين",
        "منقب", "المنقبين", "معلمه", "معلمات", "المعلمات", "معلمين", "مدرس", "مدرسون", "مدرسين", "تلميذ", "تلاميذ", "التلاميذ", "طلاب", "الطلاب",
        "جيران", "الجيران", "قروي", "القرويين", "ناج", "ناجيه", "مستمع", "مستمعون", "مستمعين", "المستمعين", "شاهد عيان", "شهود عيان",
        "اقاربهم", "اقاربهن", "اقاربنا", "اقارب الضحايا", "امراه", "شاب", "شبان",
    ];

    // built on first use: the clause-opening lists it includes are initialised in other files of this partial class
    private static PhraseVocabulary<SourceKind>? _privatePersonHeads;

    private static PhraseVocabulary<SourceKind> PrivatePersonHeads => _privatePersonHeads ??= BuildPrivatePersons(MorePrivatePersons);

    /// <summary>
    /// Words of the clause-opening lists that are also adjectives or other people's words once they stand anywhere in a
    /// phrase ("un jeune officier", "des mineurs" = minors, fighter "chasseurs", "workers" of an aid group or a hospital).
    /// </summary>
    private static readonly HashSet<string> NotPrivateHeads = new(StringComparer.Ordinal)
    {
        "jeune", "jeunes", "homme", "man", "mere", "pere", "mother", "father", "mineurs", "ouvriers", "workers", "chasseurs", "hunters", "vigilantes", "miliciens", "youths",
    };

    private static PhraseVocabulary<SourceKind> BuildPrivatePersons(string[] more)
    {
        var heads = new PhraseVocabulary<SourceKind>();
        foreach (var word in PersonNouns.Concat(PluralPersons).Where(w => !NotPrivateHeads.Contains(w)).Concat(more))
            heads.AddPhrase(Sahel.Normalize.TextNormalizer.Normalize(word), SourceKind.Local);
        return heads;
    }

    /// <summary>A private person at <paramref name="k"/> as a `local` mention, else null (the fallback's last class of heads).</summary>
    /// <remarks>
    /// Not a noun governed by another noun ("le massacre de bergers", "the killing of farmers"): that one is the head.</remarks>
    private static Mention? PrivatePersonAt(IReadOnlyList<ClaimWord> words, int k) =>
        PhraseMatch.At(words, k, PrivatePersonHeads) is { } head && !(k > 0 && words[k - 1].Text is "de" or "d" or "du" or "of")
            ? new Mention(head.Value, null, k, k + head.Length - 1, false) : null;

    /// <summary>
    /// An indefinite article right after an inverted verb of telling, before a private person ("…, a raconté un agriculteur",
    /// "…, said a passenger"): the inverted subject the definite articles already open, for the person met by the reporter.
    /// </summary>
    private static bool IndefiniteInverted(IReadOnlyList<ClaimWord> words, int k) =>
        words[k].Text is "un" or "une" or "des" or "a" or "an" or "one" && k + 1 < words.Count && PrivatePersonAt(words, k + 1) is not null
        // "said a driver was wounded": an English verb's object clause needs no "that"; its subject has a verb after it
        && !Enumerable.Range(k + 2, Math.Max(0, Math.Min(4, words.Count - k - 2))).Any(j => words[j].Text is "was" or "were" or "is" or "are" or "had" or "has" or "have" or "been" or "would" or "will");
}
