using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 5's tolls round, one mechanism per case and each written out as a paradigm, not as the form one story used:
/// Arabic number words in every gender, case and size, duals and "one"/"two" after their noun, digits in every script
/// and with thousands separators, bare ranges, the toll, kidnapping and missing words of the three languages, the
/// Arabic comma, and who a figure is from. Sentences written for these tests; most forms appear in no labelled story.
/// </summary>
public sealed class ClaimTollParadigmTests
{
    [Theory]
    // hundreds and thousands, written as one word or two, with the hamza seat the normaliser folds away
    [InlineData("قتل مئة جندي في الهجوم", 100, 100, "exact")]
    [InlineData("لقي مائتا مدني حتفهم", 200, 200, "exact")]
    [InlineData("قتل ثلاثمائة شخص في المجزرة", 300, 300, "exact")]
    [InlineData("قتل ثلاث مئة وخمسة وعشرون شخصا", 325, 325, "exact")]
    [InlineData("قتل ألف ومئتا مدني خلال الهجمات", 1200, 1200, "exact")]
    [InlineData("قتل خمسة وعشرون ألف شخص", 25000, 25000, "exact")]
    [InlineData("Mille deux cents personnes ont été tuées", 1200, 1200, "exact")]
    [InlineData("Deux cent quarante personnes ont été tuées", 240, 240, "exact")]
    [InlineData("Three hundred people were killed", 300, 300, "exact")]
    // feminine teens and the article: "إحدى عشرة", "اثنتا عشرة", "ثلاث عشرة", "يتجاوز الستين"
    [InlineData("لقيت إحدى عشرة امرأة حتفهن", 11, 11, "exact")]
    [InlineData("قتلت اثنتا عشرة امرأة في القصف", 12, 12, "exact")]
    [InlineData("قتلت ثلاث عشرة امرأة في القصف", 13, 13, "exact")]
    [InlineData("قال أحد السكان إن عدد القتلى يتجاوز الستين", 61, null, "more-than")]
    // digits: thousands separated by a comma or the Arabic separator, Persian digits
    [InlineData("Gunmen killed 1,200 civilians in the district", 1200, 1200, "exact")]
    [InlineData("قتل ١٬٢٠٠ شخص في المنطقة", 1200, 1200, "exact")]
    [InlineData("قتل ۱۵ جنديا في الكمين", 15, 15, "exact")]
    // one and two after the noun they count; a dual written like a plural after a count is the plural
    [InlineData("قتلت القوات إرهابيين اثنين", 2, 2, "exact")]
    [InlineData("قتل مدني واحد في القصف", 1, 1, "exact")]
    [InlineData("قتل ستة دركيين في الهجوم", 6, 6, "exact")]
    [InlineData("خطف المسلحون حارسين من المدرسة", 2, 2, "exact")]
    // ranges with the second bound joined to "و" in digits, and bare ranges before the people they count
    [InlineData("خطفوا ما بين ٥٠ و٦٠ تلميذا", 50, 60, "range")]
    [InlineData("Des hommes armés ont enlevé six à huit personnes", 6, 8, "range")]
    [InlineData("Gunmen seized five to ten farmers near the river", 5, 10, "range")]
    [InlineData("قتل خمسة أو ستة جنود في الاشتباك", 5, 6, "range")]
    public void Reads_every_form_of_a_count(string sentence, int low, int? high, string qualifier)
    {
        var toll = Assert.Single(ClaimExtractor.Extract("Sahel", sentence, null).Tolls);
        Assert.Equal((low, high, qualifier), (toll.Count.Min!.Value, toll.Count.Max, toll.Count.Qualifier));
    }

    [Fact]
    public void A_bound_after_a_count_that_opens_the_next_one_is_the_next_ones()
    {
        var tolls = ClaimExtractor.Extract("Sahel", "Trois soldats tués, au moins cinq civils blessés.", null).Tolls;
        Assert.Equal(["exact", "at-least"], tolls.Select(t => t.Count.Qualifier));
    }

    [Fact]
    public void Burying_counts_people_only() =>
        Assert.Empty(ClaimExtractor.Extract("Sahel", "Les habitants ont enterré trois puits sous le sable.", null).Tolls);

    [Fact]
    public void A_day_named_two_is_no_count() =>
        Assert.Equal([8], ClaimExtractor.Extract("Sahel", "قتل ثمانية جنود يوم الاثنين في هجوم على موقعهم", null).Tolls.Select(t => t.Count.Min!.Value));

