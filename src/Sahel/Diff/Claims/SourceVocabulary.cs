namespace Sahel.Diff.Claims;

/// <summary>
/// Who statements are attributed to, and the words that attribute them, in normalised form. Armed groups and
/// named state forces come from the actors lexicon instead; these are the generic words around them.
/// </summary>
internal static class SourceVocabulary
{
    /// <summary>
    /// The capitals read as their governments ("Bamako a démenti", "Niamey says", "نواكشوط تحتج"), normalised, several words
    /// joined by one space. One list, so that the places a capital is only a place (a dateline, "our correspondent in") follow it.
    /// </summary>
    public static readonly string[] GovernmentCapitals =
        ["bamako", "ouagadougou", "niamey", "n djamena", "ndjamena", "nouakchott", "باماكو", "واغادوغو", "نيامي", "انجامينا", "نواكشوط"];

    /// <summary>Sources by their generic names. Those marked with a leading '!' attribute on their own ("sources locales:").</summary>
    public static readonly PhraseVocabulary<(SourceKind Kind, bool Self)> Sources = Build(new Dictionary<SourceKind, string[]>
    {
        [SourceKind.Army] =
        [
            "armee", "armees", "etat major", "etat major general", "etat major general des armees", "etat major des armees", "etat major national", "dirpa", "forces armees", "bulletin", "bulletin des operations",
            "army", "military", "general staff", "defence headquarters", "defense headquarters", "defence media operations", "defense media operations", "army general staff", "army spokesman", "military spokesman", "armed forces", "high command", "weekly bulletin",
            // an army's press office by its title: "the GAF Director of Public Relations", "army public relations"
            "director of public relations", "directorate of public relations", "army public relations", "director of army public relations", "directorate of army public relations",
            "الجيش", "جيش", "هيئه الاركان", "هيئه الاركان العامه", "هيئه الاركان العامه للجيوش", "قياده الاركان", "قياده الاركان العامه للجيوش", "قياده اركان", "هيئه اركان", "الاركان", "القوات المسلحه",
            // session 9: a defence headquarters in Arabic, as in English ("المتحدث باسم مقر الدفاع النيجيري")
            "مقر الدفاع", "مقر قياده الدفاع", "قياده الدفاع",
        ],
        [SourceKind.Government] =
        [
            "gouvernement", "ministere", "ministre", "autorites", "porte parole", "porte parole du gouvernement", "presidence", "gouverneur", "gouvernorat", "junte", "prefet",
            "government", "ministry", "minister", "authorities", "officials", "official", "spokesman", "spokesperson", "junta", "governor", "defence ministry", "defense ministry", "presidency", "interior minister", "government spokesman",
            "!bilan officiel", "!official toll", "!official figures", "!chiffres officiels", "!official tally", "!official count", "!حصيله رسميه", "!الحصيله الرسميه", "!ارقام رسميه", "!source officielle", "!official source", "!مصدر رسمي", "!مصادر رسميه",
            .. GovernmentCapitals,
            // session 14, round 27: the accusative after "إن/لكن/غير أن" ("غير أن مسؤولا في الجيش … قال"), the case the nominative
            // and the plural forms beside it already had
            "مسؤولا",
            "الحكومه", "وزاره", "وزير", "السلطات", "سلطات", "مسؤول", "مسؤولون", "مسؤولين", "الناطق", "متحدث", "المتحدث", "الرئاسه", "حاكم", "والي", "المجلس العسكري",
            // emergency services are the state's: "the state emergency management agency put the toll at 18"
            "emergency management agency", "emergency agency", "protection civile", "civil protection", "الحمايه المدنيه", "الدفاع المدني",
            // session 11, round 20: the same agency in French and Arabic ("l'Agence de gestion des urgences", "وكالة إدارة الطوارئ في
            // الولاية"): a state agency, not a news agency
            "agence de gestion des urgences", "agence nationale de gestion des urgences", "agence de gestion des catastrophes", "national emergency management agency",
            "وكاله اداره الطوارئ", "الوكاله الوطنيه لاداره الطوارئ", "وكاله اداره الكوارث", "الوكاله الوطنيه لاداره الكوارث",
            // the state's courts and prosecutors: "according to the charge sheet", "selon l'acte d'accusation", "وفق ما ورد في قرار الاتهام"
            "prosecution", "prosecutor", "prosecutors", "charge sheet", "indictment", "parquet", "procureur", "acte d accusation", "النيابه", "النيابه العامه", "قرار الاتهام", "لائحه الاتهام",
            // session 10, round 19: the Arabic prosecutor by his title, as "procureur" and "prosecutor" ("وقال المدعي العام أمام المحكمة";
            // not "النائب العام", also a diocese's vicar general, above)
            "المدعي العام", "مدعي عام", "المدعي العام العسكري", "المدعي العام للجمهوريه", "وكيل النيابه", "وكيل الجمهوريه",
            // a state's commissioners and directorates: "le commissaire à l'information de l'État du Borno", "the state commissioner",
            // "المديرية الجهوية للتعليم", "la direction régionale de la santé"
            // the parliament itself is the state's (its members speak for their constituency, below): "la question posée à
            // l'Assemblée nationale", "للجمعية الوطنية" is no association
            "assemblee nationale", "national assembly", "الجمعيه الوطنيه",
            "commissaire", "commissaires", "commissioner", "commissioners", "state commissioner", "مفوض", "مديريه", "المديريه", "direction regionale", "directorate", "regional directorate",
            // session 9, the state's paradigm written out: an administrative source; judges (not a bare "court", "tribunal", "المحكمة":
            // a place as often as a speaker, "an army report read out in court put the toll at"); customs and the
            // state's services by their names; the prefecture and the high commissioner of a province (a mayor, a municipal council
            // and a customary chief speak as locals, below)
            "!source administrative", "!sources administratives", "!administrative source", "!administrative sources", "!مصدر اداري", "!مصادر اداريه", "!مصدرا اداريا",
            "juge", "juges", "juge d instruction", "judge", "judges", "trial judge", "القاضي", "قاضي التحقيق",
            "douanes", "douane", "direction generale des douanes", "customs", "customs service", "الجمارك", "مصلحه الجمارك", "اداره الجمارك",
            "prefecture", "sous prefet", "haut commissaire", "haut commissariat de la province", "prefect", "المحافظ", "حكومه الولايه",
            // the Arabic construct state, without the article ("وقالت حكومة ولاية شمال كردفان", "حكومة مالي"), as "لجان مقاومة" below
            "حكومه", "حكومه ولايه", "حكومات",
            // session 13, round 25: a statement named by its issuer's adjective, as "government statement" by its noun ("Un communiqué
            // gouvernemental précise", "وقال بيان حكومي"); and the indefinite Arabic prosecutor, whose defective noun loses its yā'
            // ("مدعٍ عام بوركيني")
            "communique gouvernemental", "declaration gouvernementale", "communiques gouvernementaux", "بيان حكومي", "مدع عام",
            // session 15, round 31: an embassy, the table's row with the foreign ministry ("وأكدت سفارة الصين في نيامي", "the Chinese
            // embassy in Bamako said"); the capital after it is where it sits (SourceFinder.CapitalPlaces.cs), so it speaks by its noun
            "ambassade", "embassy", "سفاره", "السفاره",
            // session 18, round 40: the governor in the Arabic construct state, without the article ("حسب ما أعلنه محافظ الإقليم"), as "المحافظ"
            "محافظ", "محافظا",
        ],
        [SourceKind.Local] =
        [
            "!sources locales", "!source locale", "!local sources", "!local source", "!sources communautaires", "!community sources", "!مصادر محليه", "!مصدر محلي", "!مصادر اهليه", "!source municipale", "!sources municipales",
            "!مصدران محليان", "!مصدرين محليين",
            // session 7: the victims' employer or carrier ("selon la compagnie de transport", "the bus company said", "حسب شركة النقل")
            "compagnie de transport", "compagnie de transports", "societe de transport", "transport company", "bus company", "haulage company", "mining company", "societe miniere",
            "شركه النقل", "شركه نقل", "شركه التعدين", "الشركه المالكه",
            "municipal official", "municipal officials", "responsable municipal", "transporteurs", "union officials", "transport union", "transport union officials", "transporters", "transporters union", "drivers union", "traders union", "syndicat des transporteurs", "نقابه الناقلين", "رعاه", "rescapes",
            "responsable", "responsables", "!collectif", "collectif de victimes", "collective", "notable", "habitant", "un habitant", "resident", "a resident", "milice d autodefense", "local militia", "local leader", "local leaders", "militia leader",
            "vicaire", "vicaire general", "diocese", "eveque", "vicar", "vicar general", "bishop", "ابرشيه", "النائب العام لابرشيه", "ميليشيا محليه", "مسؤول في ميليشيا",
            "habitants", "residents", "temoins", "temoin", "elus locaux", "elu local", "elu", "elus", "conseiller municipal", "conseillers municipaux", "notables", "survivants", "familles", "proches", "parents", "maire", "chef de village", "responsable local", "responsables locaux",
            "witnesses", "witness", "local officials", "local official", "survivors", "families", "relatives", "mayor", "councillor", "councilor", "local councillor", "village chief", "community leaders", "elders",
            "سكان", "السكان", "شهود", "شاهد", "اعيان", "ناجين", "ناجون", "الناجين", "عائلات", "ذوو", "ذوي", "اهالي", "مسؤول محلي", "مسؤولون محليون", "مسؤولا محليا", "منتخب محلي", "منتخبون محليون",
            // round 24 (tolls helper): the faithful of a parish or a mosque speak as residents do ("selon des fidèles", "worshippers
            // said", "قال مصلون"), as the clergy does (the README's local row)
            "fideles", "des fideles", "worshippers", "congregants", "مصلون", "المصلون", "مصلين", "المصلين",
            // customary and village authorities: "le chef de canton", "a traditional ruler", "عمدة البلدة", "وجهاء المنطقة"
            "representants de la communaute", "community representatives", "community leader", "chef de canton", "chef coutumier", "chefs coutumiers", "chef traditionnel", "traditional ruler", "traditional leader", "district head", "village head",
            "عمده", "العمده", "وجهاء", "شيخ القريه", "زعيم محلي",
            "!local authorities", "!autorites locales", "!السلطات المحليه", "local administrative official", "local administrative officials", "responsable administratif local", "مسؤول اداري محلي",
            // the Arabic paradigm of local voices: traditional and tribal leaders, the mayor, a local notable or activist, a
            // witness's testimony ("وفق شهادات جمعتها منظمة": the witnesses'), a teacher, a driver, a survivor, a relative
            "شيخ احدي القبائل", "شيخ القبيله", "شيخ العشيره", "شيوخ القبيله", "زعيم تقليدي", "زعماء تقليديون", "زعيم قبلي", "زعماء قبليون", "شيخ قبيله", "شيوخ القبائل", "رئيس البلديه", "رئيس بلديه", "عمده البلده", "عمده القريه", "نائب محلي", "وجيه", "احد الوجهاء",
            "ناشط محلي", "ناشطون محليون", "ناشطين محليين", "شهادات", "شهادات السكان", "شهاده", "احد السكان", "احد الناجين", "احد المعلمين", "معلم", "مدرس", "السائق", "سائق", "احد الاهالي", "قريب", "اقارب",
            "زعيم ميليشيا", "قائد ميليشيا", "قائد في ميليشيا", "قيادي في ميليشيا", "عضو في ميليشيا",
            // session 12, round 24: local activists in French and English, as "ناشطون محليون" ("a group of local activists said",
            // "selon des militants locaux"); rights activists stay an NGO (below)
            "local activists", "local activist", "community activists", "militants locaux", "militant local", "activistes locaux", "activiste local",
            // a militia's leader speaking of his area, as "militia leader" and "قائد ميليشيا" ("a déclaré un chef de milice")
            "chef de milice", "chefs de milice", "responsable de milice", "commandant de milice",
            // a pupil's parent in the singular, as "parents d'élèves" ("un parent d'élève", "أحد أولياء الأمور"; the English "A parent told
            // reporters" is read by its head noun, UnknownSpeakerKinds: no phrase opens on "a" or "un", looked up on every such word)
            "parent d eleve", "ولي امر", "احد اولياء الامور",
            // session 10, round 19: a victim's or a hostage's family in the singular, as "familles", "relatives" ("his family said",
            // "selon sa famille", "بحسب عائلته"): the people themselves
            "famille", "sa famille", "la famille", "family", "his family", "her family", "their family", "the family", "the families",
            "عائله", "العائله", "عائلته", "عائلتها", "عائلاتهم", "اسره", "الاسره", "اسرته", "اسرتها", "عائله الضحيه", "اسره الضحيه",
            // session 13: the families in the plural ("وقالت الأسر", "أسر المخطوفين"); "في الأسر" (in captivity) is no one speaking
            // (PlaceOfCaptivity)
            "الاسر", "اسر الضحايا", "اسر المخطوفين", "اسر المختطفين", "اسر الرهائن", "اسر الجنود", "اسر القتلى",
            // session 11, round 20: a victim's kin by name of kinship, as his family ("son fils a raconté", "a gendarme's brother told
            // me", "وقال نجله"): the people themselves. Possessed, as a bare "fils" or "son" is also a victim or a French possessive.
            "son fils", "sa fille", "son frere", "sa soeur", "sa veuve", "son pere", "sa mere", "son epouse", "son mari", "son oncle", "son cousin", "son neveu", "un proche", "l un de ses proches",
            "his son", "her son", "their son", "his daughter", "her daughter", "his brother", "her brother", "his widow", "his wife", "her husband", "his father", "her father", "his mother",
            "his cousin", "his uncle", "his nephew", "brother", "widow", "a relative", "one relative",
            // session 14, round 28: the kin noun in construct with one of the counted ("وقال والد إحدى الطالبات", "le père d'une des
            // élèves", "the father of one of the girls"), as the possessed one above
            "والد احدى", "والد احد", "le pere d", "la mere d", "le pere de", "la mere de", "the father of", "the mother of",
            "نجله", "ابنه", "ابنها", "ابنته", "ابنتها", "شقيقه", "شقيقها", "شقيقته", "اخوه", "اخيه", "ارملته", "زوجته", "زوجها", "والده", "والدته", "عمه", "ابن عمه", "اقاربه", "اقاربها", "احد اقاربه", "احد اقاربها",
            // an association of the people themselves (community, village, herders, farmers, youth) speaks as locals; a rights or aid
            // association stays an NGO: "l'association communautaire", "the local farmers' association", "جمعية محلية"
            "association communautaire", "associations communautaires", "association locale", "associations locales", "association villageoise",
            "association des jeunes", "association de jeunes", "association des ressortissants", "association de ressortissants",
            "community association", "local association", "village association", "farmers association", "local farmers association", "youth association",
            // (not a herders' association, "جمعية للرعاة": the first writer's labels read it both ways)
            "جمعيه محليه", "جمعيات محليه", "جمعيه اهليه", "جمعيات اهليه", "جمعيه شبابيه", "جمعيه القريه",
            // session 7, the paradigm of local voices written out: a constituency's elected members (MPs, senators; not "نائب" alone,
            // a vice- or deputy anything), the displaced and refugees and their camps' committees, neighbourhood and resistance
            // committees, unions and associations of a trade (teachers, traders, farmers; not a bare English "union"), a private
            // person named by "one of the" workers, traders, herders, farmers
            "depute", "deputes", "depute de", "elu de la circonscription", "parlementaire", "parlementaires", "senateur",
            "mp", "mps", "lawmaker", "lawmakers", "legislator", "senator", "member of parliament", "house of representatives member",
            "نائب عن", "النائب عن", "نائب في البرلمان", "نائبه عن", "برلماني", "البرلماني", "برلمانيون", "برلمانيين", "عضو مجلس النواب", "عضو البرلمان",
            "refugies", "deplaces", "refugees", "displaced", "idps", "displaced people", "لاجئون", "لاجئين", "اللاجئين", "نازحون", "نازحين", "النازحين", "احد النازحين", "احد اللاجئين",
            "responsable du camp", "responsables du camp", "camp leader", "camp leaders", "camp chairman", "camp official", "camp officials", "مسؤول المخيم", "مسؤولو المخيم", "ادارة المخيم",
            "منسقيه", "المنسقيه", "لجان المقاومه", "لجنه المقاومه", "لجان الاحياء", "لجنه الحي", "comite de quartier", "comites de quartier", "comite de vigilance", "resistance committees", "neighbourhood committee", "neighborhood committee",
            "syndicat", "syndicats", "syndicat des enseignants", "teachers union", "trade union", "workers union", "farmers union", "نقابه", "نقابه المعلمين", "اتحاد التجار", "جمعيه التجار",
            "association des commercants", "association des eleveurs", "traders association", "traders associations", "herders association", "market association",
            "chef du village", "chefs de village", "local government chairman", "local government council chairman", "lga chairman", "council chairman", "رئيس مجلس الحكم المحلي", "رئيس الحكومه المحليه", "chef de quartier", "chefs de quartier",
            "احد العمال", "احد عمال", "احد التجار", "احد المزارعين", "احد الرعاه", "احدي النساء", "احد الشهود", "احد الركاب", "احد المصلين",
            // parents of pupils taken: "أولياء أمور التلاميذ", "les parents d'élèves"
            "اولياء امور", "اولياء الامور", "parents d eleves", "parents of the pupils", "parents of the students",
            // session 8, the local paradigm's cells left: the clergy and their bodies (imams, ulema, a church, a bishop, a pastor),
            // who speak for their faithful ("Le Conseil des oulémas … condamne", "The Council of Imams … condemns", "أدانت رابطة
            // الأئمة"); the victims' employer named as a firm ("La direction de la société", "the company said", "أعلنت شركة")
            "imam", "imams", "conseil des imams", "council of imams", "oulemas", "ulema", "ulemas", "ulama", "conseil des oulemas", "council of ulema",
            "cleric", "clerics", "religious leader", "religious leaders", "chef religieux", "chefs religieux", "leader religieux", "leaders religieux",
            "church", "church leaders", "church officials", "eglise", "pasteur", "pastor", "priest", "pretre", "cure", "abbe", "paroisse", "parish", "mosque committee", "comite de la mosquee",
            "ائمه", "الائمه", "امام المسجد", "رابطه الائمه", "العلماء", "رابطه العلماء", "مجلس العلماء", "المجلس الاسلامي", "رجال الدين", "رجل دين", "زعيم ديني", "زعماء دينيون",
            "الكنيسه", "كنيسه", "القس", "قس", "كاهن", "الكاهن",
            "company", "mining firm", "societe", "entreprise", "sarl", "plc", "ltd", "شركه", "الشركه",
            // a canton's or a village's chief in Arabic, as in French ("chef de canton"): "رئيس كانتون المنطقة"
            "رئيس كانتون", "رئيس الكانتون", "زعيم الكانتون", "رئيس القريه", "زعيم القريه",
            // session 10, round 19: a village's chief in the indefinite construct ("بحسب ما أفاد به شيخ قرية مجاورة", "شيخ إحدى القرى"),
            // as "شيخ القرية" and "un chef de village"
            "شيخ قريه", "شيخ احدي القري", "عمده قريه", "عمده احدي القري", "رئيس قريه", "زعيم قريه", "رئيس احدي القري", "شيوخ القري",
            "chef d un village", "chef de l un des villages", "chief of a village", "chief of the village", "head of a village", "head of the village",
            // session 9, the local paradigm's administration written out in the three languages: the municipality and its council,
            // the local government (Nigeria's LGA, Sudan's native administration), a local or customary chief; a school's staff
            "mairie", "municipalite", "conseil municipal", "conseil communal", "conseiller communal", "conseillers communaux", "chef local", "chefs locaux", "chef de communaute",
            "municipality", "town council", "local council", "local government", "local chief", "local chiefs", "village chiefs", "traditional chief", "traditional chiefs", "customary chief", "customary chiefs",
            "بلديه", "البلديه", "المجلس البلدي", "مجلس بلدي", "المجلس المحلي", "مجلس محلي", "الحكومه المحليه", "حكومه محليه", "الاداره الاهليه", "اداره اهليه", "زعماء الاداره الاهليه",
            "directeur d ecole", "directeur de l ecole", "directrice de l ecole", "proviseur", "school principal", "vice principal", "headmaster", "head teacher", "مدير المدرسه", "المعلمين",
            // session 11, round 20: the school's head in the feminine and in one word ("the school's headmistress told reporters",
            // "la directrice d'école", "مديرة المدرسة")
            "headmistress", "headteacher", "head of the school", "directrice d ecole", "مديره المدرسه", "ناظر المدرسه",
            // vigilantes and self-defence committees speaking (their leader to a reporter; a militia named in the lexicon stays a group):
            // "le comité d'autodéfense", "the vigilance committee", "a commander of the local hunters' group", "رئيس لجنة اليقظة",
            // Nigeria's CJTF in Arabic ("قوة المهام المشتركة المدنية")
            "comite d autodefense", "comites d autodefense", "groupe d autodefense", "confrerie des chasseurs",
            "vigilante group", "vigilance committee", "hunters group", "hunters association", "self defence group", "self defense group",
            "لجنه اليقظه", "لجان اليقظه", "لجنه الدفاع الذاتي", "قوه المهام المشتركه المدنيه", "قوه المهام المدنيه المشتركه", "الصيادين التقليديين", "الصيادون التقليديون",
            // Sudan's grassroots bodies: resistance committees in the construct ("لجان مقاومة الفاشر"), the emergency (response) rooms
            "لجان مقاومه", "لجنه مقاومه", "غرفه الطوارئ", "غرف الطوارئ", "غرفه طوارئ", "غرف طوارئ", "emergency response room", "emergency response rooms",
            "salle d intervention d urgence", "salles d intervention d urgence", "comites de resistance", "comite de resistance",
            // the bishops and their conference, as the clergy above
            "conference episcopale", "eveques", "bishops", "episcopal conference", "الاساقفه", "مجلس الاساقفه", "اسقف", "الاسقف",
            // session 11, round 20: the clergy as an anonymous source ("selon des sources paroissiales", "church sources said", "مصادر
            // كنسية"), as "sources locales"
            "!sources paroissiales", "!source paroissiale", "!sources ecclesiastiques", "!source ecclesiastique", "!sources religieuses", "!source religieuse",
            "!church sources", "!church source", "!parish sources", "!religious sources", "!مصادر كنسيه", "!مصدر كنسي", "!مصادر دينيه", "!مصدر ديني",
            // a village's or a mosque's imam in Arabic ("وقال إمام القرية"; not a bare "أمام", "in front of")
            "امام القريه", "امام الجامع", "امام مسجد", "امام البلده", "امام الحي", "الامام", "imam du village", "village imam",
            "!مصدرا محليا", "!مصادر محليه",
            // session 10: residents and witnesses in the accusative after "أن", "إن", "لكن" ("غير أن سكانا في القرية قالوا"), as the
            // sources above
            "سكانا", "سكانا محليين", "شهودا", "شهود عيان", "شهودا عيانا",
            // session 18, round 40: local titles in the Arabic indefinite or construct state, beside their definite forms above ("وفق مستشار
            // بلدي", "شيوخ قرى على الجزر", "لجان محلية"), and the local committees in French and English
            "مستشار بلدي", "مستشارون بلديون", "مستشارين بلديين", "مستشارا بلديا", "مستشار جماعي", "شيوخ قرى", "شيوخ قرية", "شيوخ القرية", "شيوخ المنطقة", "شيوخ قبائل", "شيوخ عشائر", "شيوخ العشائر",
            "لجان محلية", "لجنة محلية", "اللجان المحلية", "اللجنة المحلية", "comite local", "comites locaux", "local committee", "local committees",
        ],
        [SourceKind.Security] =
        [
            "!source securitaire", "!sources securitaires", "!source militaire", "!sources militaires", "!security source", "!security sources", "!military source", "!military sources",
            "!مصدر امني", "!مصادر امنيه", "!مصدر عسكري", "!مصادر عسكريه", "!المصادر الامنيه", "!المصادر العسكريه", "!source proche de l armee",
            // session 10, round 19: the singular with the article, as the plural ("وأضاف المصدر العسكري", "المصدر الأمني نفسه:")
            "!المصدر الامني", "!المصدر العسكري",
            // the dual and the force's own anonymous sources: "مصدران أمنيان", "مصدرين عسكريين", "sources within the army", "مصادر في الجيش"
            "!مصدران امنيان", "!مصدرين امنيين", "!مصدران عسكريان", "!مصدرين عسكريين", "!army sources", "!army source", "!sources within the army",
            "!sources de l armee", "!مصادر في الجيش", "!مصدر في الجيش", "!مصادر من الجيش", "!مصدر من الجيش",
            // session 12, round 23: the police's anonymous source in its three languages, as the security source above ("A police source
            // says", "une source policière", "مصدر في الشرطة" already)
            "!police source", "!police sources", "!source policiere", "!sources policieres", "!مصدر بالشرطه",
            // session 9: the Arabic accusative after "لكن", "إن" ("لكن مصدرا عسكريا تحدث لصحيفة")
            "!مصدرا امنيا", "!مصدرا عسكريا", "!مصدرا في الجيش", "!مصدرا في الشرطه",
            "responsable securitaire", "responsables securitaires", "security official", "security officials", "police", "police spokesman", "police spokesperson", "policiers", "الشرطه",
            // the police of a state or a town, named in the construct ("شرطة ولاية سوكوتو"), and its commissioner
            "شرطه", "مفوض الشرطه", "متحدث باسم الشرطه", "ناطق باسم الشرطه", "police commissioner", "commissaire de police", "state police", "state police spokesman", "state police spokesperson", "police public relations officer", "state police command", "police command",
            "مسؤول امني", "مسؤولون امنيون", "مسؤولين امنيين", "مسؤول عسكري", "مسؤولون عسكريون", "مسؤولا امنيا", "مسؤولا عسكريا", "ضابط", "ضابط في الجيش", "ضابط في الشرطه", "مصدر في الشرطه", "مصادر في الشرطه", "الناطق باسم الشرطه", "المتحدث باسم الشرطه",
            "military official", "military officials", "army officer", "an officer", "responsable militaire", "officier",
            // session 10, round 19: the gendarmerie, as the police ("selon la gendarmerie", "the gendarmerie said", "مصدر في الدرك"); a
            // country's gendarmerie named in the lexicon stays that force
            "gendarmerie", "gendarmerie nationale", "commandement de la gendarmerie", "الدرك", "الدرك الوطني", "قياده الدرك",
            "!مصدر في الدرك", "!مصادر في الدرك", "!مصدرا في الدرك", "!source de la gendarmerie", "!sources de la gendarmerie", "!gendarmerie source", "!gendarmerie sources",
        ],
        [SourceKind.Hospital] =
        [
            "hopital", "!source hospitaliere", "!sources hospitalieres", "!source medicale", "!sources medicales", "medecin", "medecins",
            "hospital", "infirmier", "infirmiere", "nurse", "nurses", "!medical source", "!medical sources", "doctor", "doctors", "health worker", "health workers", "clinic", "agent de sante", "soignant", "soignants",
            "!sources hospitalieres", "!hospital sources", "!hospital source", "عامل صحي", "عاملون صحيون", "مركز صحي", "!مصدران طبيان", "!مصدرين طبيين",
            "مستشفى", "المستشفى", "!مصادر طبيه", "!مصدر طبي", "طبيب", "اطباء",
            // session 14, round 28: the singular and plural with the article, as the security cell has them ("وأضاف المصدر الطبي")
            "!المصدر الطبي", "!المصادر الطبيه", "!المصدر الصحي", "!المصادر الصحيه",
            "مسؤول في المستشفى", "مسؤول في مستشفى", "مسؤول طبي", "مسؤولون طبيون", "!مصادر استشفائيه", "!مصدر استشفائي", "!مصادر صحيه", "!مصدر صحي", "ممرض", "ممرضه", "طاقم طبي", "الطاقم الطبي", "مسعفون", "مسعفين", "المسعفين", "مسعف",
            "hospital official", "hospital officials", "medics", "paramedics", "responsable hospitalier",
            // session 9: hospitals by their French names ("le centre hospitalier régional", "le CHR de Ouahigouya", "the teaching hospital")
            "centre hospitalier", "centre hospitalier regional", "centre hospitalier universitaire", "chr", "chu", "teaching hospital", "مستشفى جامعي", "المستشفى الجامعي",
            // session 9: a health source ("a rapporté une source sanitaire locale"; not a health centre, a place: "l'attaque du centre de santé")
            "!source sanitaire", "!sources sanitaires", "!health source", "!health sources", "services de sante", "health services" /* session 13, round 25: a health district's staff, the table's row */, "!مصدرا طبيا", "!مصدرا صحيا",
        ],
        [SourceKind.Un] =
        [
            "onu", "onusien", "onusienne", "onusiens", "onusiennes", "nations unies", "ocha", "hcr", "unhcr", "unicef", "haut commissariat", "united nations", "un mission", "refugee agency", "un refugee agency",
            "الامم المتحده", "مفوضيه", "المفوضيه", "المفوضيه الساميه",
            // the UN's organisations and agencies named in full: "منظمة الأمم المتحدة للطفولة", "وكالة الأمم المتحدة للاجئين", "a UN agency"
            "منظمه الامم المتحده", "وكاله الامم المتحده", "un agency", "un agencies", "agence onusienne", "agences onusiennes",
            // session 8, the UN's offices and agencies by their full names in the three languages (OCHA, WFP, WHO, the Secretary-General's
            // spokesman): "nos collègues du Bureau de la coordination des affaires humanitaires", "مكتب تنسيق الشؤون الإنسانية"
            // (a phrase is read over four words at most: the office's name from its head, "Bureau de la coordination")
            "bureau de la coordination", "coordination des affaires humanitaires", "office for the coordination", "coordination of humanitarian affairs", "مكتب تنسيق الشؤون الانسانيه", "تنسيق الشؤون الانسانيه",
            "programme alimentaire mondial", "world food programme", "برنامج الاغذيه العالمي", "world health organization", "منظمه الصحه العالميه",
            "الامين العام للامم المتحده", "الامين العام للامم",
            // session 11, round 20: the Secretary-General's under-secretaries by their title ("la sous-secrétaire générale aux affaires
            // humanitaires", "the Under-Secretary-General for Humanitarian Affairs", "وكيل الأمين العام للشؤون الإنسانية")
            "sous secretaire general", "sous secretaire generale", "under secretary general", "وكيل الامين العام", "وكيله الامين العام",
            "minusma", "monusco", "unmiss", "يونيسف", "اليونيسف", "مينوسما",
            // session 12, round 23: the UN's migration agency (IOM/OIM), one of the UN agencies of the README's row, missing beside UNHCR
            "oim", "iom", "organisation internationale pour les migrations", "international organization for migration", "international organisation for migration",
            "المنظمه الدوليه للهجره", "منظمه الهجره الدوليه", "منظمه الهجره",
            // session 9, the UN's experts: a panel or group of experts, a special rapporteur, UN experts ("le groupe d'experts sur
            // le Mali", "فريق خبراء الأمم المتحدة المعني بالسودان", "the UN Panel of Experts")
            "groupe d experts", "groupe des experts", "experts de l onu", "experts des nations unies", "experts onusiens", "rapporteur special", "rapporteuse speciale",
            "panel of experts", "group of experts", "un experts", "special rapporteur", "فريق خبراء", "فريق الخبراء", "خبراء الامم المتحده", "خبراء امميون", "المقرر الخاص", "المقرره الخاصه",
        ],
        [SourceKind.Ngo] =
        [
            "ong", "msf", "medecins sans frontieres", "cicr", "croix rouge", "human rights watch", "amnesty", "amnesty international", "observatoire",
            "ngo", "icrc", "red cross", "humanitarian organisation", "humanitarian organization", "aid organisation", "aid organization", "aid group", "aid agency", "relief group", "relief agency", "humanitarian group", "humanitarian agency", "organisation humanitaire", "organisation", "organization", "organisations", "organizations", "associations", "doctors without borders", "rights group", "medical charity", "charity", "association", "rights association",
            "organisation de defense des droits humains", "defense des droits", "rights collective", "human rights collective", "collectif de defense des droits", "collectif des droits", "!sources humanitaires", "!humanitarian sources", "!مصادر انسانيه",
            // session 13, round 25: the singular of the same cell ("Une source humanitaire a indiqué", "A humanitarian source said", "مصدر إنساني")
            "!source humanitaire", "!humanitarian source", "!مصدر انساني", "!مصدرا انسانيا", "جمعيه", "جمعيات", "منظمه انسانيه", "humanitarian worker", "aid worker", "travailleur humanitaire", "عامل اغاثه",
            "منظمه", "الصليب الاحمر", "اطباء بلا حدود", "منظمه حقوقيه",
            // session 10, round 19: a monitor or watchdog by its generic noun, before or after its own name ("The monitoring group
            // Sahel Rights Watchers said", "l'observatoire de surveillance", "a rights watchdog"), as "rights group"
            "monitoring group", "rights monitor", "rights monitoring group", "conflict monitor", "conflict monitoring group", "watchdog", "rights watchdog", "observatory",
            "groupe de surveillance", "organisme de surveillance", "مجموعه رصد", "مجموعه الرصد", "جماعه رصد", "هيئه رقابيه",
            // session 8: "the organisation" named before, as "l'organisation" is ("بحسب ما أفاد مسؤول في المنظمة")
            "المنظمه",
            "منظمه غير حكوميه", "منظمات غير حكوميه", "منظمات حقوقيه", "منظمات انسانيه", "مرصد", "المرصد", "الهلال الاحمر",
            // rights activists compiling a toll: "وفق حصيلة جمعها ناشطون حقوقيون", "rights activists said"
            "ناشطون حقوقيون", "ناشطين حقوقيين", "حقوقيون", "حقوقيين", "rights activists", "human rights activists", "militants des droits humains", "defenseurs des droits humains",
            // the humanitarian partners of a situation report
            "partenaires humanitaires", "acteurs humanitaires", "humanitarian partners", "humanitarian actors", "شركاء انسانيين", "الشركاء الانسانيين", "شركاء العمل الانساني",
            "شركاء في المجال الانساني", "الشركاء في المجال الانساني", "شركاء انسانيون", "الشركاء الانسانيون", "منظمات الاغاثه", "وكالات الاغاثه",
            // aid workers in the plural: "Aid workers in Kaya said", "des travailleurs humanitaires", "عاملون في المجال الإنساني"
            "aid workers", "humanitarian workers", "relief workers", "travailleurs humanitaires", "agents humanitaires", "عاملون في المجال الانساني", "عاملين في المجال الانساني",
            "عمال الاغاثه", "عمال اغاثه", "عاملو الاغاثه", "عاملي الاغاثه",
            // session 9: a doctors' network or volunteer doctors' group is an NGO, not a hospital ("شبكة أطباء كردفان المتطوعين",
            // "le réseau des médecins", "a doctors' network"); the partners of a situation report, bare or by their sector
            "شبكه اطباء", "شبكه الاطباء", "اطباء متطوعون", "اطباء متطوعين", "reseau de medecins", "reseau des medecins", "medecins benevoles", "doctors network", "volunteer doctors",
            "partenaires", "partenaires de protection", "partenaires de sante", "partners", "health partners", "protection partners", "الشركاء", "شركاء", "شركاء الحمايه", "شركاء الصحه",
        ],
        [SourceKind.Media] =
        [
            "afp", "reuters", "associated press", "agence", "agency", "media", "medias", "media arm", "media wing", "propaganda arm", "media de propagande", "organe de propagande", "الذراع الاعلاميه", "مؤسسه الزلاقه", "journal", "television", "radio", "amaq", "عماق", "اعماق",
            // session 19, round 42: the Islamic State's Arabic weekly by its name, as Amaq (ResponsibilityFinder.GroupOutlets maps both to
            // the group); only with its noun ("النبأ" alone is also "the news"). Not the English "al-Naba": "the Islamic State group's
            // weekly al-Naba newsletter" is read as the group already, and a medium mention inside it took the group's figure.
            "صحيفه النبا", "نشره النبا", "اسبوعيه النبا",
            "correspondant", "notre correspondant", "correspondent", "our correspondent", "مراسلنا", "مراسل", "radio communautaire", "community radio",
            // session 9: the newsroom's reporters in the plural, counting ("Sur place, nos correspondants ont compté dix-sept tombes")
            "correspondants", "nos correspondants", "correspondents", "our correspondents", "our reporters", "nos journalistes", "مراسلونا", "مراسلينا", "مراسلو",
            // bloggers and their channels are media ("selon des chaînes Telegram de blogueurs militaires russes", "a channel run by
            // military bloggers", "قناة يديرها مدونون عسكريون")
            "blogueur", "blogueurs", "blogueurs militaires", "chaine telegram", "chaines telegram", "blogger", "bloggers", "military bloggers", "telegram channel", "telegram channels",
            "مدون", "مدونون", "مدونين", "مدونون عسكريون", "قناه على تلغرام", "قنوات تلغرام",
            "وكاله", "قناه", "وسائل اعلام", "وسائل الاعلام", "اذاعه",
            "notre redaction", "redaction", "our newsroom", "our count", "our tally", "notre decompte", "notre bilan", "احصاء اجرته", "موقعنا",
            // session 8, the outlet naming itself in its own count: a newsletter's "رصدت النشرة", "our newsletter counted" (no phrase opens on
            // a word as common as "the", "l", "un", "هذه": each would cost a look-up on every such word; not "امام", which is also "in front of")
            "newsletter", "lettre d information", "النشره", "نشرتنا",
        ],
        [SourceKind.ArmedGroup] =
        [
            "groupe rebelle", "rebel group", "rebel alliance", "rebel coalition", "rebel group s", "الناطق باسم الجماعه",
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
    public static readonly PhraseVocabulary<bool> Prepositions = ClaimVocabulary.Set(
        "selon", "d apres", "a en croire", "de source", "de sources", "citant",
        "حسب ما قال", "حسب ما قالت", "حسب ما افاد", "حسب ما افادت", "حسبما افاد", "حسبما افادت", "حسبما قال", "حسبما قالت", "حسبما اعلن", "حسبما اعلنت",
        "حسب ما اعلن", "حسب ما اعلنت", "وفق ما افاد", "وفق ما افادت", "وفق ما قال", "وفق ما قالت", "according to", "citing", "quoting", "حسب", "وفقا", "وفق", "نقلا عن", "طبقا",
        // the rest of the Arabic paradigm: "استنادا إلى", "على لسان", "نقلت عن", "وفقا لما ذكره", "حسب ما أورده"
        "given by", "provided by",
        // session 7, the passive's agent of a figure ("14 morts annoncés par le gouvernorat", "the toll announced by the ministry",
        // "figures released by OCHA") and the relay that cites its own source ("L'Éclaireur, qui cite des notables", "which quoted
        // residents"): the one after "par"/"by", the one cited
        "annonces par", "annoncee par", "annoncees par", "annonce par", "avances par", "avance par", "donnes par", "donne par", "fournis par", "fourni par",
        "announced by", "released by", "compiled by", "put forward by",
        "qui cite", "qui citent", "qui citait", "which cites", "which cited", "which quoted", "who cited", "who quoted",
        // who a medium learnt it from: "a appris N'Djaména Matin auprès du chef de canton", "learned from" (Arabic "نقلت [الإذاعة]
        // عن": SourceFinder.RelayedFrom): the one it is learnt from speaks, the medium relays
        "aupres de", "aupres du", "aupres des", "aupres d", "learned from", "learnt from",
        "استنادا الى", "استنادا", "على لسان", "نقلا", "وفقا لما", "وفق ما ذكر", "وفق ما ذكرت", "حسب ما ذكر", "حسب ما ذكرت", "حسب ما اورد", "حسب ما اوردت",
        // session 10, round 19: the verb with its resumptive pronoun ("حسب ما أعلنه حاكم الإقليم", "وفق ما ذكره", "حسبما صرح به"):
        // the one after it speaks, not a noun before the preposition
        "حسب ما اعلنه", "حسب ما اعلنته", "حسبما اعلنه", "حسبما اعلنته", "وفق ما اعلنه", "وفق ما اعلنته", "حسب ما ذكره", "حسب ما ذكرته", "وفق ما ذكره", "وفق ما ذكرته",
        "حسب ما اكده", "حسب ما اكدته", "وفق ما اكده", "وفق ما اكدته", "حسب ما قاله", "وفق ما قاله", "حسب ما صرح به", "حسبما صرح به", "وفق ما صرح به",
        "حسب ما افاد به", "حسبما افاد به", "وفق ما افاد به", "حسب ما اورده", "وفق ما اورده",
        // session 12, round 24: "وفق ما أعلن" and "وفقا لما أعلن", as "حسب ما أعلن" (the speaker follows)
        "وفق ما اعلن", "وفق ما اعلنت", "وفقا لما اعلن", "وفقا لما اعلنت", "وفقا لما افاد", "وفقا لما افادت", "وفقا لما قال", "وفقا لما قالت",
        // session 13, round 25: the same with the object pronoun of the verb, as "حسب ما أعلنه" ("وفقا لما أعلنه حاكم الولاية")
        "وفقا لما اعلنه", "وفقا لما اعلنته", "وفقا لما ذكره", "وفقا لما ذكرته", "وفقا لما قاله", "وفقا لما قالته");

    /// <summary>The source is the subject, before (French, English) or after (Arabic, "said the army").</summary>
    public static readonly PhraseVocabulary<bool> Verbs = ClaimVocabulary.Set(
        "annonce", "annoncent", "affirme", "affirment", "indique", "indiquent", "rapporte", "rapportent", "declare", "declarent", "precise", "precisent",
        "assure", "assurent", "fait etat", "font etat", "parle", "parlent", "evoque", "evoquent", "confirme", "confirment", "signale", "signalent",
        // session 14, round 29: the passive participle in the feminine and plural ("L'information a été confirmée par le maire"), as
        // the masculine "a été confirmé par" already reads
        "confirmee", "confirmees", "confirmes",
        "reconnait", "dement", "denonce", "revendique", "revendiquent", "avance", "avancent", "recense", "recensent", "compte", "comptent", "denombre",
        "accuse", "accusent", "accused", "accuses", "اتهمت", "اتهم", "dit", "disent", "estime", "estiment", "estimated", "estimates", "قدر", "قدرت", "reconnu", "acknowledged", "acknowledges", "admitted", "documented", "documente", "tell", "tells",
        "said", "says", "say", "reported", "reports", "announced", "announces", "stated", "claimed", "claims", "told", "confirmed", "put", "puts", "counted", "gave", "denied",
        "describes", "describe", "described", "speaks", "speak", "spoke", "insists", "added", "show", "shows", "showed", "montrent",
        "diffuse", "diffusent", "publie", "publient", "released", "releases", "published", "publishes", "بثت", "بث", "نشرت", "نشر",
        "اكدوا", "افادوا", "ذكروا", "اشاروا", "اوضحوا", "تحدثوا", "اعلنوا", "زعموا", "اتهموا",
        "قال", "قالت", "افاد", "افادت", "اعلن", "اعلنت", "تعلن", "يعلن", "ذكر", "ذكرت", "اكد", "اكدت", "تؤكد", "يؤكد", "اوضح", "اوضحت",
        "يتحدث", "تتحدث", "تحدث", "تحدثت", "اشار", "اشارت", "تبنى", "تبنت", "نفى", "نفت", "تقول", "يقول", "احصى", "احصت", "زعم", "زعمت", "ادعى", "ادعت", "اضاف", "اضافت", "اضافوا", "قالوا",
        "اقر", "اقرت", "اعترف", "اعترفت", "تعترف", "يعترف", "admits",
        // session 12, round 24: the English present of the wire's and the communiqué's headline tense, as "says" ("The police command
        // confirms the abduction of eight", "The government gives its first toll:")
        "confirms", "gives", "estimate",
        // session 18, round 39: the plural present before its clause, a situation report's and a live blog's tense ("Partners report
        // that 12 people were abducted", "Residents report that"), as "say" beside "says"; not the bare noun ("the report said")
        "report that",
        // a communiqué's opening verb, "Le Gouvernement informe que", "The ministry informs the public that"
        "informe", "informent", "informs",
        // session 13, round 25: the outlet's own verbs of finding out and counting, whose subject is the outlet or its reporter
        // ("The paper has learnt", "Our correspondent counts"; not the French "a appris", whose "auprès de" names the source)
        "has learnt", "has learned", "have learnt", "have learned", "counts",
        // "fait état" past the adverb of a revision, as "fait également état" ("le gouverneur fait désormais état de 23 morts")
        "fait desormais etat", "font desormais etat", "fait maintenant etat", "fait encore etat", "font encore etat",
        // session 11, round 20: a claim in a relative, with its resumptive pronoun ("الهجوم الذي تبنته جماعة أنصار الإسلام")
        "تبنته", "تبنتها", "تبناه", "تبناها",
        // the rest of the Arabic paradigm of telling and counting: "صرّح", "أورد", "كشفت", "وثّق", "رصد", "أبلغ" (not "نُقل", carried)
        "يزعم", "تزعم", "يدعي", "تدعي", "يذكر", "تذكر", "يشير", "تشير", "يضيف", "تضيف", "يوضح", "توضح", "يعلنون", "يقولون", "تقولان",
        "اعلنتها", "اعلنها", "صرح", "صرحت", "صرحوا", "اورد", "اوردت", "كشفت", "وثق", "وثقت", "رصد", "رصدت", "ابلغ", "ابلغت", "افادوا", "يفيد", "تفيد", "اعلنه", "اعلنته",
        // who details or draws up a toll tells it: "le ministre a détaillé le bilan", "the governor detailed the casualties"
        "detaille", "detaillent", "detailed", "dresse", "dressent",
        // a witness telling what happened: "un commerçant raconte", "a survivor recounted"
        "rappelle", "rappellent", "rappele", 
        // the recent past names the teller as the subject of "venir de": "l'état-major vient de publier un bilan : neuf soldats tués"
        "vient de publier", "viennent de publier", "vient d annoncer", "viennent d annoncer", "vient de confirmer", "viennent de confirmer", "vient de rendre public", "vient de communiquer",
        "raconte", "racontent", "temoigne", "temoignent", "recounted", "recounts", "recalled", "روى", "روت", "يروي", "تروي",
        // who condemns or mourns an attack tells its toll: "Nigeria's presidency condemned an attack that killed 15", "نعت هيئة الأركان ١٧ شهيدا"
        "condamne", "condamnent", "deplore", "deplorent", "condemned", "condemns", "deplored", "deplores", "mourned", "mourns", "ادان", "ادانت", "تدين", "يدين", "نعت", "نعى", "ينعى", "تنعى", "استنكر", "استنكرت",
        // session 11, round 20: who demands protection or justice after an attack tells its toll, as who condemns it ("طالبت النقابة
        // بحماية المدارس بعد هجوم أسفر عن مقتل معلمين", "the union called for"); not French "réclame", as often a kidnapper's
        // ransom or a speaker's second verb ("l'orateur affirme … et réclame une rançon")
        "طالب", "طالبت", "يطالب", "تطالب", "طالبوا", "called for", "calls for",
        // who blames states the deed: "نسبت الحكومة … الهجوم الذي أودى بحياة", "He attributed the blast to JNIM"
        "blamed", "blames", "attributed", "attributes", "attribue", "attribuent", "impute", "imputent", "نسب", "نسبت", "حمل", "حملت", "mis en cause", "mettent en cause", "met en cause",
        "presente comme l auteur", "presente comme responsable",
        // session 9: who adds or answers tells ("Le communiqué ajoute que", "Le ministre a répondu que", "the minister replied
        // that"), also past an adverb ("La note fait également état de")
        "ajoute", "ajoutent", "repondu", "repond", "replied", "replies", "responded", "fait egalement etat", "fait aussi etat", "font egalement etat",
        // session 10: who raises, revises or keeps to a toll tells it ("رفعت المصادر الأمنية حصيلة القتلى إلى", "the ministry raised
        // the toll to", "Le ministère, lui, s'en tient à un bilan de dix-huit")
        // (English only with the toll after it: "raised the alarm" tells nothing)
        "رفعت", "رفع", "ترفع", "يرفع", "raised the toll", "raised the death toll", "raised its toll", "raises the toll", "raises the death toll", "revised the toll",
        "revised the death toll", "revised its toll", "s en tient a", "s en tiennent a",
        // session 10, round 19: the French imperfect of telling ("le même jour, l'armée annonçait avoir neutralisé", "la police
        // indiquait que"), as its present and past
        "annoncait", "annoncaient", "affirmait", "affirmaient", "indiquait", "indiquaient", "precisait", "precisaient", "declarait", "declaraient",
        "assurait", "assuraient", "evoquait", "evoquaient", "signalait", "signalaient", "confirmait", "confirmaient", "faisait etat", "faisaient etat", "rapportait", "rapportaient");

    /// <summary>Arabic participles that attribute to the subject of the sentence: "…, معلنا مقتل ثلاثة", "متحدثة عن نحو ١٥ قتيلا".</summary>
    public static readonly PhraseVocabulary<bool> Participles = ClaimVocabulary.Set(
        "معلنا", "معلنه", "مدعيا", "مدعيه", "مؤكدا", "مؤكده", "مشيرا", "مشيره", "متحدثا", "متحدثه", "مضيفا", "مضيفه", "affirmant", "annoncant", "assurant", "precisant", "saying", "claiming",
        "موضحا", "موضحه", "ذاكرا", "ذاكره",
        // session 12, round 24: the plural participles after a plural subject ("وكان ناشطون … قد حمّلوا الجماعة المسؤولية، مشيرين إلى
        // فقدان …"), as the singular
        "مشيرين", "مشيرات", "مؤكدين", "مؤكدات", "معلنين", "متحدثين", "مضيفين", "موضحين", "مدعين",
        "evoquant", "indiquant", "declarant", "rapportant", "signalant", "faisant etat", "ajoutant", "adding", "stating", "noting", "reporting",
        // session 15, round 30: the Arabic participle of "said" itself ("وتبنت الجماعة الكمين، قائلة في بيان إنها قتلت"), as "saying"
        "قائلا", "قائله", "قائلين", "قائلات");

    /// <summary>The source named just before: "indique la même source", "selon le communiqué", "بحسب البيان نفسه".</summary>
    public static readonly PhraseVocabulary<bool> SameSource = ClaimVocabulary.Set(
        "meme source", "same source", "المصدر نفسه", "نفس المصدر", "المصدر ذاته", "le communique", "le texte", "the statement", "البيان",
        // session 17, round 38: a demonstrative points back at the document as the article does ("Selon ce communiqué", "this statement said")
        "ce communique", "ce texte", "cette declaration", "ce document", "this statement", "that statement", "this document",
        // session 10, the same paradigm for a document: "selon le même communiqué", "the same statement said", "وأضاف البيان نفسه"
        "meme communique", "meme declaration", "meme rapport", "meme document", "same statement", "same report", "same document",
        "البيان نفسه", "البيان ذاته", "نفس البيان", "التقرير نفسه", "التقرير ذاته", "نفس التقرير",
        // a possessive statement is its owner's, named before: "selon son communiqué", "in its statement", "بحسب بيانها"
        // session 9: a document named before, referred back ("La note fait également état de", "the report adds", "وأضاف التقرير")
        "la note", "cette note", "le rapport", "ce rapport", "le document", "the note", "the report", "this report", "the document", "التقرير", "المذكره",
        // session 10, round 19: a first statement referred back to, once a later one is told ("Le premier communiqué affirmait",
        // "the original statement had said", "وكان البيان الأول قد تحدث"): its issuer, named before
        "premier communique", "premier message", "premier texte", "first statement", "original statement", "first claim", "original claim", "first message",
        "البيان الاول", "البيان الاصلي", "البيان السابق",
        "son communique", "sa declaration", "son bulletin", "its statement", "their statement", "its bulletin", "بيانه", "بيانها",
        // a toll of its own: "selon ses propres chiffres", "according to its own figures", "بحسب حصيلتها"
        "ses propres chiffres", "ses chiffres", "son propre bilan", "its own figures", "its figures", "their own figures", "his own figures", "its own count", "حصيلتها", "حصيلته", "ارقامها", "ارقامه");

    /// <summary>A statement whose issuer is nearby: "communiqué de l'armée", "FLA statement", "بيان الجبهة".</summary>
    public static readonly PhraseVocabulary<bool> Statements = ClaimVocabulary.Set(
        "communique", "communiques", "declaration", "statement", "statements", "بيان", "البيان", "تصريح", "تصريحات", "بلاغ", "البلاغ");

    private static PhraseVocabulary<(SourceKind, bool)> Build(Dictionary<SourceKind, string[]> byKind)
    {
        var words = new PhraseVocabulary<(SourceKind, bool)>();
        foreach (var (kind, list) in byKind)
            foreach (var word in list)
                words.AddPhrase(Sahel.Normalize.TextNormalizer.Normalize(word.TrimStart('!')), (kind, word.StartsWith('!')));
        return words;
    }
}
