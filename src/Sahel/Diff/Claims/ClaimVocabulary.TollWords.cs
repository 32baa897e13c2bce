namespace Sahel.Diff.Claims;

/// <summary>The toll words: what was done to people (killed, wounded, kidnapped, missing…), the cue a figure is paired with.</summary>
internal static partial class ClaimVocabulary
{
    public static readonly PhraseVocabulary<TollKind> TollWords = Build(new Dictionary<TollKind, string[]>
    {
        [TollKind.Killed] =
        [
            "tue", "tues", "tuee", "tuees", "tuant", "tuer", "tuent", "ont tue", "mort", "morts", "mortes", "deces", "decede", "decedes",
            "ont perdu la vie", "a perdu la vie", "perdu la vie", "trouve la mort", "trouve la mort", "victimes", "pertes en vies humaines",
            "peri", "ont peri", "perissent", "perdu", "perte", "lost", "losing", "martyrs", "martyr", "died", "توفوا", "توفي", "توفيت", "سقوط", "اودى بحياة", "اودت بحياة", "يودي بحياة", "تودي بحياة", "اودى", "اودت", "يودي", "تودي",
            // round 18: "أودى انفجار عبوة ناسفة بحياة ١٣ شخصا": the lives taken, whatever subject stands between the verb and them
            "بحياة",
            "فقد", "فقدت", "خسر", "خسرت", "تخسر", "يخسر", "قضى على", "قضت على", "القضاء على", "neutralise", "neutralises", "neutraliser", "elimine", "elimines", "eliminer", "eliminated", "eliminating", "neutralised", "neutralized", "neutralising", "bodies", "corps", "cadavres", "neutralisant", "abattu", "abattus", "abattue", "abattues", "tombes",
            // round 26: the singular of "tombés" ("un soldat est tombé", "une sentinelle est tombée"), a thing's fall counting no one
            "tombe", "tombee",
            "coute la vie", "coutent la vie", "coutant la vie", "cost the lives", "costing the lives", "claimed the lives",
            // round 22: dying told as leaving life, in every person ("فارق الحياة", "فارقت الحياة", "فارقا الحياة", "فارقوا الحياة",
            // "فارقن الحياة"), breathing one's last ("لفظ أنفاسه الأخيرة"), giving up the ghost ("a rendu l'âme", "ont rendu l'âme"),
            // passing away ("passed away")
            "فارق الحياه", "فارقت الحياه", "فارقا الحياه", "فارقوا الحياه", "فارقن الحياه", "لفظ انفاسه", "لفظت انفاسها", "لفظوا انفاسهم", "لفظا انفاسهما",
            "rendu l ame", "rendent l ame", "passed away",
            "hors d etat", "laisse la vie", "laisse leur vie", "succombe", "succombes", "execute", "executes", "executee", "executees", "executions", "execution sommaire", "executions sommaires",
            "paid the supreme price", "paid the ultimate price", "succumbed", "executed", "executing", "execution", "summarily executed",
            "killed", "killing", "kills", "kill", "dead", "died", "deaths", "fatalities", "lost their lives", "slain", "death toll", "toll",
            "egorge", "egorges", "egorgee", "egorgees", "decapite", "decapites", "slaughtered", "beheaded", "ذبح", "ذبحوا", "lost his life", "lost her life",
            "قتل", "قتلى", "قتيل", "قتيلا", "قتلا", "مقتل", "مصرع", "لقي حتفه", "لقوا حتفهم", "حتفهم", "لقيا حتفهما", "حتفهما", "لقي مصرعه", "لقوا مصرعهم", "مصرعهم", "مصرعه", "اعدام", "اعدم", "اعدموا", "قتلوا", "قتلت", "استشهاد", "شهيدا", "شهداء", "تصفيه", "وفاه", "تحييد", "حيد", "حيدت", "حيدنا", "حيدوا", "جثث", "جثه", "جثتي", "جثتا",
            // the Arabic paradigm: every person of "met his death" (لقي حتفه/لقيت حتفها/لقيا حتفهما/لقين حتفهن), the passive and
            // its plural and dual (قُتل/قُتلوا/قُتلا/قُتلت/قُتلن), martyrdom (استُشهد/استشهدوا/شهيد), deaths (وفيات), a group's "هلاك"
            // an earlier figure of the same toll ("revising up an earlier figure of 37", "le bilan initial de 11"), the buried dead
            "earlier figure", "initial figure", "previous figure", "earlier toll", "initial toll", "previous toll", "bilan initial", "premier bilan", "bilan precedent", "precedent bilan",
            "enterre", "enterres", "enterrees", "buried", "burying", "دفن", "دفنا", "دفنوا", "دفنت",
            "لقيت حتفها", "حتفها", "لقين حتفهن", "حتفهن", "لقيت مصرعها", "مصرعها", "لقيا مصرعهما", "مصرعهما", "لقين مصرعهن", "مصرعهن",
            "قتلن", "قتيله", "استشهد", "استشهدوا", "استشهدت", "شهيد", "الشهداء", "وفيات", "الوفيات", "توفيا", "اعدمت", "هلاك", "هلك", "هلكوا", "اردوا", "ارداه", "جثامين",
            // session 8, tolls missed: the paradigm of the dead told otherwise, written out in the three languages — the victims
            // ("ثماني ضحايا", "des victimes", "the victims" as the dead), the graves counted ("أحصى ١١ قبرا", "11 fresh graves",
            // "11 tombes"), the deceased ("the number of deceased", "les défunts"), the losses put at a count ("put losses at 21",
            // "les pertes s'élèvent à"), the supreme sacrifice and the life paid ("paid the supreme sacrifice", "ont payé de leur
            // vie", "ضحوا بأرواحهم"), the remains received ("reçu 15 dépouilles", "12 corpses"), the Arabic duals of the verbs (استُشهدا, قُتلتا), the feminine plural (قتيلات), the Arabic "fell" (سقط, with its people said: see TollFinder)
            "ضحايا", "ضحيه", "ضحيتين", "قبرا", "قبور", "قبرين", "fresh graves", "new graves", "tombs", "deceased", "defunts", "losses",
            "paid the supreme sacrifice", "paid the ultimate sacrifice", "made the supreme sacrifice", "made the ultimate sacrifice", "pay the supreme sacrifice",
            "paye de leur vie", "paye de sa vie", "payer de leur vie", "sacrifice supreme", "ضحوا بارواحهم", "قتيلات", "القتيلات",
            "depouilles", "depouilles mortelles", "corpses", "dead bodies", "perdant", "perdus", "perdues", "سقط", "سقطوا", "سقطا", "استشهدا", "استشهدتا", "قتلتا", "توفيتا",
            // the passive of "put an end to" and the verbal nouns with their object pronoun ("قُضي عليهم", "تم تحييدهم", "أكد مقتلهم")
            "قضي عليهم", "قضي عليه", "قضي عليهما", "تحييدهم", "تحييده", "تحييدهما", "قتلهم", "مقتلهم", "تصفيتهم",
            // session 9, round 15: the verbs and nouns of killing written out in the three languages — massacre, murder,
            // assassinate, shoot (fusiller), martyrdom, the neutralisation and elimination nouns, perishing; Arabic massacre
            // (مجزرة، مذبحة), "fell victim" (راح ضحيتها), assassination in every voice (اغتال، اغتيل، اغتيال), died (قضوا, with its
            // people said: see TollFinder.Ambiguous), "gave up the ghost" (قضى نحبه); the toll nouns with a possessive pronoun
            // ("عدد قتلاها", "جرحاهم", "ضحايانا"), which the proclitic readings never strip
            "massacre", "massacres", "massacree", "massacrees", "massacrant", "massacrer", "massacrent",
            "assassine", "assassines", "assassinee", "assassinees", "assassinat", "assassinats", "assassinant", "assassiner", "meurtre", "meurtres",
            "fusille", "fusilles", "fusillee", "fusillees", "tombes en martyrs", "tombe en martyr", "morts en martyrs",
            "massacred", "massacring", "murdered", "murder", "murders", "murdering", "assassinated", "assassination", "assassinations",
            "martyred", "martyrdom", "perished", "perish", "neutralisation", "neutralization", "elimination", "gunned down", "hacked to death",
            "burned to death", "burnt to death", "beaten to death", "lynched",
            "مجزره", "مذبحه", "راح ضحيتها", "راح ضحيته", "راح ضحيتهما", "ذهب ضحيتها", "ذهب ضحيته",
            "اغتيال", "اغتال", "اغتالوا", "اغتالت", "اغتيل", "اغتيلوا", "اغتيلا", "قضوا", "قضيا", "قضى نحبه", "قضوا نحبهم",
            "قتلاها", "قتلاهم", "قتلاه", "قتلانا", "ضحاياها", "ضحاياهم", "ضحايانا",
            // session 11, round 20: a death in combat told as a fall, after its noun or as its verb, in the three languages ("un soldat
            // tombé au champ d'honneur", "four gendarmes \"fallen with arms in hand\"", "fell in action"), and a group's own dead
            // "ascended" (ارتقى/ارتقوا, martyrdom in jihadist statements)
            "tombe au champ d honneur", "tombes au champ d honneur", "tombee au champ d honneur", "tombees au champ d honneur",
            "tombe au combat", "tombee au combat", "tombe les armes a la main", "tombes les armes a la main", "tombe au front", "tombes au front",
            "fell in battle", "fell in combat", "fell in action", "fallen in battle", "fallen in combat", "fallen in action", "fallen with arms in hand", "fell with arms in hand",
            "ارتقى", "ارتقوا", "ارتقيا", "ارتقت",
            // losing in the persons the list lacked ("فقدنا للأسف أحد عشر من جنودنا", "خسروا ثلاثة من عناصرها"); with its people said
            "فقدنا", "خسرنا", "خسروا", "خسرا",
            // round 23: the military abbreviations of incident notes and sitreps ("three guards KIA, two WIA"), as "killed in action"
            "kia", "killed in action",
        ],
        [TollKind.Wounded] =
        [
            "wia", "wounded in action",
            "blesse", "blesses", "blessee", "blessees", "blessant", "blessures",
            "wounded", "wounding", "wounds", "injured", "injuring", "injures", "injuries", "hurt",
            "grievement atteints", "grievement atteint", "grievement touches", "atteints par balles", "touches par balles",
            "جريح", "جرحى", "جرح", "جريحا", "اصابه", "اصيب", "اصيبوا", "اصيبا", "اصابوا", "اصابت", "اصاب", "مصابا", "مصابين", "مصاب",
            "اصيبت", "اصبن", "اصابات", "الاصابات", "جرحوا", "جرحت", "الجرحى", "المصابين", "مصابون", "بجروح",
            // session 8: the feminine plurals and duals ("تسع جريحات", "المصابات", "مصابتين")
            "جريحات", "الجريحات", "مصابات", "المصابات", "جريحتين", "مصابتين",
            "maimed",
            // session 9, round 15: the wounded told as treated or cared for ("two more were being treated in Gao", "nous avons soigné
            // six volontaires", "يتلقون العلاج"): a toll only with its people said (TollFinder.Ambiguous); the toll nouns with a pronoun
            "treated", "soigne", "soignes", "soignee", "soignees", "hospitalised", "hospitalized", "hospitalise", "hospitalises", "hospitalisee", "hospitalisees",
            "يتلقون العلاج", "يتلقى العلاج", "تلقوا العلاج", "يعالجون", "جرحاها", "جرحاهم", "جرحاه", "جرحانا",
            // round 22: care as a noun ("39 people are receiving treatment at the hospital", "douze personnes reçoivent des soins"),
            // as the Arabic "يتلقون العلاج" above
            "receiving treatment", "receiving medical treatment", "receiving care", "under treatment",
            "recoivent des soins", "recevaient des soins", "recoit des soins", "recevait des soins", "ont recu des soins", "a recu des soins",
        ],
        [TollKind.Kidnapped] =
        [
            "enleve", "enleves", "enlevee", "enlevees", "enlevement", "enlevements", "kidnappe", "kidnappes", "kidnappee", "kidnappees", "otages", "otage", "rapt", "pris en otage", "emmenes", "captifs", "fait prisonniers", "faits prisonniers", "fait prisonnier", "prisonniers", "prisoners", "retenus", "retenues", "toujours retenu", "toujours retenue", "emmene", "took away", "taken away",
            // round 18: taken along ("ont emmené avec eux", "took six women with them", "وأخذوا معهم سبع عشرة امرأة")
            "اخذوا معهم", "واخذوا معهم", "اخذوهم معهم", "took with them",
            // round 18: "taken" passive with where from ("63 pupils taken from the school", "six men in all were taken near Fada"): not
            // "taken to hospital", "taken into custody"
            "taken from", "taken near",
            // holding people is the kidnapping told by whoever holds them: "affirme détenir cinq soldats", "is holding two engineers", "يحتجز خمسة"
            "detenir", "detient", "detiennent", "holding", "يحتجز", "تحتجز", "يحتجزون", "نحتجز",
            // an arrest is not a toll (the labelling rules): round 20 took out the Arabic arrest words ("تم توقيف ٢١ فارا",
            // "اعتقال ١٢ عنصر دعم") that an older round kept for a security sweep's detainees; no writer labels them
            "kidnapped", "abducted", "abduction", "abductions", "hostages", "hostage", "captures", "capture", "capturees", "captured", "capturant", "اسر", "اسروا", "اسرت", "اسرنا", "اقتادوا", "اقتاد",
            "اختطاف", "اختطف", "اختطفوا", "اختطفوهم", "خطفوا", "تختطف", "يختطف", "يختطفون", "مخطوفين", "المخطوفين", "مخطوفا", "seized", "emmenes", "مختطفين", "مختطفا", "خطف", "رهائن", "رهينه", "اسرى",
            // the Arabic paradigm: active and passive of every verb (اختطفت/اختُطفوا/خُطفت), the nouns (عمليه خطف، مختطفون، الأسرى،
            // أسير)، "taken to an unknown place" (اقتيد/اقتيدوا)، holding people (احتجز/احتجزوا: only with the people said, see Ambiguous)
            "اختطفت", "اختطفن", "اختطفا", "خطفت", "خطفا", "خطفهم", "مختطفون", "المختطفين", "مخطوفون", "الرهائن", "كرهائن", "رهائنا", "الاسرى", "اسير", "اسيرا", "اسرهم",
            "اقتيد", "اقتيدوا", "اقتادت", "احتجز", "احتجزوا", "احتجزت", "محتجزين",
            // French and English: "pris en otage" in every agreement, "emmenés", "carried off", "taken captive", "seized" (with people)
            "pris en otages", "prise en otage", "prises en otage", "prises d otages", "prise d otages", "emmenee", "emmenees", "ravis", "kidnapping", "kidnappings", "kidnaps", "kidnap",
            "emmenant", "emmener", "enlevant", "enlever", "kidnappant", "kidnapper", "prenant en otage",
            "abducting", "abducts", "abductees", "taken hostage", "held hostage", "carried off", "taken captive", "held captive", "captives", "captive", "snatched",
            // a force's or a group's captures, in every form: "capturing four", "took six prisoner", "taken prisoner", "capturer"
            "capturing", "capture", "capturer", "capturent", "prisoner", "taken prisoner", "took prisoner", "taking prisoner", "fait prisonniere", "faites prisonnieres",
            // session 7, the kidnapping told as captivity: held, still in the captors' hands ("séquestrés", "restaient aux mains de
            // leurs ravisseurs", "still in captivity", "remain in the hands of their abductors", "في قبضة العصابة", "لا يزالون في الأسر")
            "sequestre", "sequestres", "sequestree", "sequestrees", "sequestration", "retenus en otage", "retenues en otage", "en captivite", "toujours en captivite",
            "aux mains de leurs ravisseurs", "aux mains des ravisseurs", "entre les mains de leurs ravisseurs", "entre les mains des ravisseurs",
            "in captivity", "still in captivity", "remain in captivity", "still being held", "still held", "in the hands of their abductors", "in the hands of their kidnappers", "in the hands of their captors",
            "في الاسر", "في قبضه", "في ايدي الخاطفين", "لدي الخاطفين", "محتجزون", "المحتجزين", "قيد الاحتجاز",
            // session 8: the phrases above longer than four words never matched until PhraseMatch stopped capping phrases at four
            // words (later in session 8); the captivity paradigm in four
            // words at most ("restent aux mains du GSIM", "toujours détenus", "remained in the kidnappers' hands", "still in the hands
            // of"), led away ("led away six drivers"), and the Arabic feminine plurals ("عدد المخطوفات", "المختطفات", "أسيرات")
            "aux mains des ravisseurs", "restent aux mains", "restaient aux mains", "toujours aux mains", "encore aux mains", "sont aux mains", "restes aux mains",
            "toujours detenus", "toujours detenues", "toujours detenu", "toujours sequestres", "encore detenus", "restent detenus", "toujours captifs",
            "in the kidnappers hands", "in the abductors hands", "in the captors hands", "in kidnappers hands", "remain in the hands", "remained in the hands", "remains in the hands", "still in the hands",
            "remained in captivity", "remains in captivity", "still being held", "still captive", "led away", "leading away", "lead away", "marched away",
            "مخطوفات", "المخطوفات", "مختطفات", "المختطفات", "اسيرات", "الاسيرات", "رهينات",
            // session 9: the captives with a possessive pronoun ("أسراها", "مختطفيهم")
            "اسراها", "اسراهم", "اسرانا", "مختطفيها", "مختطفيهم",
            // captivity told as being in someone's hands, whoever holds them ("60 of our people are in the hands of these criminals")
            "are in the hands of", "were in the hands of", "is in the hands of", "sont aux mains de", "sont entre les mains de", "في ايدي",
            // session 9, round 17: the French "rapter" in every agreement ("cinq commerçants ont été raptés", "ont rapté cinq")
            "rapte", "raptes", "raptee", "raptees", "rapter", "raptant", "raptent", "rapts",
            // round 31: the headline present ("Gunmen abduct 14 farmers, kill village head", "Des hommes armés enlèvent 14
            // cultivateurs", "مسلحون يخطفون ١٤ مزارعا"), as "kill", "kidnap", "kidnaps", "abducts" were
            "abduct", "enlevent", "kidnappent", "يخطف", "تخطف", "يخطفون", "يختطفان", "يخطفان",
        ],
        [TollKind.Missing] =
        [
            "disparu", "disparus", "disparue", "disparues", "portes disparus", "porte disparu", "disparition", "disparitions", "disappearance", "disappearances", "اختفاء",
            "missing", "unaccounted", "introuvables", "introuvable",
            "مفقود", "مفقودين", "مفقودا", "فقدان", "عداد المفقودين",
            // "فُقدوا", "اختفى", "مجهولي المصير", "porté·e·s disparu·e·s", "sans nouvelles", "unaccounted for", "disappeared", "vanished"
            // round 22: the dual of "فُقدوا" ("عنصرين … فُقدا": two went missing)
            "فقدا",
            "مفقودون", "المفقودين", "مفقوده", "فقدوا", "اختفى", "اختفوا", "اختفت", "مجهول المصير", "مجهولي المصير", "مصيرهم مجهولا", "مصيرهم مجهول",
            "portee disparue", "portees disparues", "sans nouvelles", "sans nouvelle", "disappeared", "vanished", "unaccounted for", "whereabouts unknown",
            "manquent a l appel", "manque a l appel", "toujours a l appel", "still missing", "remain missing", "reported missing", "went missing",
            // round 42: "manquer à l'appel" in its other tenses and its participle, and past "encore" as past "toujours" ("43 élèves manquaient à l'appel")
            "manquaient a l appel", "manquait a l appel", "manquant a l appel", "manqueraient a l appel", "manquerait a l appel", "encore a l appel",
            // session 7, missing told as no news and lost contact: "have not been heard from", "no word from", "lost contact with",
            // "injoignables", "فُقد أثر" (not "فقد" alone, a loss of life), "انقطع الاتصال", "انقطعت أخبار", "مجهولو المصير", "لا يعرف مصيرهم"
            "not been heard from", "not been heard of", "no word from", "no news of", "lost contact with", "lost touch with", "injoignables", "injoignable", "perdu le contact avec", "perdu la trace de",
            "فقد اثر", "فقد اثرهم", "فقدت اثارهم",
            // round 31: the trace with every pronoun, and the feminine dual and plural of the passive ("امرأتين … فُقدتا")
            "فقد اثره", "فقد اثرها", "فقد اثرهما", "فقدت اثارهما", "فقدت اثارهن",
            "فقدتا", "فقدن", "انقطع الاتصال", "انقطع الاتصال ب", "انقطعت اخبار", "انقطعت اخبارهم", "مجهولو المصير", "لا يعرف مصيرهم", "لا يعرف مصير", "مصيرهم غير معروف",
            // session 8: the feminine plurals ("مفقودات"), still out of reach ("reste introuvable", "remains unaccounted for")
            "مفقودات", "المفقودات", "فقدانهم", "reste introuvable", "restent introuvables",
            // session 9, round 15: missing told as not found, never seen again, a fate unknown ("two men had not been found", "n'ont
            // plus été revus", "whose fate remains unknown"; the fate noun before its count: TollFinder.FateUnknown)
            "not been found", "never been found", "not been located", "never seen again", "not been seen since", "not seen since",
            "pas ete retrouves", "pas ete retrouve", "pas ete retrouvees", "pas ete retrouvee", "plus ete revus", "plus ete revu", "plus ete revues", "jamais ete revus", "jamais revus",
            "مفقوديها", "مفقوديهم", "مفقودينا",
            // session 9, round 17: missing told as never coming back ("six soldiers never returned", "ne sont jamais revenus")
            "never returned", "never came back",
            "jamais revenus", "jamais revenu", "jamais revenues", "jamais rentres",
            // round 18: the rest of that paradigm, not coming back said with a plain negation ("three women did not return", "ne sont
            // pas revenus", "ولم يعودوا"; not "لم يعد", also "no longer")
            "did not return", "have not returned", "had not returned", "has not returned", "did not come back", "have not come back", "had not come back",
            "pas revenus", "pas revenues", "pas revenu", "pas rentres", "pas rentrees", "pas rentre", "لم يعودوا", "ولم يعودوا", "لم يعدن", "ولم يعدن",
        ],
    });
}