    [Fact]
    public void Thousands_alone_are_no_count() =>
        Assert.Empty(ClaimExtractor.Extract("Sahel", "نزح آلاف المدنيين بعد الهجوم", null).Tolls);

    [Fact]
    public void An_anaphoric_number_word_is_no_new_count() =>
        Assert.Equal([8], ClaimExtractor.Extract("Sahel", "قتل ثمانية مدنيين. وقالت جمعية إن الجنود أعدموا الضحايا الثمانية.", null).Tolls.Select(t => t.Count.Min!.Value).Distinct());

    [Theory]
    // killed: every person of "met his death", martyrdom, bodies
    [InlineData("لقيت امرأتان حتفهما في الانفجار", TollKind.Killed, 2)]
    [InlineData("استشهد ثلاثة جنود في الكمين", TollKind.Killed, 3)]
    [InlineData("استقبل المستشفى جثتين", TollKind.Killed, 2)]
    // wounded
    [InlineData("أصيبت أربع نساء بجروح", TollKind.Wounded, 4)]
    // kidnapped: passives, "taken to an unknown place", hostages, French and English agreement and phrasal forms
    [InlineData("اقتيد سبعة رعاة إلى جهة مجهولة", TollKind.Kidnapped, 7)]
    [InlineData("اختطفت خمس نساء من القرية", TollKind.Kidnapped, 5)]
    [InlineData("Trois enseignantes ont été prises en otage", TollKind.Kidnapped, 3)]
    [InlineData("Sept bergers ont été emmenés par les assaillants", TollKind.Kidnapped, 7)]
    [InlineData("Gunmen carried off twelve schoolgirls", TollKind.Kidnapped, 12)]
    [InlineData("Nine villagers were taken hostage", TollKind.Kidnapped, 9)]
    // missing
    [InlineData("لا يزال ستة أشخاص في عداد المفقودين", TollKind.Missing, 6)]
    [InlineData("اختفى ثلاثة صيادين قرب البحيرة", TollKind.Missing, 3)]
    [InlineData("Deux humanitaires sont portées disparues", TollKind.Missing, 2)]
    [InlineData("Cinq collègues manquent toujours à l'appel", TollKind.Missing, 5)]
    [InlineData("Four aid workers remain unaccounted for", TollKind.Missing, 4)]
    public void Reads_the_toll_words_of_every_kind(string sentence, TollKind kind, int count)
    {
        var toll = Assert.Single(ClaimExtractor.Extract("Sahel", sentence, null).Tolls);
        Assert.Equal((kind, count), (toll.Kind, toll.Count.Min!.Value));
    }

    [Theory]
    // an English participle between a count and its noun; a listed count after a comma; "en avoir capturé"
    [InlineData("JNIM released a video of 9 captured Malian troops.", "kidnapped soldiers 9")]
    [InlineData("Le texte fait état de 46 terroristes neutralisés, 9 capturés et 12 motos saisies.", "kidnapped attackers 9")]
    [InlineData("Il affirme y avoir tué 23 gendarmes et en avoir capturé deux.", "kidnapped people 2")]
    // an Arabic toll noun keeps the count before it and takes the adjective after it
    [InlineData("استقبل المستشفى ٣١ جثة و١٩ جريحا", "killed people 31")]
    [InlineData("استقبل المستشفى ٣١ جثة و١٩ جريحا", "wounded people 19")]
    [InlineData("أسفر الهجوم عن سقوط ١٩ قتيلا مدنيا", "killed civilians 19")]
    [InlineData("وقال المراسل إن المسلحين اقتادوا منهم سبعة عشر راكبا", "kidnapped civilians 17")]
    // a lower bound before coordinated counts bounds each (French and English)
    [InlineData("Au moins vingt et un civils et quatre militaires ont été tués.", "killed soldiers 4+")]
    // the earlier figure of an updated toll; the buried dead; a coordinated count past a nationality; "au moins" after the noun
    [InlineData("Le bilan a été porté à dix-neuf morts, contre onze annoncés lundi.", "killed people 11")]
    [InlineData("ارتفعت حصيلة القتلى إلى ٢٥ بعدما كانت ١٩", "killed people 19")]
    [InlineData("The toll rose to 40, the governor said, revising up an earlier figure of 28.", "killed people 28")]
    [InlineData("« Nous avons enterré quatorze militaires ce matin », raconte un notable.", "killed soldiers 14")]
    [InlineData("Deux soldats nigériens et un soldat burkinabè sont morts.", "killed soldiers 2")]
    [InlineData("Une source sécuritaire parle de 19 morts au moins.", "killed people 19+")]
    public void Reads_who_and_how_many(string sentence, string expected)
    {
        var tolls = ClaimExtractor.Extract("Sahel", sentence, null).Tolls
            .Select(t => $"{t.Kind.ToString().ToLowerInvariant()} {t.Victims ?? "people"} {t.Count.Min}{(t.Count.Qualifier == "at-least" ? "+" : "")}");
        Assert.Contains(expected, tolls);
    }

