using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 7's tolls round: where the speaker stands relative to the figure, written out as a paradigm (a line opening
/// on its source after a ticker mark or a time stamp, a closing attribution in brackets, "in which he said", the local
/// voices' nouns), and the kidnapped and missing tolls of the three languages. Sentences written for these tests; most
/// forms appear in no labelled story.
/// </summary>
public sealed class ClaimTollSourceParadigmTests
{

    [Theory]
    // a ticker or live-blog line "SOURCE [its complement]: figure": the source past the mark and before the colon
    [InlineData("عاجل | وزارة الدفاع النيجرية: مقتل ١٤ جنديا في هجوم قرب تيلابيري", SourceKind.Government)]
    [InlineData("١٠:٤٥ — منظمة إنسانية عاملة في المنطقة: مقتل ثلاثة سائقين", SourceKind.Ngo)]
    [InlineData("عاجل | سكان محليون: الغارة أوقعت تسعة قتلى", SourceKind.Local)]
    [InlineData("BREAKING | Army spokesman in Maiduguri: 12 insurgents killed in Bama", SourceKind.Army)]
    [InlineData("URGENT – Le gouverneur de la région : huit civils tués à Ségou", SourceKind.Government)]
    [InlineData("14:20 – Local officials in Djibo: 9 traders abducted on the road", SourceKind.Local)]
    public void A_line_opening_on_its_source_and_a_colon(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // not a heading: a verb or a figure before the colon, or a name deep in the line
    [InlineData("عاجل | الجيش يعلن مقتل ٥ إرهابيين في غارة: تفاصيل")]
    [InlineData("Mise à jour | Des hommes armés ont attaqué le poste de la gendarmerie : quatre morts")]
    public void Not_a_heading_when_a_verb_or_a_clause_comes_first(string text) =>
        Assert.NotEqual(SourceKind.Local, LastSource(text));

    [Theory]
    // a closing attribution in brackets attributes the figures of its sentence and those before it left unattributed
    [InlineData("Le bilan s'établit à 12 terroristes neutralisés. Côté ami, deux blessés. (communiqué de l'état-major général des armées)", 2, SourceKind.Army)]
    [InlineData("« Quinze assaillants ont été neutralisés et trois soldats blessés. » (déclaration du ministère de la Défense, lue à la radio)", 2, SourceKind.Government)]
    [InlineData("Fifteen militants were killed and three soldiers wounded. (Source: Nigerian Army weekly bulletin)", 2, SourceKind.Army)]
    [InlineData("Seven traders abducted near Kaya (source: local officials)", 1, SourceKind.Local)]
    [InlineData("تمكنت الوحدات من القضاء على ستة إرهابيين. (بيان لوزارة الدفاع الوطني)", 1, SourceKind.Government)]
    [InlineData("قتل أربعة مدنيين وأصيب سبعة آخرون (المصدر: منظمة حقوقية)", 2, SourceKind.Ngo)]
    [InlineData("Tillabéri : 2 enseignants enlevés près de Ouallam (source : syndicat des enseignants)", 1, SourceKind.Local)]
    public void A_closing_attribution_in_brackets(string text, int count, SourceKind kind)
    {
        var tolls = Tolls(text);
        Assert.Equal(count, tolls.Count);
        Assert.All(tolls, t => Assert.Equal(kind, t.Source!.Kind));
    }

    [Fact]
    public void A_closing_attribution_leaves_a_figure_with_its_own_source() =>
        Assert.Equal(SourceKind.Local,
            Tolls("Selon des habitants, huit civils ont été tués. Trois soldats sont morts (communiqué de l'état-major)").First().Source!.Kind);

    [Theory]
    // a gloss in brackets names no source
    [InlineData("Kidal : 3 morts (civils), selon des habitants.", SourceKind.Local)]
    [InlineData("Diffa (Niger) : 11 terroristes neutralisés, selon le ministère de la Défense.", SourceKind.Government)]
    public void A_gloss_in_brackets_is_no_attribution(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // "a statement in which he said", "a question in which he said": the sentence's subject speaks
    [InlineData("أصدر شيخ القبيلة بيانا قال فيه إن تسعة من أبناء القبيلة قتلوا", SourceKind.Local)]
    [InlineData("وجه نائب عن المقاطعة سؤالا إلى الوزير أمام الجمعية الوطنية، قال فيه إن خمسة رعاة قتلوا", SourceKind.Local)]
    [InlineData("نشرت المنظمة تقريرا قالت فيه إن ٣٠ مدنيا قتلوا", SourceKind.Ngo)]
    public void In_which_he_said_is_the_subjects(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // local voices: a constituency's members, the displaced and their camps' committees, neighbourhood and resistance
    // committees, a trade's unions and associations, "one of the" workers or traders
    [InlineData("Le député de la circonscription affirme que onze villageois ont été tués.", SourceKind.Local)]
    [InlineData("A lawmaker from the area said 14 farmers were abducted on Sunday.", SourceKind.Local)]
    [InlineData("قال برلماني عن المنطقة إن ١٢ قرويا قتلوا", SourceKind.Local)]
    [InlineData("Displaced people in the camp said six women were abducted while fetching firewood.", SourceKind.Local)]
    [InlineData("Selon des déplacés du camp de Barsalogho, neuf hommes ont été tués.", SourceKind.Local)]
    [InlineData("قالت المنسقية العامة لمعسكرات النازحين إن مسلحين خطفوا سبع نساء", SourceKind.Local)]
    [InlineData("قتل ١٣ مدنيا بحسب لجان المقاومة في المدينة", SourceKind.Local)]
    [InlineData("The traders' association said four traders were injured in the attack.", SourceKind.Local)]
    [InlineData("Le syndicat des enseignants indique que deux instituteurs ont été enlevés.", SourceKind.Local)]
    [InlineData("وقال أحد عمال الموقع للإذاعة إن حارسين قتلا", SourceKind.Local)]
    [InlineData("Selon le chef du village, sept personnes ont été tuées.", SourceKind.Local)]
    // an army's press office by its title; the National Assembly is no association
    [InlineData("Two soldiers were killed in the crossfire, the army's Director of Public Relations said.", SourceKind.Army)]
    public void Local_voices_and_offices_by_their_nouns(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // kidnapped in the three languages: verbs active and passive, number words, nominal forms, captivity
    [InlineData("Des hommes armés ont enlevé douze passagers sur l'axe Kaya-Dori.", 12)]
    [InlineData("Sept commerçants ont été pris en otage près de Djibo.", 7)]
    [InlineData("Les ravisseurs ont emmené neuf femmes vers la forêt.", 9)]
    [InlineData("L'enlèvement de douze passagers a été confirmé par la gendarmerie.", 12)]
    [InlineData("Deux humanitaires ont été séquestrés par des hommes armés.", 2)]
    [InlineData("Fourteen worshippers were taken hostage by gunmen.", 14)]
    [InlineData("The attackers carried off nine women.", 9)]
    [InlineData("The abduction of 12 students was confirmed by police.", 12)]
    [InlineData("Families say 11 of them are still in captivity.", 11)]
    [InlineData("اختطف مسلحون اثني عشر راكبا.", 12)]
    [InlineData("اقتاد المسلحون تسعة رعاة إلى جهة مجهولة.", 9)]
    [InlineData("أعلنت الشرطة عن اختطاف خمسة عمال إغاثة.", 5)]
    [InlineData("ولا يزال سبعة رهائن في قبضة العصابة.", 7)]
    public void Reads_a_kidnapping_in_every_form(string text, int count) =>
        Assert.Equal(count, Assert.Single(Tolls(text), t => t.Kind == TollKind.Kidnapped).Count.Min);

    [Theory]
    // missing: reported missing, no news, lost contact, whereabouts or fate unknown; "فُقد أثر" is no death
    [InlineData("Cinq soldats sont portés disparus depuis l'attaque.", 5)]
    [InlineData("On est sans nouvelles de trois enseignants depuis lundi.", 3)]
    [InlineData("Three teachers have not been heard from since Monday.", 3)]
    [InlineData("The army said it had lost contact with 14 soldiers after the ambush.", 14)]
    [InlineData("Six soldiers remain unaccounted for after the ambush.", 6)]
    [InlineData("فقد أثر خمسة جنود بعد الهجوم.", 5)]
    [InlineData("سبعة مدنيين مجهولو المصير منذ الهجوم.", 7)]
    [InlineData("لا يعرف مصير أربعة رعاة.", 4)]
    [InlineData("لا يزال سبعة جنود في عداد المفقودين.", 7)]
    public void Reads_the_missing_in_every_form(string text, int count)
    {
        var tolls = Tolls(text);
        Assert.Equal(count, Assert.Single(tolls, t => t.Kind == TollKind.Missing).Count.Min);
        Assert.DoesNotContain(tolls, t => t.Kind == TollKind.Killed);
    }

    [Theory]
    // not a kidnapping or missing toll: hostages freed or released, the missing found
    [InlineData("Huit otages ont été libérés par l'armée.")]
    [InlineData("Eight hostages were freed by troops.")]
    [InlineData("أطلق الخاطفون سراح ١٢ رهينة.")]
    [InlineData("Les militaires ont saisi deux motos et en ont capturé trois autres.")]
    public void Hostages_freed_are_no_toll(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind is TollKind.Kidnapped or TollKind.Missing);

    [Theory]
    // a dateline (a capital before a dash or a bracket, or in capitals before a comma) and the agency in its brackets file
    // the story: they are not who speaks
    [InlineData("باماكو – تبنّت جماعة نصرة الإسلام والمسلمين الهجوم وزعمت في بيان أنها قتلت عشرين جنديا", SourceKind.ArmedGroup)]
    [InlineData("NIAMEY, March 3 (Sahel Wire) — Gunmen killed 11 villagers near Tillabéri, residents said.", SourceKind.Local)]
    [InlineData("نيامي (وكالة أنباء الصحراء) - قتل ثلاثة دركيين في كمين، وفق ما أعلنت وزارة الداخلية", SourceKind.Government)]
    [InlineData("Ouagadougou – Douze soldats ont été tués, selon une source sécuritaire.", SourceKind.Security)]
    // a capital as the subject of a sentence still speaks for its government
    [InlineData("Bamako affirme que 12 terroristes ont été neutralisés.", SourceKind.Government)]
    public void A_dateline_is_no_speaker(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an interview: the one the title names speaks in the answers, up to the next question; a figure the answer or the
    // question attributes keeps its own source
    [InlineData("Entretien avec le maire de Tin-Akoff", "Q : Que s'est-il passé ? R : Ils sont venus à moto. Nous avons enterré 12 personnes.", SourceKind.Local)]
    [InlineData("Interview: a Red Cross delegate in Maiduguri", "Q: What did you see? A: We treated 40 wounded people in two days.", SourceKind.Ngo)]
    [InlineData("حوار مع طبيب في مستشفى غاو", "س: ماذا حدث؟ ج: استقبلنا ٢٣ جريحا خلال الليل.", SourceKind.Hospital)]
    [InlineData("Entretien avec le maire de Tin-Akoff", "Q : Les autorités parlent de 21 morts. R : Elles comptent ce qu'elles veulent.", SourceKind.Government)]
    [InlineData("Entretien avec le maire de Tin-Akoff", "R : Selon la police, 14 bergers ont été enlevés.", SourceKind.Security)]
    public void An_interviewee_speaks_in_the_answers(string title, string text, SourceKind kind) =>
        Assert.Equal(kind, ClaimExtractor.Extract(title, text, null).Tolls.Last().Source!.Kind);

    [Theory]
    // the recent past: the teller is the subject of "venir de"
    [InlineData("L'état-major vient de publier un bilan : neuf soldats tués et quatorze blessés.", SourceKind.Army)]
    [InlineData("Le gouverneur vient d'annoncer la mort de six civils.", SourceKind.Government)]
    public void The_teller_of_the_recent_past(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a source named once, then referred to as "the same" noun or as its spokesman: the source named before, whatever kind
    // the bare noun has
    [InlineData("L'Association des éleveurs affirme que six bergers ont été tués. Deux autres sont portés disparus, selon la même association.", SourceKind.Local)]
    [InlineData("A village head said 12 farmers were abducted. Three of them escaped, the same official said.", SourceKind.Local)]
    [InlineData("قال رئيس مجلس الحكم المحلي إن ٢٧ قرويا اختطفوا. ولا يزال سبعة رهائن في قبضة العصابة، وفق المسؤول نفسه.", SourceKind.Local)]
    [InlineData("L'armée tchadienne conteste ces chiffres. Son porte-parole assure que les forces ont tué une quarantaine de rebelles.", SourceKind.Army)]
    [InlineData("The rights group rejected the figures. Its spokesperson said 30 civilians were killed.", SourceKind.Ngo)]
    // in its own sentence, the possessor named before the spokesman
    [InlineData("Benin's government blamed JNIM for an attack that killed 19 soldiers, its spokesman told reporters.", SourceKind.Government)]
    // who the people counted or interviewed were reached by is not who speaks
    [InlineData("Des témoins interrogés par l'organisation parlent de 25 morts.", SourceKind.Local)]
    [InlineData("Gunmen killed seven people in the village, the state police spokesman said.", SourceKind.Security)]
    public void A_source_referred_to_again(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an estimate told after the figure's words: "put … at", "évalue à", of the kind its words or the figure before give
    [InlineData("Residents put the number of people taken at more than 60.", TollKind.Kidnapped, 61)]
    [InlineData("The militia was searching for the captives, whom he put at 18.", TollKind.Kidnapped, 18)]
    [InlineData("Gunmen abducted 40 worshippers on Friday, police said, while residents put the number at 65.", TollKind.Kidnapped, 65)]
    [InlineData("Le maire chiffre à 23 le nombre de morts.", TollKind.Killed, 23)]
    [InlineData("A doctor put the number of wounded at 31.", TollKind.Wounded, 31)]
    public void Reads_an_estimate_put_at_a_count(string text, TollKind kind, int count) =>
        Assert.Contains(Tolls(text), t => t.Kind == kind && t.Count.Min == count);

    [Theory]
    // an estimate of things or of people no toll counts is none
    [InlineData("The governor put the damage at 3 million naira.")]
    [InlineData("The agency put the number of displaced at 3000.")]
    public void An_estimate_of_no_toll_is_none(string text) => Assert.Empty(Tolls(text));

    [Theory]
    // a counted subject whose complement runs long before its passive verb
    [InlineData("Huit passagers d'un car de transport en commun avaient été emmenés par des hommes armés.", TollKind.Kidnapped, 8)]
    [InlineData("Twelve soldiers of the battalion based in the border town of Kaya were killed on Monday.", TollKind.Killed, 12)]
    public void Reads_a_count_past_its_nouns_complement(string text, TollKind kind, int count) =>
        Assert.Contains(Tolls(text), t => t.Kind == kind && t.Count.Min == count);

    [Fact]
    // not across a comma, and not a count of things
    public void A_long_complement_does_not_cross_a_clause() =>
        Assert.Empty(Tolls("Douze véhicules de la mission de l'ONU, selon la radio, ont été détruits et des soldats ont été tués."));

    [Theory]
    // a correction: the figure taken back is no toll, the corrected one is
    [InlineData("An earlier version of this story, published on Monday, said 17 people were killed; the police figure is 12 dead.", 12)]
    [InlineData("Dans notre édition de lundi, nous indiquions par erreur que 40 personnes avaient été tuées. Le bilan officiel est de 30 morts.", 30)]
    [InlineData("Nous écrivions que 23 gendarmes avaient trouvé la mort. Le bilan de l'état-major est de 13 morts.", 13)]
    [InlineData("ورد في تقرير نشرناه أمس أن عدد القتلى بلغ ٥١ شخصا، والصحيح أن الشرطة أعلنت مقتل ١٥ شخصا.", 15)]
    [InlineData("We mistakenly reported that 9 soldiers had died. The army said 6 soldiers were killed.", 6)]
    public void A_corrected_figure_replaces_the_one_taken_back(string text, int count) =>
        Assert.Equal(count, Assert.Single(Tolls(text)).Count.Min);

    [Theory]
    // a related headline is one line, whatever sentences its punctuation cuts it into; the next line is the story's again
    [InlineData("Quatre soldats ont été tués, selon des sources sécuritaires.\nاقرأ أيضا: بوركينا فاسو.. مقتل ١٥ متطوعا في هجوم", 1)]
    [InlineData("Four soldiers were killed.\nRead more: Niger. Twelve killed in Tillabéri attack\nTwo others were wounded.", 2)]
    public void A_related_headline_is_one_line(string text, int count) => Assert.Equal(count, Tolls(text).Count);

    [Theory]
    // "فُقد" with a count and "others" in any number is the passive "went missing": the dual too
    [InlineData("قتل ثلاثة رعاة وفُقد اثنان آخران", TollKind.Missing)]
    [InlineData("قتلت امرأتان وفقدت ثلاث أخريات", TollKind.Missing)]
    public void Lost_with_others_is_missing(string text, TollKind kind) => Assert.Equal(kind, Tolls(text).Last().Kind);

    [Theory]
    // a figure possessed by its source, and an office holder possessed by a source named before
    [InlineData("Gunmen seized 27 worshippers from a church last month, the police's own figure.", SourceKind.Security)]
    [InlineData("Twelve soldiers died in the ambush, by the army's count.", SourceKind.Army)]
    [InlineData("Nine civilians were killed, on the UN's tally.", SourceKind.Un)]
    [InlineData("L'hôpital de Mopti a reçu 22 blessés après l'attaque, a indiqué son directeur.", SourceKind.Hospital)]
    [InlineData("The hospital received 22 wounded people after the attack, its director said.", SourceKind.Hospital)]
    [InlineData("L'ONG a publié un rapport. Sa directrice affirme que 30 civils ont été tués.", SourceKind.Ngo)]
    [InlineData("أعلنت قيادة أركان الجيش الموريتاني أن وحدة من الجيش قتلت اثنين من المهربين.", SourceKind.Army)]
    public void A_figure_or_an_office_possessed_by_its_source(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    // a possessive naming no source is none: "its own figures" without an owner is the one named before, not a new source
    public void A_possessed_noun_without_a_source_names_none() =>
        Assert.Equal(SourceKind.Unattributed, LastSource("Seven herders were killed near the well, its own count showed."));

    [Theory]
    // the figure's passive agent, and a relay that cites its own source
    [InlineData("Le journal a compté des tombes, loin des 14 morts annoncés par le gouvernorat.", SourceKind.Government)]
    [InlineData("The toll of 31 dead announced by the ministry was disputed.", SourceKind.Government)]
    [InlineData("Figures released by OCHA show 12,000 displaced and 40 killed.", SourceKind.Un)]
    [InlineData("Pour L'Éclaireur du Nord, qui cite des notables, au moins 27 civils ont été tués.", SourceKind.Local)]
    [InlineData("The Daily Sahel, which quoted residents, said 8 herders were killed.", SourceKind.Local)]
    // a statement published by the group's own channel is the group's
    [InlineData("Le JNIM a revendiqué l'attaque dans un communiqué publié par son agence, affirmant avoir tué onze militaires.", SourceKind.ArmedGroup)]
    public void The_figures_agent_and_the_one_cited(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
