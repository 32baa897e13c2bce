namespace Sahel.Diff.Claims;

/// <summary>
/// Who statements are attributed to, and the words that attribute them, in normalised form. Armed groups and
/// named state forces come from the actors lexicon instead; these are the generic words around them.
/// </summary>
internal static class SourceVocabulary
{
    /// <summary>Sources by their generic names. Those marked with a leading '!' attribute on their own ("sources locales:").</summary>
    public static readonly IReadOnlyDictionary<string, (SourceKind Kind, bool Self)> Sources = Build(new Dictionary<SourceKind, string[]>
    {
        [SourceKind.ArmyOrGovernment] =
        [
            "armee", "armees", "etat major", "etat major general des armees", "gouvernement", "ministere", "ministre", "autorites", "dirpa", "porte parole", "presidence", "gouverneur",
            "army", "military", "government", "ministry", "minister", "authorities", "officials", "official", "spokesman", "spokesperson", "junta", "governor", "defence ministry", "defense ministry",
            "!bilan officiel", "!official toll", "!official figures", "!source officielle", "!official source", "!مصدر رسمي", "!مصادر رسميه",
            "bamako", "ouagadougou", "niamey", "n djamena", "ndjamena", "nouakchott", "باماكو", "واغادوغو", "نيامي", "انجامينا", "نواكشوط",
            "الجيش", "جيش", "الحكومه", "وزاره", "وزير", "السلطات", "سلطات", "هيئه الاركان", "الاركان", "مسؤول", "مسؤولون", "مسؤولين", "الناطق", "متحدث", "المتحدث", "الرئاسه", "حاكم", "والي",
        ],
        [SourceKind.LocalSources] =
        [
            "!sources locales", "!source locale", "!local sources", "!local source", "!sources communautaires", "!community sources", "!مصادر محليه", "!مصدر محلي", "!مصادر اهليه", "!source municipale", "!sources municipales",
            "municipal official", "municipal officials", "responsable municipal", "transporteurs", "union officials", "transport union", "transport union officials", "نقابه الناقلين", "رعاه", "rescapes",
            "habitants", "residents", "temoins", "temoin", "elus locaux", "elu local", "elu", "elus", "conseiller municipal", "conseillers municipaux", "notables", "survivants", "familles", "proches", "maire", "chef de village", "responsable local", "responsables locaux",
            "witnesses", "witness", "local officials", "local official", "survivors", "families", "relatives", "mayor", "village chief", "community leaders", "elders",
            "سكان", "السكان", "شهود", "شاهد", "اعيان", "ناجين", "ناجون", "الناجين", "عائلات", "ذوو", "ذوي", "اهالي", "مسؤول محلي", "مسؤولون محليون", "منتخب محلي", "منتخبون محليون",
        ],
        [SourceKind.SecuritySources] =
        [
            "!source securitaire", "!sources securitaires", "!source militaire", "!sources militaires", "!security source", "!security sources", "!military source", "!military sources",
            "!مصدر امني", "!مصادر امنيه", "!مصدر عسكري", "!مصادر عسكريه", "!source proche de l armee",
        ],
        [SourceKind.Hospital] =
        [
            "hopital", "!source hospitaliere", "!sources hospitalieres", "!source medicale", "!sources medicales", "medecin", "medecins",
            "hospital", "!medical source", "!medical sources", "doctor", "doctors",
            "مستشفى", "المستشفى", "!مصادر طبيه", "!مصدر طبي", "طبيب", "اطباء",
        ],
        [SourceKind.UnOrNgo] =
        [
            "onu", "nations unies", "ocha", "hcr", "unhcr", "unicef", "ong", "msf", "medecins sans frontieres", "cicr", "croix rouge", "human rights watch", "amnesty", "amnesty international",
            "united nations", "ngo", "icrc", "red cross", "doctors without borders", "observatoire",
            "الامم المتحده", "منظمه", "الصليب الاحمر", "مفوضيه", "اطباء بلا حدود",
        ],
        [SourceKind.Media] =
        [
            "afp", "reuters", "associated press", "agence", "agency", "media", "medias", "journal", "television", "radio", "amaq", "عماق", "اعماق",
            "وكاله", "قناه", "وسائل اعلام", "وسائل الاعلام", "اذاعه",
        ],
        [SourceKind.Unattributed] =
        [
            "!sources", "!source", "!مصادر", "!مصدر", "!sources concordantes",
        ],
    });