    [Theory]
    [InlineData("قال مسؤول في المستشفى إن ١٢ جريحا وصلوا", 12, SourceKind.Hospital)]
    // the medium told, joined to "ل", is not the source
    [InlineData("أما زعيم تقليدي في المنطقة فتحدث لوكالة أنباء الساحل عن سقوط ٢٠ قتيلا", 20, SourceKind.Local)]
    // a medium relaying ("عن") someone: the one quoted speaks
    [InlineData("وفق ما نقلته إذاعة محلية عن أحد الشهود، قتل مسلحون سبعة مدنيين", 7, SourceKind.Local)]
    // the force whose men are counted is not the subject of the source's verb
    [InlineData("ارتفع إلى تسعة عدد عناصر الدرك الذين لقوا حتفهم، حسب مصدر أمني تحدث لمراسلنا", 9, SourceKind.Security)]
    [InlineData("أفاد شركاء في المجال الإنساني بمقتل ١٤ مدنيا", 14, SourceKind.Ngo)]
    [InlineData("According to local authorities, 21 civilians were killed.", 21, SourceKind.Local)]
    [InlineData("Vingt-neuf soldats ont été tués, d'après un décompte établi par notre rédaction.", 29, SourceKind.Media)]
    public void Reads_who_gives_the_figure(string sentence, int count, SourceKind kind)
    {
        var toll = Assert.Single(ClaimExtractor.Extract("Sahel", sentence, null).Tolls);
        Assert.Equal((count, kind), (toll.Count.Min!.Value, toll.Source?.Kind ?? SourceKind.Unattributed));
    }

    [Theory]
    // "the same source" as the subject just before its verb (Arabic "كان المصدر ذاته قد تحدث"; French "la même source a ajouté")
    [InlineData("قال مصدر أمني إن ١٢ دركيا قتلوا. وكان المصدر ذاته قد تحدث في البداية عن ثمانية قتلى.")]
    [InlineData("Un responsable sécuritaire a parlé de 12 gendarmes tués. Plus tard, la même source a évoqué huit morts.")]
    public void The_same_source_before_its_verb_is_the_one_named_before(string text) =>
        Assert.All(ClaimExtractor.Extract("Sahel", text, null).Tolls, t => Assert.Equal(SourceKind.Security, t.Source!.Kind));

    [Fact]
    public void Personnel_are_soldiers() =>
        Assert.Equal("soldiers 4", ClaimExtractor.Extract("Sahel", "The army said troops had repelled the attack, losing four personnel.", null).Tolls.Select(t => $"{t.Victims} {t.Count.Min}").Single());

    [Fact]
    public void The_arabic_comma_parts_a_figure_from_the_next_speaker()
    {
        var tolls = ClaimExtractor.Extract("Sahel", "أعلنت وزارة الدفاع مقتل ١٠ جنود، وقال مسؤول في المستشفى إن ٢٠ جريحا وصلوا.", null).Tolls;
        Assert.Equal([SourceKind.Government, SourceKind.Hospital], tolls.Select(t => t.Source!.Kind));
    }

    [Fact]
    public void A_participle_goes_on_with_the_speaker_just_read()
    {
        var tolls = ClaimExtractor.Extract("Sahel", "Niger's army lost five of its men near Tahoua, the defence ministry said, adding that 19 attackers were killed.", null).Tolls;
        Assert.All(tolls, t => Assert.Equal(SourceKind.Government, t.Source!.Kind));
    }

