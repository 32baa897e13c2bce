namespace Sahel.Diff.Claims;

/// <summary>
/// The cue words of claiming (<see cref="ClaimCues"/>) and blaming (<see cref="BlameCues"/>), with the words that
/// qualify them: documents a text is "attributed to", the pluperfect of an earlier claim, and the words before a name
/// that make it a complement.
/// </summary>
internal static partial class ResponsibilityFinder
{
    private static readonly PhraseVocabulary<bool> ClaimCues = ClaimVocabulary.Set(
        "revendique", "revendiquent", "revendiquee", "revendiquees", "revendiques", "revendiquer", "revendication", "revendications",
        "claim", "claimed responsibility", "claims responsibility", "claim responsibility", "claiming responsibility", "claim of responsibility", "claimed", "claims", "unclaimed",
        // the participle with the deed as its object ("a statement claiming the attack"), not "an attack claiming the lives of"
        // taking credit, owning up, and the Arabic verbal noun with its pronoun: "took credit for", "admitted carrying out", "a reconnu
        // être l'auteur de", "أعلن تبنيه للهجوم"
        "took credit", "take credit", "takes credit", "taking credit", "admitted carrying out", "admitted to carrying out", "admits carrying out",
        "reconnu etre l auteur", "reconnait etre l auteur", "reconnu etre a l origine", "reconnait etre a l origine", "تبنيه", "تبنيها", "بتبنيه", "بتبنيها",
        // Session 7, round 12: the rest of the deeds claimed by the participle ("fighters claiming the killings")
        "claiming the killings", "claiming the killing", "claiming the abduction", "claiming the abductions", "claiming the massacre",
        "claiming the attack", "claiming the attacks", "claiming the ambush", "claiming the raid", "claiming the assault", "claiming the bombing", "claiming the kidnapping", "claiming the operation", "claiming it",
        "تبنى", "تبنت", "يتبنى", "تتبنى", "تتبن", "يتبن", "تبني", "تبن",
        // Session 10, round 18: the jussive after "لم" with the deed suffixed ("هجوم لم تتبنه أي جهة", "فيما لم يتبنه التنظيم",
        // "عملية لم تتبنها أي جماعة"), as "تبناه" is the perfect's
        "يتبنه", "تتبنه", "يتبنها", "تتبنها", "يتبنوه", "يتبنوها",
        // other words for taking an attack on: "n'a endossé l'attaque", "has taken responsibility", "se présente comme l'auteur"
        "endosse", "endossee", "endosser", "taken responsibility", "took responsibility", "take responsibility", "taking responsibility", "assumed responsibility",
        "presente comme l auteur", "presente comme responsable", "تبنته", "تبنتها", "تبناه", "تبناها", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم",
        // owning up to it: "assume la responsabilité", "admitted responsibility", "acknowledged responsibility"
        "assume la responsabilite", "assument la responsabilite", "a assume", "admitted responsibility", "acknowledged responsibility", "accepted responsibility");

