namespace Sahel.Diff.Claims;

/// <summary>
/// Session 11, round 21: the classes of speakers the source vocabulary does not name, by the HEAD noun of the phrase
/// (fr/en/ar), after the ClaimsSet README's "Source kinds, case by case". Read only by the structural fallback of
/// <see cref="SourceFinder"/> (SourceFinder.UnknownSpeakers.cs), where a reporting verb, "selon/according to/بحسب" or a
/// document's owner governs the phrase; a head here is never a source on its own.
/// </summary>
internal static class UnknownSpeakerKinds
{
    /// <summary>Head nouns (and the few heads that need their complement) by the kind of source they speak as.</summary>
    public static readonly PhraseVocabulary<SourceKind> Heads = Build(new Dictionary<SourceKind, string[]>
    {
        // clusters are led by UN agencies (the README's dev10 decision); an under-secretary-general, the humanitarian
        // coordinator speak for the UN
        [SourceKind.Un] =
        [
            "cluster", "clusters", "health cluster", "protection cluster", "cluster sante", "cluster protection",
            "مجموعه الحمايه", "مجموعه الصحه", "مجموعه الحمايه العالميه", "مجموعه الصحه العالميه",
            "under secretary general", "under secretary", "sous secretaire general", "secretaire general adjoint",
            "وكيل الامين العام", "وكيله الامين العام", "humanitarian coordinator", "coordonnateur humanitaire", "coordinatrice humanitaire", "المنسق الانساني", "المنسقه الانسانيه",
        ],
        // the people themselves and their institutions: a firm (insurer, operator, company) on its staff or clients, a
        // university on its students, a committee (of a camp, of refugees, of a village), a candidate, a traditional ruler
        [SourceKind.Local] =
        [
            "compagnie", "assureur", "assureurs", "operateur", "firme", "insurer", "insurers", "operator", "firm", "insurance company",
            "شركه", "شركات", "شركه تامين", "شركه اتصالات", "الشركه",
            "universite", "faculte", "university", "جامعه", "الجامعه", "كليه",
            "comite", "comites", "committee", "لجنه", "اللجنه",
            // session 12, round 23: a cooperative is its members' own association (the README's "community association" row)
            "cooperative", "cooperatives", "co operative", "تعاونيه", "التعاونيه",
            "candidat", "candidate", "مرشح", "المرشح",
            // session 12, round 23: an elected member of parliament (the README's row "an elected MP or senator"); the Arabic
            // "نائب" only with its constituency or house (alone it is also a deputy commander or a vice-president)
            "depute", "deputee", "deputes", "senateur", "senatrice", "lawmaker", "lawmakers", "senator", "member of parliament", "opposition mp",
            "نائب عن", "النائب عن", "نائب في البرلمان", "نائبه عن", "نائب برلماني",
            "sultan", "lamido", "shehu", "السلطان", "سلطان",
            // session 12, round 23: the clergy's councils (the README's row "imam, council of imams, ulema") and village heads in the plural
            "conseil islamique", "haut conseil islamique", "islamic council", "supreme council for islamic affairs", "council of ulema", "council of imams",
            "village heads", "village chiefs", "traditional rulers", "heads of villages",
            "النقابه", "نقابه", "الاتحاد المحلي",
            // a victim's kin by name of kinship, as "his family" ("son fils", "his widow", "نجله"); a school's head
            // session 12, round 24: a pupil's parent in the singular ("A parent, X, told reporters")
            "parent",
            "fils", "fille", "frere", "soeur", "veuve", "epouse", "his son", "her son", "their son", "daughter", "brother", "sister", "widow", "wife", "headmistress",
            "نجله", "ابنه", "ابنته", "شقيقه", "شقيقته", "اخوه", "اخته", "ارملته", "زوجته", "نجل", "شقيق",
        ],
        // session 12, round 23: a health district and its staff (the README's row "a health centre's or health district's staff")
        [SourceKind.Hospital] =
        [
            "health district", "district sanitaire", "district de sante", "centre de sante", "health centre", "health center", "المنطقه الصحيه", "منطقه صحيه",
        ],
        // one who counts on his own: a researcher, an analyst, a think tank (the table: consultancy, think tank, analyst)
        [SourceKind.Ngo] =
        [
            "chercheur", "chercheuse", "analyste", "researcher", "analyst", "think tank",
            "الباحث", "باحث", "الباحثه", "باحثه", "مركز دراسات", "مركز ابحاث",
            // session 12, round 24: researchers in the plural and the research body by its head noun ("Researchers at the X Institute
            // estimate", "selon l'institut X", "وبحسب مشروع بيانات …"), and the conflict-data monitor the dev writers cite by name
            // (ACLED, in two writers' stories; the README's row "consultancy, think tank, analyst, researcher")
            "researchers", "chercheurs", "chercheuses", "analysts", "analystes", "الباحثون", "الباحثين", "باحثون", "باحثين",
            "institute", "institut", "research institute", "institut de recherche", "معهد", "المعهد", "معهد ابحاث", "معهد دراسات",
            "data project", "research project", "projet de donnees", "مشروع بيانات", "acled", "اكليد",
        ],
    });