    [Fact]
    public void A_correction_withdraws_its_old_figure() =>
        Assert.Equal([6], ClaimExtractor.Extract("تصحيح", "ورد في خبر نشرناه أمس أن عدد القتلى بلغ ستة عشر دركيا، والصحيح أن ستة دركيين قتلوا.", null).Tolls.Select(t => t.Count.Min!.Value));

    // Session 5, precision: what makes a number NOT a toll of the story, class by class.

    [Theory]
    // hostages set free, in every person and tense of the three languages' verbs of freeing, the headline present included
    [InlineData("Troops rescue 21 hostages in the forest")]
    [InlineData("Police free nine abducted pupils near Kaduna")]
    [InlineData("The group releases four hostages after talks")]
    [InlineData("L'armée libère douze otages lors d'une opération")]
    [InlineData("Les forces spéciales ont délivré cinq otages.")]
    [InlineData("Sept otages ont été secourus par les militaires.")]
    [InlineData("الجيش ينقذ ١٥ رهينة في غابة سامبيسا")]
    [InlineData("أفرجت الجماعة عن سبعة رهائن")]
    [InlineData("تمكنت القوات من تحرير ثلاثة رهائن")]
    public void Hostages_set_free_are_no_toll(string sentence) =>
        Assert.DoesNotContain(ClaimExtractor.Extract("Sahel", sentence, null).Tolls, t => t.Kind == TollKind.Kidnapped);

    [Theory]
    // a liberation word inside a group's name is no deed of freeing
    [InlineData("قالت جبهة تحرير أزواد إنها أسرت ستة جنود")]
    [InlineData("The Liberation Front said it captured six soldiers.")]
    [InlineData("Le Front de libération a affirmé avoir capturé six soldats.")]
    public void A_front_named_for_liberation_still_captures(string sentence) =>
        Assert.Equal([6], ClaimExtractor.Extract("Sahel", sentence, null).Tolls.Where(t => t.Kind == TollKind.Kidnapped).Select(t => t.Count.Min!.Value));

    [Theory]
    // a month dated without its day, or called "last", tells another event: its clause and the rest of the sentence
    [InlineData("Its worst raid, in March 2024, killed 30 soldiers.")]
    [InlineData("The group claimed the June 2023 ambush in which dozens of soldiers died.")]
    [InlineData("En août dernier, une embuscade a tué neuf gendarmes.")]
    [InlineData("Depuis l'attaque de Boni de juillet 2022, qui avait coûté la vie à 15 soldats, la route est fermée.")]
    [InlineData("وكانت هجمات قد قتلت ١٥ شخصا في المنطقة في نوفمبر الماضي")]
    [InlineData("منذ الهجوم الذي وقع في شهر مارس ٢٠٢٣ وقتل فيه ٤٠ جنديا، تراجعت الدوريات")]
    public void A_month_of_the_past_is_another_event(string sentence) =>
        Assert.Empty(ClaimExtractor.Extract("Sahel", sentence, null).Tolls);

    [Theory]
    // today's figure before a past month stays; a dated day and a report's period are the story's own
    [InlineData("Twelve soldiers were killed on Sunday, in the town where the June 2023 raid killed 40.", 12)]
    [InlineData("Le 12 mai 2025, des militaires ont tué 20 civils.", 20)]
    [InlineData("Between January and March 2026, 40 civilians were killed, the UN said.", 40)]
    public void A_dated_day_or_a_report_period_stays(string sentence, int count) =>
        Assert.Equal([count], ClaimExtractor.Extract("Sahel", sentence, null).Tolls.Select(t => t.Count.Min!.Value));

    [Theory]
    // the headline's figure retold in the text is one toll, with the text's source, whoever the headline names near it
    [InlineData("L'armée annonce 12 soldats tués", "Le gouvernement a indiqué que 12 soldats ont été tués.", SourceKind.Government)]
    [InlineData("الجيش: مقتل ٧ جنود في كمين", "أعلنت وزارة الدفاع مقتل ٧ جنود في الكمين.", SourceKind.Government)]
    [InlineData("Army says 30 militants killed", "The defence ministry said more than 30 militants were killed.", SourceKind.Government)]
    [InlineData("Group says it seized four aid workers", "The NGO said four of its aid workers had been abducted.", SourceKind.Ngo)]
    public void A_headline_figure_retold_takes_the_texts_source(string title, string text, SourceKind kind) =>
        Assert.Equal(kind, Assert.Single(ClaimExtractor.Extract(title, text, null).Tolls).Source!.Kind);

