namespace Sahel.Diff.Claims;

/// <summary>
/// The words claims are recognised by, in French, English and Arabic, in normalised form (lower case, no
/// accents, ة → ه, أ → ا; see TextNormalizer). Arabic words are matched with their proclitics read off
/// (وقتل, لمقتل), so only bare forms are listed here. Several-word cues are space-separated.
/// </summary>
internal static class ClaimVocabulary
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
            "قتل", "قتلى", "قتيل", "قتيلا", "قتلا", "مقتل", "مصرع", "لقي حتفه", "لقوا حتفهم", "حتفهم", "لقيا حتفهما", "حتفهما", "لقي مصرعه", "لقوا مصرعهم", "مصرعهم", "مصرعه", "اعدام", "اعدم", "اعدموا", "قتلوا", "قتلت", "استشهاد", "شهيدا", "شهداء", "تصفيه", "وفاه", "تحييد", "حيد", "حيدت", "حيدنا", "حيدوا", "جثث", "جثه",
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
            // session 7, missing told as no news and lost contact: "have not been heard from", "no word from", "lost contact with",
            // "injoignables", "فُقد أثر" (not "فقد" alone, a loss of life), "انقطع الاتصال", "انقطعت أخبار", "مجهولو المصير", "لا يعرف مصيرهم"
            "not been heard from", "not been heard of", "no word from", "no news of", "lost contact with", "lost touch with", "injoignables", "injoignable", "perdu le contact avec", "perdu la trace de",
            "فقد اثر", "فقد اثرهم", "فقدت اثارهم", "انقطع الاتصال", "انقطع الاتصال ب", "انقطعت اخبار", "انقطعت اخبارهم", "مجهولو المصير", "لا يعرف مصيرهم", "لا يعرف مصير", "مصيرهم غير معروف",
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

    /// <summary>Who the dead, wounded or abducted were.</summary>
    public static readonly PhraseVocabulary<string> VictimWords = Build(new Dictionary<string, string[]>
    {
        ["soldiers"] =
        [
            "soldat", "soldats", "militaire", "militaires", "gendarme", "gendarmes", "policier", "policiers", "vdp", "volontaires", "volunteers", "متطوعين", "المتطوعين", "supplétifs", "suppletifs", "elements",
            "militaires maliens", "soldier", "soldiers", "troops", "servicemen", "policemen", "casque bleu", "casques bleus", "peacekeeper", "peacekeepers", "police officers", "officers", "officiers", "guardsmen", "gardes", "ضابطان", "ضابطين", "حفظ السلام", "دركي", "دركيين",
            "جندي", "جنديا", "جنود", "جنديين", "جنديان", "دركيين", "شرطيين", "شرطيان", "جنوده", "جنودها", "جنودنا", "صفوف الجيش", "صفوفه", "ses rangs", "its ranks", "rangs de l armee", "their ranks", "عسكريين", "عسكريا", "عسكري", "العسكريين", "الجنود", "افراد", "عناصر الجيش", "شرطيا", "دركيا",
            "عناصر الدرك", "عناصر الشرطه", "عناصر الامن", "عنصرا من الدرك", "عنصرا من الجيش", "عنصرا من الشرطه", "رجال الشرطه", "رجال الامن", "رجل امن", "رجال امن", "افراد الامن", "افراد الشرطه",
            "personnel", "military personnel", "security personnel", "army personnel", "personnels", "eleves gendarmes", "eleves officiers", "eleves soldats", "student gendarmes", "police cadets", "cadets", "ضابط", "ضابطا", "ضباط", "شرطي", "شرطه", "دركيان", "عسكريان", "مرتدا", "مرتدين", "المرتدين", "متطوعا", "متطوعي الدفاع",
            // session 8: a militia's own men ("two of our hunters", "ثلاثة من متطوعيها")
            "chasseurs", "chasseurs dozos", "dozos", "hunters", "متطوعيها", "متطوعيه", "متطوعينا",
            // session 9: customs officers and vigilantes ("neuf douaniers", "11 vigilantes"), a force's men with a pronoun
            "douaniers", "douanier", "customs officers", "vigilantes", "جنودهم", "جنوده", "رجالنا",
            // round 24: a force's own ranks said by the force ("11 morts et 7 blessés dans nos rangs", "in our ranks", "في صفوف
            // القوات", "في صفوف قواتنا") and the members of a force ("des dizaines de membres des forces spéciales", "members of the
            // security forces", "أفراد القوات")
            "nos rangs", "our ranks", "صفوف القوات", "صفوف قواتنا", "صفوف قواته", "صفوف قواتها",
            "membres des forces", "membres des forces speciales", "membres des forces de securite", "membres des forces de defense", "membres de l armee",
            "members of the security forces", "members of the armed forces", "members of the special forces", "members of the army", "security forces members",
            "افراد القوات", "عناصر القوات",
        ],
        ["civilians"] =
        [
            "civil", "civils", "civile", "civiles", "habitants", "villageois", "bergers", "eleveurs", "femmes", "enfants", "agriculteurs", "cultivateurs", "paysans", "ressortissants", "ouvriers", "travailleurs", "invites", "farmers", "guests", "workers", "مزارعين", "عمال", "ضيوف", "اطباء", "fideles", "orpailleurs", "passagers", "commercants", "pecheurs", "chauffeurs", "transporteurs", "enseignants", "enseignant", "humanitaires", "employes",
            "civilian", "civilians", "villager", "villagers", "driver", "guide", "herder", "trader", "passenger", "chauffeur", "berger", "commercant", "aid worker", "residents", "herders", "women", "children", "worshippers", "miners", "passengers", "traders", "fishermen", "drivers", "teachers", "teacher", "aid workers", "staff", "staff members", "employees", "nationals", "young men", "market goers", "ressortissants", "jeunes", "شبان", "موظفين",
            "girls", "boys", "schoolgirls", "schoolboys", "schoolchildren", "pupils", "students", "filles", "jeunes filles", "garcons", "eleves", "ecolieres", "ecoliers", "lyceens", "etudiants", "collegiens", "collegues", "colleagues", "enfants", "mineurs",
            "مدني", "مدنيا", "مدنيين", "طفلين", "طفلان", "راعيين", "راعيان", "امراتين", "امراتان", "المدنيين", "مدنيون", "رعاه", "رعاة", "منمين", "المنمين", "منمي", "قرويين", "سكان", "اطفال", "نساء", "مصلين", "منقبين", "ركاب", "صيادا", "صيادين", "سائقين", "مصليا", "معلمين", "معلما", "عمال", "رعاه",
            "مدنيان", "امراه", "طفل", "طفلا", "طفله", "تلميذ", "تلميذا", "تلاميذ", "تلميذه", "تلميذات", "تلميذين", "تلميذان", "طلاب", "طالبا", "طالبات", "راكبا", "مسافرا", "مسافرين", "تاجرا", "تجار", "تاجرين", "تاجران",
            "منم", "راع", "منقبا", "سائقا", "سائق", "سائقان", "عاملا", "مزارعا", "مزارع", "راعي", "راعيا", "مواطن", "مواطنا", "مواطنين", "نازحين", "لاجئين", "صيادان",
            // session 8: contractors, patients and health staff ("Seven contractors and three soldiers", "one of our nurses")
            "contractors", "contractor", "patients", "patient", "nurses", "nurse", "infirmiers", "infirmieres", "infirmier", "infirmiere", "medecins", "doctors", "health workers",
            "agents", "sous traitants", "ممرضين", "ممرضا", "اطباء", "مرضى",
            // session 9: engineers, a colleague, a village's sons ("ستة من أبناء القرية")
            "engineers", "engineer", "ingenieurs", "colleague", "collegue", "مهندسين", "مهندسا", "المهندسين", "ابناء القريه", "ابناء البلده", "ابناء المنطقه", "ابناء المدينه",
        ],
        ["attackers"] =
        [
            "terroriste", "terroristes", "assaillant", "assaillants", "jihadistes", "djihadistes", "islamistes", "rebelles", "combattants", "hommes armes", "insurges", "ennemis", "mercenaires",
            "combattant", "fighter", "militant", "jihadiste", "djihadiste",
            "suspects", "مشتبه", "مشتبها",
            "attackers", "assailants", "militants", "jihadists", "terrorists", "gunmen", "insurgents", "fighters", "rebels", "mercenaries",
            // the gangs of kidnappers and bandits a force fights: "killed nine of the abductors", "abattu deux ravisseurs", "قتل ثلاثة من الخاطفين"
            "bandits", "kidnappers", "abductors", "ravisseurs", "kidnappeurs", "خاطفين", "الخاطفين", "الخاطفون",
            // Session 12, round 24: armed smugglers a patrol fights ("its troops killed two armed smugglers", "abattu deux trafiquants",
            // "قتلت مهربين مسلحين"); an arrest of them stays no toll (its own rule)
            "smugglers", "smuggler", "trafiquants", "trafiquant", "contrebandiers", "مهربين", "مهربا", "المهربين", "مهربان",
            // session 9: the doers named as such ("12 of the perpetrators") and a group's own men with a pronoun ("ثلاثة من عناصرها")
            "perpetrators", "عناصرها", "عناصره", "عناصرهم", "مقاتلينا", "مقاتليهم",
            "ارهابي", "ارهابيا", "ارهابيين", "الارهابيين", "مسلحا", "مسلحين", "المسلحين", "مهاجم", "مهاجما", "مهاجمين", "المهاجمين", "مقاتلا", "مقاتلين", "المقاتلين", "مقاتليه", "مقاتليها", "مرتزقه", "المرتزقه", "عناصر",
            "جهاديا", "جهاديين", "متشددا", "متشددين", "مسلحان", "مهاجمان", "مقاتلان", "ارهابيان", "الارهابيين",
        ],
        ["people"] =
        [
            "personnes", "personne", "individus", "people", "persons", "men", "hommes", "man", "homme", "رجلا", "رجال", "رجالا", "الرجال", "detenus", "prisonniers", "detainees", "prisoners", "معتقلين", "سجناء", "اشخاص", "شخصا", "شخص", "الاشخاص", "شخصين", "شخصان", "اجنبيين", "اجنبيان",
            // session 9: brothers, as a group's statement counts its own ("lost only three brothers"), and foreign nationals
            "brothers", "freres", "اخوه", "اخواننا", "foreigners", "etrangers", "رجالها", "رجاله", "رجالهم",
        ],
    });

    /// <summary>Arabic duals of people and whom they count: "جنديين" is two soldiers. Not مدنيين or عسكريين, also plurals.</summary>
    public static readonly Dictionary<string, string> DualNouns = NormalisedKeys(new(StringComparer.Ordinal)
    {
        ["جنديين"] = "soldiers", ["جنديان"] = "soldiers", ["دركيين"] = "soldiers", ["شرطيين"] = "soldiers", ["شرطيان"] = "soldiers",
        ["ضابطين"] = "soldiers", ["ضابطان"] = "soldiers", ["شخصين"] = "people", ["شخصان"] = "people", ["اجنبيين"] = "people", ["اجنبيان"] = "people",
        ["طفلين"] = "civilians", ["طفلان"] = "civilians", ["طبيبين"] = "civilians", ["طبيبان"] = "civilians", ["رجلين"] = "people", ["رجلان"] = "people", ["راعيين"] = "civilians", ["راعيان"] = "civilians", ["امراتين"] = "civilians", ["امراتان"] = "civilians",
        // duals written unlike their plurals (a nisba's dual "مدنيين" is its plural too; the nominative "مدنيان" is not)
        ["مدنيان"] = "civilians", ["عسكريان"] = "soldiers", ["دركيان"] = "soldiers", ["حارسين"] = "people", ["حارسان"] = "people", ["تلميذين"] = "civilians", ["تلميذان"] = "civilians",
        ["تاجرين"] = "civilians", ["تاجران"] = "civilians", ["سائقان"] = "civilians", ["صيادان"] = "civilians", ["مسلحان"] = "attackers", ["مهاجمان"] = "attackers", ["مقاتلان"] = "attackers",
        ["ارهابيان"] = "attackers", ["عنصرين"] = "people", ["عنصران"] = "people",
    });

    /// <summary>Keys in the form words are compared in ("سائقان" → "سايقان": the hamza's seat is folded).</summary>
    private static Dictionary<string, string> NormalisedKeys(Dictionary<string, string> words) =>
        words.ToDictionary(w => Sahel.Normalize.TextNormalizer.Normalize(w.Key), w => w.Value, StringComparer.Ordinal);

    /// <summary>Person nouns whose plural is broken (جندي → جنود, حارس → حراس): their "ين" dual, and "ي" before a definite genitive
    /// ("حارسي المدرسة"), are two; no plural is written like them.</summary>
    private static readonly Dictionary<string, string> BrokenPluralPersons = NormalisedKeys(new(StringComparer.Ordinal)
    {
        ["جندي"] = "soldiers", ["ضابط"] = "soldiers", ["دركي"] = "soldiers", ["شرطي"] = "soldiers", ["حارس"] = "people", ["طفل"] = "civilians", ["رجل"] = "people",
        ["طبيب"] = "civilians", ["تاجر"] = "civilians", ["تلميذ"] = "civilians", ["شخص"] = "people", ["عنصر"] = "people", ["راعي"] = "civilians", ["صبي"] = "civilians",
        ["طالب"] = "civilians", ["راكب"] = "civilians", ["اجنبي"] = "people", ["قائد"] = "people", ["زعيم"] = "people", ["شيخ"] = "people",
    });

    /// <summary>Person nouns whose sound plural ends like their oblique dual (معلم → معلمين): only the nominative "ان" dual is two.</summary>
    private static readonly Dictionary<string, string> SoundPluralPersons = NormalisedKeys(new(StringComparer.Ordinal)
    {
        ["سائق"] = "civilians", ["صياد"] = "civilians", ["معلم"] = "civilians", ["مدرس"] = "civilians", ["مهندس"] = "people", ["موظف"] = "civilians", ["صحفي"] = "civilians",
        ["مواطن"] = "civilians", ["مزارع"] = "civilians", ["عامل"] = "civilians", ["ممرض"] = "civilians", ["مسعف"] = "civilians", ["مسافر"] = "civilians", ["مدني"] = "civilians",
        ["عسكري"] = "soldiers", ["قروي"] = "civilians", ["مسلح"] = "attackers", ["مهاجم"] = "attackers", ["مقاتل"] = "attackers", ["ارهابي"] = "attackers", ["متطوع"] = "soldiers",
    });

    /// <summary>
    /// The victims an Arabic dual person noun counts two of, else null: the listed duals, then the paradigm — any person noun
    /// with "ان" ("معلمان", "سائقان"), a broken-plural one with "ين" or, before a definite genitive, "ي" ("حارسين", "حارسي
    /// المدرسة"), a feminine one with "تان"/"تين" ("معلمتان", "ممرضتين": the feminine plural is "ات").
    /// </summary>
    public static string? Dual(IReadOnlyList<ClaimWord> words, int at)
    {
        // read for every word of every sentence: Latin script and words with no dual ending cost one test
        var text = words[at].Text;
        if (text.Length < 4 || !ArabicScript.Starts(text) || text[^1] is not ('ن' or 'ي'))
            return null;
        foreach (var word in words[at].Readings)
        {
            if (DualNouns.TryGetValue(word, out var listed))
                return listed;
            if (word.Length < 5)
                continue;
            string? who;
            if (word.EndsWith("ان", StringComparison.Ordinal) && (BrokenPluralPersons.TryGetValue(word[..^2], out who) || SoundPluralPersons.TryGetValue(word[..^2], out who)))
                return who;
            if (word.EndsWith("ين", StringComparison.Ordinal) && BrokenPluralPersons.TryGetValue(word[..^2], out who))
                return who;
            if ((word.EndsWith("تان", StringComparison.Ordinal) || word.EndsWith("تين", StringComparison.Ordinal))
                && (BrokenPluralPersons.TryGetValue(word[..^3], out who) || SoundPluralPersons.TryGetValue(word[..^3], out who)))
                return who;
            if (word.EndsWith('ي') && at + 1 < words.Count && words[at + 1].Text.StartsWith("ال", StringComparison.Ordinal) && BrokenPluralPersons.TryGetValue(word[..^1], out who))
                return who;
        }
        return null;
    }

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

    /// <summary>What an attack or a claim was aimed at.</summary>
    public static readonly PhraseVocabulary<string> TargetWords = Build(new Dictionary<string, string[]>
    {
        ["convoy"] = ["convoi", "convoy", "قافله", "القافله"],
        ["camp"] = ["camp", "base", "caserne", "detachement", "barracks", "detachment", "معسكر", "ثكنه", "قاعده عسكريه"],
        ["position"] = ["position", "poste", "post", "checkpoint", "موقع", "مركز"],
        ["patrol"] = ["patrouille", "patrol", "دوريه"],
        ["village"] = ["village", "hameau", "hamlet", "قريه"],
        ["market"] = ["marche", "market", "سوق"],
    });

    /// <summary>What a claimant says it did: "complètement détruit", "دمرت بالكامل", "seized".</summary>
    public static readonly PhraseVocabulary<string> OutcomeWords = Build(new Dictionary<string, string[]>
    {
        ["destroyed"] = ["detruit", "detruits", "detruite", "aneanti", "destroyed", "wiped out", "تدمير", "دمرت", "دمر", "دمرنا"],
        ["seized"] = ["saisi", "saisis", "empare", "emparés", "emparees", "butin", "seized", "captured", "استولى", "استولت", "استولوا", "غنم", "غنائم"],
        ["repelled"] = ["repousse", "repoussee", "repelled", "foiled", "repulsed", "صد", "احباط", "تصدى"],
        ["held"] = ["tenu", "controle", "held", "controlled", "سيطر", "سيطرت", "السيطره"],
    });

    /// <summary>Words normalised into a set (several spellings may normalise to one word).</summary>
    public static PhraseVocabulary<bool> Set(params string[] words)
    {
        var set = new PhraseVocabulary<bool>();
        foreach (var word in words)
            set.AddPhrase(Sahel.Normalize.TextNormalizer.Normalize(word), true);
        return set;
    }

    private static PhraseVocabulary<TValue> Build<TValue>(Dictionary<TValue, string[]> byValue) where TValue : notnull
    {
        var words = new PhraseVocabulary<TValue>();
        foreach (var (value, list) in byValue)
            foreach (var word in list)
                words.AddPhrase(Sahel.Normalize.TextNormalizer.Normalize(word), value);
        return words;
    }
}