    /// <summary>
    /// Verbs of telling the source vocabulary does not hold: recording and noting ("records", "a relevé", "سجلت"), recalling,
    /// writing, confiding, and reacting by condemning or mourning ("ندد", "نعت": who condemns or mourns tells the toll).
    /// </summary>
    public static readonly PhraseVocabulary<bool> ReportingVerbs = ClaimVocabulary.Set(
        "records", "recorded", "notes", "noted", "recalled", "recalls", "wrote", "writes", "flagged", "flags", "lists", "listed", "logged", "mourned", "mourns", "condemned", "condemns",
        "rappelle", "rappele", "rappelait", "confie", "lance", "ecrit", "ecrivent", "souligne", "releve", "note", "mentionne", "deplore", "temoigne", "fait lire", "a cite", "ont cite", "cited",
        "ندد", "نددت", "نعى", "نعت", "ادان", "ادانت", "سجل", "سجلت", "وثق", "وثقت", "يقدر", "تقدر", "رصد", "رصدت", "وثقوا", "سجلوا", "رصدوا", "نددوا");

    /// <summary>
    /// People an association gathers, which make it the people's own (community, traders, herders, women, youth, victims:
    /// `local` by the README's table) and not a rights or aid association (`ngo`): "l'association des femmes commerçantes",
    /// "the market women's association", "جمعية تاجرات السوق".
    /// </summary>
    public static readonly HashSet<string> AssociatedPeople = new(StringComparer.Ordinal)
    {
        "femmes", "commercantes", "commercants", "eleveurs", "agriculteurs", "cultivateurs", "pecheurs", "jeunes", "parents", "victimes", "ressortissants", "marche", "vendeuses",
        "women", "market", "traders", "herders", "farmers", "fishermen", "youth", "parents", "victims", "vendors",
        "نساء", "النساء", "تاجرات", "التاجرات", "تجار", "التجار", "مزارعين", "المزارعين", "مزارعي", "صيادي", "مربي", "رعاه", "الرعاه", "شباب", "الشباب", "ضحايا", "الضحايا", "صيادين", "الصيادين", "السوق",
        // session 14, round 28: an ethnic community's association ("une association peule", "les associations de la communauté
        // peule", "a Fulani association", "جمعية للفولاني"): four writers (dev13–dev16) label it `local`, the table's community row
        "communaute", "communautes", "community", "communities", "peul", "peule", "peuls", "peules", "peulh", "fulani", "fulbe",
        "الفولاني", "الفولانيه", "الفولانيين", "للفولاني", "الفلاني", "الفلانيين",
        // session 17, round 37: herders in Arabic with the article ("رئيس جمعية المربين"), gold panners ("a gold-panners'
        // association", "Gold panners' association says")
        "المربين", "مربين", "panners",
    };

    /// <summary>
    /// Session 14, round 28: words of a rights association, which stays an NGO whatever people it defends ("a Fulani rights
    /// association", "une association peule de défense des droits humains", "جمعية حقوقية").
    /// </summary>
    public static readonly HashSet<string> RightsWords = new(StringComparer.Ordinal) { "rights", "droits", "حقوق", "لحقوق", "الحقوق", "حقوقيه" };

    /// <summary>
    /// Session 15, round 30: bodies that are no part of the state, whose official speaks as a local ("مسؤول في المدرسة", "an
    /// official of the truck drivers' union", "la présidence de l'Université", "a university official"): a school, a university,
    /// a union, a company, a club, a cooperative (the table's rows "trade union, company, sports club" and a school's staff).
    /// </summary>
    public static readonly HashSet<string> NonStateBodies = new(StringComparer.Ordinal)
    {
        "ecole", "lycee", "universite", "syndicat", "compagnie", "entreprise", "club", "cooperative",
        "school", "university", "union", "company", "firm", "club", "cooperative",
        "مدرسه", "المدرسه", "بالمدرسه", "جامعه", "الجامعه", "بالجامعه", "نقابه", "النقابه", "بالنقابه", "شركه", "الشركه", "بالشركه", "نادي", "النادي", "تعاونيه", "التعاونيه",
    };

    /// <summary>The bodies of <see cref="NonStateBodies"/> that stand before an official in English ("a school official"; not "a European Union official").</summary>
    public static readonly HashSet<string> NonStateModifiers = new(StringComparer.Ordinal) { "school", "university", "company", "club" };

    /// <summary>Titles in an organisation, after a possessive ("sa présidente", "its chairman"): the organisation speaks.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "president", "presidente", "secretaire", "tresorier", "tresoriere", "chairman", "chairwoman", "chairperson", "chair", "secretary", "leader",
    };

    /// <summary>The Arabic titles with the possessive attached: "رئيسها", "رئيسته", "أمينها العام".</summary>
    public static readonly HashSet<string> PossessedTitles = new(StringComparer.Ordinal) { "رئيسها", "رئيسه", "رئيستها", "رئيسته", "رئيسهم", "امينها", "امينه" };

    /// <summary>Heads of an association: "association", "جمعية".</summary>
    public static readonly HashSet<string> AssociationHeads = new(StringComparer.Ordinal) { "association", "associations", "جمعيه", "الجمعيه" };

    /// <summary>Documents a speaker issues: "le rapport de l'assureur", "the committee's letter", "تقرير لشركة".</summary>
    public static readonly HashSet<string> Documents = new(StringComparer.Ordinal)
    {
        "rapport", "note", "lettre", "message", "communique", "bulletin", "report", "letter", "statement", "dashboard",
        "تقرير", "التقرير", "مذكره", "المذكره", "رساله", "الرساله", "بيان",
    };

    private static PhraseVocabulary<SourceKind> Build(Dictionary<SourceKind, string[]> byKind)
    {
        var heads = new PhraseVocabulary<SourceKind>();
        foreach (var (kind, list) in byKind)
            foreach (var head in list)
                heads.AddPhrase(Sahel.Normalize.TextNormalizer.Normalize(head), kind);
        return heads;
    }
}