    [Fact]
    public void A_headline_figure_the_text_does_not_retell_stays() =>
        Assert.Equal([12, 20], ClaimExtractor.Extract("Army says 12 killed", "Residents said 20 people were killed.", null).Tolls.Select(t => t.Count.Min!.Value).Order());

    [Theory]
    // a vague count after a figure of the same kind in its sentence is part of it or the same dead told again
    [InlineData("A nurse said 18 people were killed, adding that many bodies had been buried in haste.", 18)]
    [InlineData("Un habitant parle de 40 morts et affirme que plusieurs corps ont été enterrés à la hâte.", 40)]
    [InlineData("قال شاهد إن ٣٥ شخصا قتلوا، وإن بعض الجثث دفنت في المكان.", 35)]
    [InlineData("The office recorded 50 civilian deaths, several of them in markets.", 50)]
    public void A_vague_count_after_a_figure_is_no_new_toll(string sentence, int count) =>
        Assert.Equal([count], ClaimExtractor.Extract("Sahel", sentence, null).Tolls.Select(t => t.Count.Min!.Value));

    [Theory]
    // other people, or "others", still add a toll of their own
    [InlineData("Twelve soldiers were killed and several civilians died.")]
    [InlineData("Dix soldats ont été tués et plusieurs autres ont péri.")]
    [InlineData("قتل عشرة جنود وعدد آخر من المدنيين")]
    public void Several_others_still_count(string sentence) =>
        Assert.Contains(ClaimExtractor.Extract("Sahel", sentence, null).Tolls, t => t.Count.Qualifier == "several");

    [Fact]
    public void A_headline_vague_count_the_text_gives_in_figures_is_one_toll() =>
        Assert.Equal([7], ClaimExtractor.Extract("Des frappes font plusieurs morts à Kidal, selon des témoins", "Des témoins font état de sept civils tués.", null).Tolls.Select(t => t.Count.Min!.Value));

    [Theory]
    // an estimate, before its count or after it, in the three languages (the speaker's own "estime à 13" is not one)
    [InlineData("An estimated 40 villagers were killed in the raid.", 40)]
    [InlineData("Close to 40 villagers were killed in the raid.", 40)]
    [InlineData("Autour de 40 villageois ont été tués.", 40)]
    [InlineData("Quarante villageois environ ont été tués.", 40)]
    [InlineData("قال الأهالي إن عدد القتلى يناهز ٤٠", 40)]
    [InlineData("قتل ٤٠ قرويا تقريبا في الهجوم", 40)]
    [InlineData("خطف مسلحون ما يقرب من ٤٠ قرويا", 40)]
    public void Reads_an_estimate_as_about(string sentence, int middle)
    {
        var toll = Assert.Single(ClaimExtractor.Extract("Sahel", sentence, null).Tolls);
        Assert.Equal(("about", middle), (toll.Count.Qualifier, (toll.Count.Min!.Value + toll.Count.Max!.Value) / 2));
    }

    [Fact]
    public void A_speakers_own_estimate_is_his_figure() =>
        Assert.Equal("exact", Assert.Single(ClaimExtractor.Extract("Sahel", "Un élu estime à 13 le nombre de personnes toujours retenues.", null).Tolls).Count.Qualifier);

    [Theory]
    // the one a blame falls on ("on JNIM", "au JNIM", "إلى جماعة") is the accused, not the speaker of the next clause;
    // after an Arabic comma and "while"/"but it", the verb goes on with the sentence's subject
    [InlineData("The army said it repelled the raid. It blames the attack on JNIM and says 30 terrorists were killed.", SourceKind.Army)]
    [InlineData("L'armée dit avoir repoussé l'assaut. Elle impute l'attaque au JNIM et affirme que 30 terroristes ont été tués.", SourceKind.Army)]
    [InlineData("وثقت منظمة حقوقية الهجمات ونسبت معظمها إلى جماعة نصرة الإسلام والمسلمين، فيما قالت إن غارات قتلت ١٢ مدنيا", SourceKind.Ngo)]
    public void The_accused_is_not_the_speaker(string text, SourceKind kind) =>
        Assert.Equal(kind, ClaimExtractor.Extract("Sahel", text, null).Tolls.Last().Source!.Kind);
}

