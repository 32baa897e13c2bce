namespace Sahel.Diff.Claims;

/// <summary>Who the victims were: victim nouns and the Arabic dual person nouns that count two on their own.</summary>
internal static partial class ClaimVocabulary
{
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
            // round 35: kin, as a witness counts his dead ("avoir perdu onze membres de sa famille", "lost three relatives"): the
            // partitive ("two of his relatives") was read whatever its noun, the bare count was lost after "lost/perdu", which needs
            // its people said. Not the Arabic "أقارب" after "فقد" (also "went missing"; left unread).
            "relatives", "family members", "members of his family", "members of her family", "members of their family", "members of my family", "members of the family",
            "membres de sa famille", "membres de leur famille", "membres de la famille", "membres de ma famille", "membres de notre famille", "proches",
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
            // round 34: a group's figure of "militiamen" (a pro-government militia or another's: the noun does not say which side,
            // so people), as "miliciens" was read; the count was lost in English ('killed "more than 60 militiamen"')
            "militiamen", "militiaman",
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
}