    /// <summary>Words naming the group just mentioned: "le groupe", "the group", "الجبهة".</summary>
    public static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "groupe", "front", "mouvement", "coalition", "group", "movement", "alliance", "الجبهه", "جبهه", "الجماعه", "التنظيم", "الحركه", "تنظيم",
    };

    /// <summary>Words that deny the verb they precede: "un bilan que l'état-major n'avait pas confirmé" attributes nothing to it.</summary>
    public static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "pas", "jamais", "not", "never", "didn", "hasn", "haven", "لم", "لا", "لن",
    };

    /// <summary>The source follows: "selon l'armée", "according to", "بحسب".</summary>
    public static readonly IReadOnlyDictionary<string, bool> Prepositions = ClaimVocabulary.Set(
        "selon", "d apres", "a en croire", "de source", "de sources", "cite par", "citant", "according to", "citing", "quoting", "حسب", "وفقا", "وفق", "نقلا عن", "طبقا");

    /// <summary>The source is the subject, before (French, English) or after (Arabic, "said the army").</summary>
    public static readonly IReadOnlyDictionary<string, bool> Verbs = ClaimVocabulary.Set(
        "annonce", "annoncent", "affirme", "affirment", "indique", "indiquent", "rapporte", "rapportent", "declare", "declarent", "precise", "precisent",
        "assure", "assurent", "fait etat", "font etat", "parle", "parlent", "evoque", "evoquent", "confirme", "confirment", "signale", "signalent",
        "reconnait", "dement", "denonce", "revendique", "revendiquent", "avance", "avancent", "recense", "recensent", "compte", "comptent", "denombre",
        "said", "says", "say", "reported", "reports", "announced", "announces", "stated", "claimed", "claims", "told", "confirmed", "put", "puts", "counted", "gave", "denied",
        "describes", "describe", "described", "speaks", "speak", "spoke", "insists", "added",
        "قال", "قالت", "افاد", "افادت", "اعلن", "اعلنت", "تعلن", "يعلن", "ذكر", "ذكرت", "اكد", "اكدت", "تؤكد", "يؤكد", "اوضح", "اوضحت",
        "يتحدث", "تتحدث", "تحدث", "تحدثت", "اشار", "اشارت", "تبنى", "تبنت", "نفى", "نفت", "تقول", "يقول", "احصى", "احصت", "زعم", "زعمت", "ادعى", "ادعت", "اضاف", "اضافت", "اضافوا", "قالوا");

    /// <summary>Arabic participles that attribute to the subject of the sentence: "…, معلنا مقتل ثلاثة", "متحدثة عن نحو ١٥ قتيلا".</summary>
    public static readonly IReadOnlyDictionary<string, bool> Participles = ClaimVocabulary.Set(
        "معلنا", "معلنه", "مدعيا", "مدعيه", "مؤكدا", "مؤكده", "مشيرا", "مشيره", "متحدثا", "متحدثه", "مضيفا", "مضيفه", "affirmant", "annoncant", "assurant", "precisant", "saying", "claiming");

    /// <summary>The source named just before: "indique la même source", "selon le communiqué", "بحسب البيان نفسه".</summary>
    public static readonly IReadOnlyDictionary<string, bool> SameSource = ClaimVocabulary.Set(
        "meme source", "same source", "المصدر نفسه", "نفس المصدر", "المصدر ذاته", "le communique", "le texte", "the statement", "البيان");

    /// <summary>A statement whose issuer is nearby: "communiqué de l'armée", "FLA statement", "بيان الجبهة".</summary>
    public static readonly IReadOnlyDictionary<string, bool> Statements = ClaimVocabulary.Set(
        "communique", "communiques", "declaration", "statement", "statements", "بيان", "البيان", "تصريح", "تصريحات");

    private static Dictionary<string, (SourceKind, bool)> Build(Dictionary<SourceKind, string[]> byKind)
    {
        var words = new Dictionary<string, (SourceKind, bool)>(StringComparer.Ordinal);
        foreach (var (kind, list) in byKind)
            foreach (var word in list)
                words.TryAdd(Sahel.Normalize.TextNormalizer.Normalize(word.TrimStart('!')), (kind, word.StartsWith('!')));
        return words;
    }
}