    private static readonly PhraseVocabulary<bool> BlameCues = ClaimVocabulary.Set(
        "accuse", "accusent", "accusee", "accuses", "accusant", "impute", "imputent", "imputee", "imputees", "attribue", "attribuent", "attribuee", "attribuees",
        "mis en cause", "mettent en cause", "met en cause", "mettant en cause", "pointed the finger",
        // "has laid it at JNIM's door", "were quick to point at the Malian Air Force"
        "laid it at", "lays it at", "laid the attack at", "point at", "pointed at", "points at", "pointing at", "points the finger", "pointing the finger", "point the finger",
        "blamed", "blames", "blaming", "blame", "accused", "accusing", "accuses", "attributed", "attributes", "attributing", "attribute", "pinned", "pins", "pinning",
        "اتهم", "اتهمت", "اتهموا", "تتهم", "يتهم", "يتهمون", "متهمه", "متهما", "حمل", "حملت", "يحمل", "تحمل", "نسب", "نسبت", "ينسب", "تنسب", "محمله", "محملا",
        "اتهام", "باتهام", "تحميل",
        // Session 7: the Arabic verbs of blame in the plural and the dual ("الأهالي يحمّلون جماعة لاكوراوا المسؤولية", "حمّلوا",
        // "ينسبون", "تتهمان")
        "يحملون", "حملوا", "يحملان", "تحملان", "ينسبون", "نسبوا", "يعزون", "يتهمان", "تتهمان", "اتهما", "اتهمتا", "يلقون", "القوا",
        // Session 11, round 22: the verb of accusing with the accused as its suffix ("واتهمته الحكومة بتنفيذه", "التي اتهمتها صحيفة
        // محلية بالمشاركة"): the one accused is the actor named before (AccusedBySuffix)
        "اتهمته", "اتهمتها", "اتهمتهم", "اتهمه", "اتهمها", "اتهمهم", "اتهموه", "اتهموها", "اتهموهم",
        "تتهمه", "تتهمها", "تتهمهم", "يتهمه", "يتهمها", "يتهمهم", "يتهمونه", "يتهمونها", "يتهمونهم",
        // Session 12, round 23: the participle of the French verbs of putting it down to someone, as "accusant" ("a dénoncé
        // l'enlèvement, imputant l'acte à la katiba", "attribuant l'attaque au JNIM"), and the Arabic participles as "محملا"
        "imputant", "attribuant", "ناسبا", "ناسبه", "عازيا", "عازيه",
        "attribuait", "attribuaient", "accusait", "accusaient", "imputait", "imputaient", "soupconne", "soupconnes", "soupconnee", "soupconnees", "suspected",
        // the rest of "suspect" as a class, and "met l'attaque sur le compte de": putting a deed down to someone
        "soupconnent", "soupconnait", "soupconnaient", "suspecte", "suspectent", "suspect", "suspects", "suspecting", "sur le compte",
        // the rest of the paradigm in each language: "pointe du doigt", "fait porter la responsabilité à", "incrimine", "lays the
        // blame on", "implicated", "عزا الهجوم إلى", "ألقت باللوم على", "يشتبه في أن"
        "pointe du doigt", "pointent du doigt", "pointant du doigt", "porter la responsabilite", "incrimine", "incriminent", "incriminant",
        "implicated", "implicates", "implicating", "faulted", "faults",
        "عزا", "عزت", "يعزو", "تعزو", "عزوا", "باللوم", "باللائمه", "اللوم", "يشتبه", "اشتبه", "المشتبه",
        // Session 14, round 28: the rest of "suspect" in Arabic, feminine and plural ("السلطات تشتبه في تورط", "ويشتبهون في")
        "تشتبه", "وتشتبه", "ويشتبه", "اشتبهت", "يشتبهون", "ويشتبهون",
        // Session 7: the deed's signature and the doers identified ("bore the hallmarks of ISWAP", "porte la signature du JNIM",
        // "Witnesses identified the attackers as members of Boko Haram", "ont identifié les assaillants comme")
        "hallmarks", "hallmark", "porte la signature", "portait la signature", "porte la marque", "portait la marque", "بصمات", "بصمه",
        // Session 8, round 14: the marks in the plural, whole or all of them ("porte toutes les marques du GSIM", "bears every mark
        // of Lakurawa", "bore all the marks of", "يحمل كل سمات", "تحمل علامات")
        "porte toutes les marques", "portait toutes les marques", "portent toutes les marques", "porte les marques", "portait les marques", "portent les marques",
        "a toutes les marques", "avait toutes les marques", "presente toutes les marques",
        "every mark of", "all the marks of", "the marks of", "bears the mark of", "bore the mark of", "carries the mark of", "carried the mark of",
        "يحمل سمات", "تحمل سمات", "يحمل كل سمات", "تحمل كل سمات", "يحمل علامات", "تحمل علامات", "يحمل كل علامات", "تحمل كل علامات", "حمل سمات", "حملت سمات",
        // Session 9, round 15: naming the doers by pointing at them, the group right after the verb ("beaucoup désignaient sans
        // détour le JNIM", "une source sécuritaire évoque « des éléments du JNIM »", "the use of suicide vehicles points to ISSP",
        // "وجّه الأهالي أصابع الاتهام إلى"): read only with the group right after (DesignationNamesTheGroup), never negated
        "designe", "designent", "designait", "designaient", "designant", "a designe", "ont designe", "avait designe", "avaient designe",
        "evoque", "evoquent", "evoquait", "evoquaient", "evoquant", "a evoque", "ont evoque",
        "points to", "pointed to", "point to", "pointing to", "singled out", "singles out", "single out",
        "اصابع الاتهام", "باصابع الاتهام",
        // Session 10, round 18: the first person of the verbs of blame, a letter's or an editorial's own voice ("Nous accusons le
        // JNIM", "nous désignons", "We name Lakurawa", "ونحمّل الجماعة مسؤولية"), and the Arabic "points to" ("تشير الشهادات كلها
        // إلى عناصر التنظيم"), read as the other verbs of pointing (DesignationNamesTheGroup)
        "accusons", "imputons", "attribuons", "incriminons", "designons", "we name", "نحمل",
        // Session 11, round 20: shifting the blame onto another ("renvoie la faute sur les milices dozos", "rejette la faute sur",
        // "shifted the blame onto"; the Arabic "ألقت باللوم على" is read above)
        "renvoie la faute", "renvoient la faute", "rejette la faute", "rejettent la faute", "rejetant la faute", "renvoyant la faute",
        "shifted the blame", "shifts the blame", "shifting the blame",
        // Session 11, round 20: linking the doers, referred back, to a group ("Intelligence links them to JNIM", "les éléments
        // recueillis les relient à l'EIGS", "المعلومات تربطهم بتنظيم الدولة"), as "linked the attackers to" is
        "links them to", "linked them to", "link them to", "les relient", "les relie", "les lient", "les lie", "تربطهم", "ربطتهم",
        "تشير الى", "يشير الى", "تشير كلها الى", "تشير جميعها الى",
        // the Arabic participle of accusation in each gender and number, its subject the main clause's ("قال منتخبون … إن …،
        // متهمين القوات الروسية والجيش المالي بقتلهم"): read as such only after a comma (AccusingParticiple)
        "متهمين", "متهمتين", "محملين", "محملتين",
        "identified the attackers as", "identified the gunmen as", "identified the assailants as", "identified them as", "identify the attackers as",
        "identifie les assaillants comme", "identifie les agresseurs comme", "identifie les ravisseurs comme", "identifies comme",
        // Session 7, round 12: the deed's mode and the signs, in the teller's or the writer's own voice ("the modus operandi points
        // to JNIM", "le mode opératoire rappelle celui de l'EIGS", "All signs point to ISWAP", "tout porte à croire que", "أسلوب
        // الهجوم يشير إلى")
        "modus operandi", "mode operatoire", "signs point to", "signs pointed to", "everything points to", "tout porte a croire", "tout laisse croire",
        "tout laisse penser", "tout porte a penser", "اسلوب الهجوم", "طريقه تنفيذ", "كل المؤشرات", "كل الدلائل",
        // the doers described or linked ("described the attackers as mercenaries of the Islamic State", "que l'état-major identifie
        // comme des éléments de l'EIGS", "has linked the kidnappers to Ansaru", "a relié l'attaque au JNIM", "ربطت السلطات الهجوم بـ")
        "identifie comme", "identifient comme", "identifiait comme", "decrit comme", "decrits comme", "decrit les ravisseurs comme", "decrit les assaillants comme", "decrit les agresseurs comme", "decrit les hommes armes comme", "described the attackers as", "described the gunmen as",
        "described the assailants as", "described the kidnappers as", "described them as", "linked the kidnappers to", "linked the attack to", "linked the attackers to",
        "linked the killings to", "linked the abductions to", "linked the raid to", "linked the gunmen to", "relie l attaque au", "relie l attaque a", "ربطت الهجوم", "ربط الهجوم");

    /// <summary>Documents a text is "attributed to" as its author, not blamed on: "un texte attribué au groupe".</summary>
    private static readonly HashSet<string> Documents = new(StringComparer.Ordinal)
    {
        "texte", "message", "communique", "declaration", "video", "audio", "enregistrement", "note", "statement", "recording", "text", "بيان", "رساله", "تسجيل",
        // a claim is a document too: "une revendication attribuée au JNIM", "a claim attributed to ISWAP"
        "revendication", "revendications", "claim", "post", "publication", "شريط", "اعلان",
    };

    /// <summary>A claim told in the pluperfect is an earlier one: "avait revendiqué en mars l'attaque de Tiloa", "which had claimed a similar attack".</summary>
    private static readonly HashSet<string> Pluperfect = new(StringComparer.Ordinal) { "had", "avait", "avaient" };

    /// <summary>Words before a name that make it a complement ("of the army"), not the subject of the next verb.</summary>
    private static readonly HashSet<string> Complements = new(StringComparer.Ordinal) { "من", "of", "de", "du", "d", "among", "parmi" };
}
