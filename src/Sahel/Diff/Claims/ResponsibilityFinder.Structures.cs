using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// The structures that name the doers inside the phrase, in one vocabulary (<see cref="StructureCues"/>): membership
/// ("the attackers belonged to"), holding responsible ("tient … pour responsables"), the agent of a passive ("perpétré
/// par") and the work of ("l'œuvre de"); with the copulas, their hedges and the words of responsibility. The cue lists are
/// declared before the vocabulary built from them: static fields are set in the order written.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>After the attackers, words that say whose they were: "belonged to", "appartenaient à", "ينتمون إلى".</summary>
    private static readonly string[] MembershipCues =
    [
        "belonged to", "belong to", "belonging to", "were members of", "were from", "appartenaient a", "appartiennent a", "appartenant a", "faisaient partie", "font partie",
        // the verb with its article folded in, and in the singular: "appartiennent au JNIM", "appartenait aux", "fait partie du"
        "appartenaient au", "appartenaient aux", "appartiennent au", "appartiennent aux", "appartenant au", "appartenant aux", "appartient a", "appartient au", "appartenait a", "appartenait au",
        "fait partie", "faisait partie", "belongs to", "are members of", "was a member of", "is a member of",
        // Session 12, round 23: the rest of the paradigm, the conditional of hearsay and the infinitive after a verb of saying ("les
        // ravisseurs appartiendraient au JNIM", "des hommes armés que les policiers disent appartenir au JNIM", "said to belong to")
        "appartiendraient a", "appartiendraient au", "appartiendraient aux", "appartiendrait a", "appartiendrait au", "appartiendrait aux",
        "appartenir a", "appartenir au", "appartenir aux", "appartenait aux", "appartient aux", "would belong to", "to belong to", "تنتمي الى", "ينتسبون الى", "ينتسب الى",
        "ينتمون الى", "ينتمي الى", "ينتمون", "ينتمي", "تابعين",
        // Session 8: the identity presumed, the conditional copula and the Arabic belief ("les ravisseurs seraient des éléments de
        // l'EIGS", "يُعتقد أنهم من", "يُرجَّح أنهم من")
        "seraient", "serait", "يعتقد انهم من", "يعتقد انهم", "يرجح انهم من", "يرجح انهم", "يشتبه انهم",
        // Session 11, round 20: the identity believed or presented, in an aside after the doers ("pursued the attackers, believed
        // to be ISWAP fighters, and killed seven of them", "les ravisseurs, présentés comme des éléments du JNIM")
        "believed to be", "thought to be", "presumed to be", "presentes comme", "presentees comme", "presente comme", "presumes etre",
        // a weapon's owner: "a drone belonging to the army", "طائرة مسيّرة تابعة للجيش البوركيني" (ForceInstruments)
        "تابعه", "التابعه",
        // the copula naming who the attackers were: "the abductors were ISWAP fighters", "les assaillants étaient des éléments de l'EIGS"
        "were", "was", "are", "etaient", "etait", "sont", "كانوا", "هم",
        // Session 9, round 15: the Arabic nominal sentence, with no copula ("قال المتحدث إن المهاجمين من عناصر جماعة لاكوراوا",
        // "رجّح أن يكون المهاجمون من عناصر التنظيم"): the doers' noun, then "من"
        "من",
    ];

    /// <summary>The copulas among the membership cues: they name the attackers only when a name follows them at once.</summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "were", "was", "are", "etaient", "etait", "sont", "كانوا", "هم", "من" };

    /// <summary>
    /// Session 9, round 15: hedges and "from" between a copula and the group it names ("the attackers were in fact from ISWAP",
    /// "les assaillants étaient bien des éléments de l'EIGS", "المهاجمين هم فعلا من عناصر تنظيم الدولة", "were all from").
    /// </summary>
    private static readonly HashSet<string> CopulaHedges = new(StringComparer.Ordinal)
    {
        "in", "fact", "indeed", "actually", "reportedly", "probably", "likely", "all", "from", "en", "fait", "bien", "effectivement", "probablement", "vraisemblablement",
        "tous", "issus", "فعلا", "بالفعل", "جميعا", "جماعه", "تنظيم",
    };

    /// <summary>"tient … pour responsables", "held … responsible", "holds … accountable": a blame whose actor sits inside the phrase.</summary>
    private static readonly string[] HoldCues = ["tient", "tiennent", "tenu", "tenus", "tenait", "tenaient", "tenir", "held", "holds", "hold", "holding",
        // the rest of "tenir" and "considérer … (comme) responsable" as a class: "Nous tenons l'armée pour responsable", "we hold",
        // "considère le JNIM comme responsable", "regards ISWAP as responsible"
        "tenons", "tenez", "tiens", "tenant", "tiendra", "tiendront", "considere", "considerent", "considerait", "considerons",
        "consider", "considers", "considered", "considering", "regard", "regards", "regarded", "deems", "deemed",
        // naming someone as the one responsible: "a désigné comme responsables le JNIM", "named the ISGS as the group behind the attack"
        "designe", "designent", "designes", "named", "names", "naming", "identified", "identifies"];

    private static readonly HashSet<string> ResponsibleWords = new(StringComparer.Ordinal) { "responsible", "accountable", "responsable", "responsables", "behind", "auteur", "auteurs", "perpetrators", "perpetrator", "culprit", "culprits", "commanditaire", "commanditaires" };

    /// <summary>
    /// Participles of a deed on people, as a passive's verb: its agent did it. An army named as the agent of attackers' deaths
    /// is its operation, not a blame (<see cref="Agent"/>).
    /// </summary>
    private static readonly string[] KillingParticiples =
    [
        "tue", "tues", "tuee", "tuees", "abattus", "abattues", "executes", "executees", "massacres", "massacrees", "assassine", "assassines", "assassinee", "assassinees",
        "enleves", "enlevees", "kidnappes", "kidnappees", "blesses", "blessees",
        "killed", "shot", "executed", "massacred", "murdered", "abducted", "kidnapped", "wounded", "injured", "gunned down",
    ];

    /// <summary>"perpétré par l'EIGS", "carried out by ISWAP", "commis par", "نفذه": an attack's agent named by whoever tells it.</summary>
    private static readonly string[] AgentCues =
    [
        "perpetre", "perpetree", "perpetrees", "perpetres", "commis", "commise", "commises", "orchestre", "orchestree", "mene", "menee", "menees", "menes",
        "perpetrated", "committed", "carried out", "orchestrated", "staged",
        // who ordered it: "commandité par la Katiba Macina", "masterminded by", "ordered by"
        "commandite", "commanditee", "commandites", "commanditees", "ordonne", "ordonnee", "masterminded", "ordered", "planned",
        // the attack itself in the passive, and who sent the attackers: "a été attaquée par des éléments de Boko Haram", "was
        // ambushed by", "ciblés par", "the bombers had been sent by", "envoyés par"
        "attacked", "ambushed", "raided", "targeted", "stormed", "overrun", "sent", "dispatched", "attaque", "attaquee", "attaques", "attaquees",
        "cible", "ciblee", "cibles", "ciblees", "vise", "visee", "vises", "visees", "pris d assaut", "envoye", "envoyes", "envoyee", "envoyees",
        // Session 8: the deed on people in the passive, with or without a figure ("certaines victimes ont été tuées par des VDP",
        // "were shot by soldiers of the army", "exécutés par des militaires"); see KillingParticiples
        .. KillingParticiples,
        // Session 17, round 38: an arrest of the story's victims (ResponsibilityFinder.Arrests.cs)
        .. ArrestParticiples(),
    ];


    /// <summary>"the killings were the work of soldiers of the FAN", "l'œuvre de l'EIGS": the agent right after, named by whoever tells it.</summary>
    private static readonly string[] WorkOfCues = ["the work of", "the handiwork of", "l oeuvre de", "l oeuvre du", "l oeuvre des", "l oeuvre d",
        // "l'œuvre de": the text's "œ" folds to "o" (TextNormalizer), the cue's "oe" does not
        "l ouvre de", "l ouvre du", "l ouvre des", "l ouvre d",
        // the identification: "il s'agirait plutôt de la branche rivale, l'État islamique…", "الأمر يتعلق بـ"
        "il s agit", "il s agirait", "il s agissait", "الامر يتعلق", "يتعلق الامر"];

    private enum Structure { Membership, Hold, Agent, Work }

    /// <summary>The three structures above in one vocabulary: one look-up per word, and only in a sentence that names an actor.</summary>
    private static readonly PhraseVocabulary<Structure> StructureCues = BuildStructures();

    private static PhraseVocabulary<Structure> BuildStructures()
    {
        var cues = new PhraseVocabulary<Structure>();
        foreach (var (structure, words) in new[] { (Structure.Membership, MembershipCues), (Structure.Hold, HoldCues), (Structure.Agent, AgentCues), (Structure.Work, WorkOfCues) })
            foreach (var word in words)
                cues.AddPhrase(TextNormalizer.Normalize(word), structure);
        return cues;
    }
}
