namespace Sahel.Diff.Claims;

/// <summary>
/// The words of denial: having no part in the deed (<see cref="HavingNoPart"/>, read by the denial cues and as a denial
/// with no verb), the verbs and participles of denying and disowning, the accusation a denial answers, what a denial is
/// about (<see cref="DenialObjects"/>) and what it points back at. <see cref="HavingNoPart"/> is declared first: static
/// fields are set in the order written.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// Having no part in the deed, said by the one who had none: denial cues (<see cref="DenyCues"/>) and denials that
    /// need no verb (<see cref="ImplicitDenials"/>). Declared first: static fields are set in the order written.
    /// </summary>
    private static readonly string[] HavingNoPart =
    [
        "rien a voir", "pour rien dans", "pas implique", "pas impliquee", "pas impliques", "pas impliquees", "aucun lien avec", "aucune part",
        "pas etre implique", "pas etre impliquee", "pas etre impliques", "pas etre impliquees", "pas ete implique", "pas ete impliquee", "pas ete impliques",
        "not involved", "no role in", "no part in", "no hand in", "no involvement in", "no link to", "no links to", "no connection to", "no connection with", "no ties to",
        "لا علاقة لها", "لا علاقة له", "لا علاقة لهم", "لا صلة لها", "لا صلة له", "لا صلة لهم", "ليس لها علاقة", "ليست لها علاقة", "ليس لها أي علاقة", "ليست لها أي علاقة",
        "لا دخل لها", "لا دخل له", "لا يد لها", "لا يد له", "لم تكن لها يد", "لم يكن له يد",
        // not being the one responsible: "said it was not behind", "n'est pas responsable", "أنها غير مسؤولة"
        "not behind", "not responsible", "pas responsable", "pas responsables", "pas derriere", "غير مسؤولة", "غير مسؤول", "ليست مسؤولة", "ليس مسؤولا",
        // the alibi: "his men were nowhere near the village", "n'étaient pas sur les lieux", "has no fighters in the area", "لا وجود لعناصرها في"
        // Session 10, round 18: the rest of the French cells ("ne rien avoir à voir avec", "n'a rien à faire avec", "affirme ne rien
        // avoir à faire avec") and being absent ("nos combattants n'étaient pas présents", "were not present")
        "rien avoir a voir", "rien a faire avec", "rien avoir a faire", "pas presents", "pas presentes", "pas present", "not present",
        "nowhere near", "were not in the area", "was not in the area", "has no fighters in", "had no fighters in", "has no presence in", "had no presence in",
        "pas sur les lieux", "pas sur place", "aucun element dans", "aucune presence dans", "لا وجود لها في", "لا وجود لعناصرها", "لا وجود لعناصره", "لم يكونوا في المنطقة",
        // Session 9, round 16: innocence, in each language ("said it was innocent of the killings", "se dit innocente de ce
        // massacre", "قالت إنها بريئة من دماء القرويين"): who says so, the last named before, denies
        "innocent of", "innocente de", "innocent de", "innocents de", "innocentes de", "innocente du", "innocent du", "innocents du",
        "بريئه من", "بريء من", "بريئون من", "بريئين من", "براءتها من", "براءته من", "براءتهم من"
    ];

    private static readonly PhraseVocabulary<bool> DenyCues = ClaimVocabulary.Set([
        "dement", "dementent", "dementi", "nie", "nient", "rejette", "rejettent", "rejete", "rejetant",
        "denied", "denies", "deny", "denying", "rejected", "rejects", "rejecting", "refute", "refutent", "refuted", "refutes",
        "نفى", "نفت", "ينفي", "تنفي", "نافيا", "نافيه", "انكر", "انكرت", "ينكر", "تنكر", "انكروا", "منكرا",
        "dismissed", "dismisses", "dismissing", "conteste", "contestent", "رفض", "رفضت", "يرفض", "ترفض", "رافضا", "رافضه",
        "تبرا", "تبرات", "يتبرا", "تتبرا", "تبراوا", "desavoue", "desavouent", "disowned", "disavowed", "distanced",
        // saying one had no part in it: "se dit étrangère à ces meurtres", "said it had nothing to do with"
        "dit etranger", "dit etrangere", "disent etrangers", "disent etrangeres", "declare etranger", "declare etrangere", "declarent etrangers", "nothing to do with",
        // the rest of the paradigm: "niant", "récuse", "se défend d'avoir", "repudiated", "كذّبت الحركة الاتهامات"
        "niant", "recuse", "recusent", "recusant", "se defend", "se defendent", "s est defendu", "s est defendue", "repudiated", "repudiates", "كذبت", "كذب", "يكذب", "تكذب",
        // Session 6, the denial as a paradigm. The French imperfect and participles ("rejetait", "démentaient", "contestant");
        // parting ways with the deed ("se démarque de", "s'est désolidarisé de", "décline toute responsabilité"); English
        // "disclaimed", "rebutted", "distances itself"; Arabic "دحض", "فنّد", "نأى بنفسه", and the verb with the denied thing
        // as a suffix ("وهو ما نفاه الجيش")
        "dementait", "dementaient", "dementant", "niait", "niaient", "rejetait", "rejetaient", "refutait", "refutaient", "refutant",
        // Session 7: the infinitives ("continue de nier que ses soldats aient tiré", "refuse de démentir", "a tenu à réfuter")
        "nier", "dementir", "refuter", "rejeter", "contester", "recuser",
        "contestait", "contestaient", "contestant", "recusait", "recusaient",
        // the past participle agreeing with the accusations in the passive: "les accusations ont été rejetées par le FLA"
        "rejetee", "rejetees", "rejetes", "dementie", "dementies", "dementis", "refutee", "refutees", "contestee", "contestees", "recusees",
        "se demarque", "se demarquent", "s est demarque", "s est demarquee", "se sont demarques", "se sont demarquees",
        "se desolidarise", "se desolidarisent", "s est desolidarise", "s est desolidarisee", "se sont desolidarises", "decline toute", "declinent toute", "declinait toute",
        "disclaimed", "disclaims", "disclaiming", "rebutted", "rebuts", "distances", "distancing",
        "دحض", "دحضت", "يدحض", "تدحض", "فند", "فندت", "يفند", "تفند", "نفوا", "ينفون", "ينفيان", "تنفيان",
        "نفاه", "نفته", "نفاها", "نفتها", "ينفيه", "تنفيه", "ينفيها", "تنفيها", "نفوه", "نفوها",
        "نأى بنفسه", "نأت بنفسها", "ينأى بنفسه", "تنأى بنفسها", "نأوا بأنفسهم", "نأى", "نأت", "ينأى", "تنأى", "نأوا",
        // the noun: "issued a denial of any involvement", "أصدرت نفيا لأي تورط" ("le démenti", "نفي" are the verb's own forms)
        "denial", "نفيا",
        // Session 9, round 16: the rest of the Arabic verbs of denial with the denied thing suffixed, as "نفاه" was ("وهو ما رفضته
        // قيادة الأركان", "ما أنكره الجيش", "وهو ما كذبته الحركة"), and the verbal noun with its pronoun ("نقلت عن مصدر نفيه")
        "رفضه", "رفضته", "رفضها", "رفضتها", "رفضوه", "رفضوها", "يرفضه", "ترفضه", "يرفضها", "ترفضها",
        "انكره", "انكرته", "انكرها", "انكرتها", "انكروه", "ينكره", "تنكره", "ينكرها", "تنكرها",
        "كذبه", "كذبته", "كذبها", "كذبتها", "يكذبه", "تكذبه", "دحضه", "دحضته", "فنده", "فندته",
        "نفيه", "نفيها", "نفيهم",
        // having no part in it, said by the one who had none (ImplicitDenials)
        .. HavingNoPart]);

    /// <summary>
    /// Denials told as having no part in the deed ("said it had nothing to do with", "affirme n'avoir rien à voir avec",
    /// "أكدت أنه لا علاقة لها"): who says so is who denies, however far before in the clause.
    /// </summary>
    private static readonly PhraseVocabulary<bool> ImplicitDenials = ClaimVocabulary.Set(
        ["nothing to do with", .. HavingNoPart]);

    /// <summary>Denials that need no object: "تبرأت الجبهة من الهجوم", "disowned the attack", "désavoue".</summary>
    private static readonly HashSet<string> DisownVerbs = new(StringComparer.Ordinal) { "تبرا", "تبرات", "يتبرا", "تتبرا", "تبراوا", "desavoue", "desavouent", "disowned", "disavowed", "distanced", "etranger", "etrangere", "etrangers", "etrangeres", "with",
        // parting ways with the deed: "se démarque de l'attaque", "نأت بنفسها عن الهجوم", "distances itself from"
        "demarque", "demarquee", "demarquent", "demarques", "demarquees", "desolidarise", "desolidarisee", "desolidarisent", "desolidarises", "distances", "distancing",
        "بنفسه", "بنفسها", "بانفسهم", "ناي", "نات", "يناي", "تناي", "ناوا" };

    /// <summary>The accusation a denial answers, also when named before the verb: "a charge the group flatly rejected".</summary>
    private static readonly HashSet<string> AccusationNouns = new(StringComparer.Ordinal) { "charge", "charges", "accusation", "accusations", "allegation", "allegations", "الاتهامات", "اتهامات", "الاتهام", "الادعاءات", "ادعاءات", "المزاعم", "مزاعم", "imputations" };

    /// <summary>Arabic participles of denial: their subject is the sentence's ("ورد الجيش … نافيا سقوط أي مدني").</summary>
    private static readonly HashSet<string> DenyParticiples = new(StringComparer.Ordinal) { "نافيا", "نافيه", "رافضا", "رافضه" };

    /// <summary>What a denial is about: an accusation, not any piece of news ("a démenti les informations selon lesquelles un convoi…").</summary>
    private static readonly PhraseVocabulary<bool> DenialObjects = ClaimVocabulary.Set(
        "implication", "involvement", "involved", "accusation", "accusations", "allegations", "responsabilite", "responsibility", "massacre", "tueries",
        "killing", "killings", "killed", "tue", "civils", "civilians", "civilian", "casualties", "victimes",
        "تورط", "الاتهامات", "اتهامات", "مسؤوليه", "بقتل", "قتل", "مدنيين", "الادعاءات", "ادعاءات", "المزاعم", "مزاعم", "imputations",
        // a report's findings, a link, an abuse: "rejected the findings", "rejette les conclusions", "تنفي صلتها", "أي علاقة لها"
        "findings", "report", "conclusions", "rapport", "abuse", "abuses", "exactions", "link", "links", "lien", "liens", "role",
        // Session 7: "denied any wrongdoing", "toute bavure", "أي تجاوزات"
        "wrongdoing", "misconduct", "bavure", "bavures", "تجاوزات", "تجاوز", "انتهاك",
        "charge", "charges", "pris part", "participation", "took part", "taken part", "مدني",
        "علاقه", "علاقتها", "علاقته", "صله", "صلتها", "صلته", "تقرير", "انتهاكات",
        // the act itself, as the denied clause's verb: "denied the group had carried out", "denied that its members had abducted"
        "carried out", "carrying out", "having carried out", "دور", "دورها", "دوره", "abducted", "kidnapped", "executed", "execute", "executes", "enleve", "enleves",
        // being the author, as a whole paradigm: "a démenti être à l'origine de", "nie être derrière", "denied being behind",
        // "denied it was responsible", "نفى أن يكون وراء", "نفت وقوفها وراء", "أن يكون قد نفذ", "ارتكاب"
        "a l origine", "derriere", "auteur", "auteurs", "responsable", "responsables", "commis", "perpetre", "perpetree", "mene", "menee",
        "behind", "responsible", "perpetrated", "committed", "staged", "orchestrated",
        "وراء", "بالوقوف", "الوقوف", "وقوفها", "وقوفه", "نفذ", "نفذت", "تنفيذ", "بتنفيذ", "ارتكاب", "ارتكب", "ارتكبت", "المسؤوليه", "مسؤوليتها", "مسؤوليته",
        // Session 6: the rest of the family of having a part in it: "toute complicité", "any connection", "ties to", "a hand in",
        // "any part in", "ضلوعها", "أي يد"
        "complicite", "complicity", "connection", "connections", "connexion", "connexions", "ties", "hand", "part", "ضلوع", "ضلوعها", "ضلوعه", "بالضلوع", "يد",
        // the accusers' account: "rejected the version of events given by residents", "conteste cette version des faits", "نفى هذه الرواية"
        "version", "الروايه", "روايه",
        // Session 8: being a party to it, "أن تكون عناصره طرفا في الاشتباكات", "denied being a party to the clashes", "nie avoir été partie prenante"
        "طرفا", "طرف", "party to", "partie prenante", "mele", "melee", "meles", "embroiled",
        // Session 10, round 18: the deed in the infinitive or the gerund after the verb, as a paradigm ("a démenti avoir tiré sur le
        // car", "nie avoir attaqué", "denied having fired on", "denied attacking", "نفى إطلاق النار", "نفت مهاجمة القرية")
        "avoir tire", "avoir attaque", "avoir tue", "avoir vise", "avoir cible", "avoir frappe", "avoir bombarde", "avoir enleve", "avoir kidnappe", "avoir execute", "avoir massacre",
        "having fired", "having attacked", "having killed", "having targeted", "having struck", "having bombed", "having abducted", "having kidnapped",
        "firing on", "attacking", "killing", "targeting", "bombing", "abducting", "kidnapping",
        "اطلاق النار", "مهاجمه", "اطلق النار", "اطلقت النار", "هاجم", "هاجمت", "قصف", "اختطاف", "خطف", "استهداف",
        // the charge in Arabic, as "denied the charge" ("ونفى مسؤول في الجمعية التهمة")
        "التهمه", "تهمه", "التهم",
        // Session 11, round 20: the deed as a noun, as the verbs above ("a démenti toute exécution", "denied any executions",
        // "نفى أي إعدام", "nie tout enlèvement", "denied any abduction")
        "execution", "executions", "enlevement", "enlevements", "abduction", "abductions", "اعدام", "اعدامات", "الاعدام", "الاعدامات",
        // Session 18, round 39: the rest of the abuses and the crossing as singular nouns ("a démenti toute exaction", "tout abus", "toute incursion", "أي توغل")
        "exaction", "abus", "atrocite", "atrocites", "atrocity", "atrocities", "incursion", "incursions", "intrusion", "توغل", "اعتداء", "اعتداءات");

    /// <summary>What a denial points back at: "نفت ذلك", "a démenti cela", "denied this".</summary>
    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal) { "ذلك", "هذا", "هذه", "cela", "ceci", "this", "that", "it" };
}
