using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 7, responsibility: who blames, written out as a paradigm in the three languages (the blamer as subject, as
/// a passive's agent, as the speaker of reported speech, as a frame, in the sentence before, as a nominal), who speaks
/// for a group, and what is not a denial; in sentences of our own, most in forms no labelled story uses.
/// </summary>
public sealed class ClaimBlamerParadigmTests
{
    private static List<string> Statements(string text) => ClaimStatements.WithBlamer(text);

    // The blamer as the subject of the verb of blame.
    [Theory]
    [InlineData("Le ministère de la Défense a accusé l'État islamique au Sahel d'avoir mené l'attaque.", "blamed issp by government")]
    [InlineData("The ministry of defence has accused Islamic State Sahel Province of carrying out the attack.", "blamed issp by government")]
    [InlineData("Local media attributed the attack to JNIM.", "blamed jnim by media")]
    [InlineData("Des médias locaux attribuent l'attaque au JNIM.", "blamed jnim by media")]
    [InlineData("Residents held Boko Haram responsible for the abductions.", "blamed boko-haram by local")]
    [InlineData("Les habitants tiennent l'EIGS pour responsable du massacre.", "blamed issp by local")]
    [InlineData("Human Rights Watch held the Malian army responsible for the killings of civilians.", "blamed fama by ngo")]
    [InlineData("حمّلت منظمة هيومن رايتس ووتش الجيش المالي مسؤولية قتل المدنيين.", "blamed fama by ngo")]
    [InlineData("ألقى السكان باللوم على جماعة بوكو حرام.", "blamed boko-haram by local")]
    public void The_subject_of_a_verb_of_blame_blames(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // The blamer as the speaker of reported speech, after the quote or the clause.
    [Theory]
    [InlineData("« Je tiens le JNIM pour responsable de ce crime », a ajouté le chef coutumier.", "blamed jnim by local")]
    [InlineData("\"We hold Boko Haram responsible for this,\" the village head said.", "blamed boko-haram by local")]
    [InlineData("« C'est l'EIGS qui est derrière cette attaque », a affirmé le gouverneur.", "blamed issp by government")]
    [InlineData("ISWAP was behind the attack, a police spokesman said.", "blamed iswap by security")]
    [InlineData("\"It was ISWAP who did this,\" said the village head.", "blamed iswap by local")]
    [InlineData("« Les ravisseurs sont des combattants d'Ansaroul Islam », estime un notable.", "blamed ansarul-islam by local")]
    public void The_speaker_after_the_quote_blames(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // A capital after a preposition of place is the place, not its government speaking; before a verb it is.
    [Theory]
    [InlineData("The ministry did not say who carried out the attack, but media in Ouagadougou attributed it to JNIM.", "blamed jnim by media")]
    [InlineData("Des médias à Niamey imputent l'embuscade à l'EIGS.", "blamed issp by media")]
    [InlineData("Bamako accuse le FLA d'avoir tendu l'embuscade.", "blamed fla by government")]
    [InlineData("Niamey blamed Lakurawa for the raid.", "blamed lakurawa by government")]
    public void A_capital_as_a_place_is_no_speaker(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // The speaker is never the one blamed, nor a group named in passing before the quote's verb.
    [Theory]
    [InlineData("« Le JNIM n'a rien revendiqué, mais tout le monde sait que ce sont eux », a confié un habitant.")]
    public void The_speaker_after_the_quote_is_not_the_one_blamed(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed jnim by armed-group", StringComparison.Ordinal));

    // A source referred to again by a bare definite noun blames as the source named before, not as the noun's own kind
    // nor as the witnesses that source quoted; a noun that names its source anew ("the police spokesman") keeps it.
    [Theory]
    [InlineData("The army's director of public relations briefed reporters in Abuja. The spokesman attributed the raids to ISWAP.", "blamed iswap by army")]
    [InlineData("Police in Kano said five traders were abducted. The command's spokesman blamed Ansaru for the kidnapping.", "blamed ansaru by security")]
    [InlineData("L'organisation Sahel Droits a publié mardi un rapport. L'ONG, qui a interrogé 40 témoins, tient les FAMa pour responsables.", "blamed fama by ngo")]
    [InlineData("قالت منظمة العفو الدولية إن عشرين مدنيا قتلوا. وحمّلت المنظمة الجيش المالي المسؤولية.", "blamed fama by ngo")]
    [InlineData("Residents said gunmen came at night. The police spokesman blamed Boko Haram.", "blamed boko-haram by security")]
    public void A_source_referred_to_again_blames_as_named_before(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // The blamer as a frame: "Selon X,", "According to X,", "حسب X،", "في نظر X".
    [Theory]
    [InlineData("Selon des témoins, c'est l'EIGS qui a incendié le marché.", "blamed issp by local")]
    [InlineData("وحسب شهود عيان، فإن عناصر من جماعة نصرة الإسلام والمسلمين هم من نفذوا الهجوم.", "blamed jnim by local")]
    public void The_frame_blames(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // The blamer who believes: "Les habitants pensent que", "residents believe", "ويعتقد الأهالي أن".
    [Theory]
    [InlineData("Les habitants pensent que les ravisseurs appartiennent au JNIM.", "blamed jnim by local")]
    [InlineData("Residents believe the kidnappers were ISWAP fighters.", "blamed iswap by local")]
    [InlineData("ويعتقد السكان أن الخاطفين ينتمون إلى تنظيم الدولة الإسلامية في الساحل.", "blamed issp by local")]
    public void The_one_who_believes_blames(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Who speaks for a group: its own outlet relaying what the group did is the group's claim, not a media report blaming it.
    [Theory]
    [InlineData("Amaq reported that fighters of the Islamic State killed 12 soldiers near Ménaka.", "claimed islamic-state")]
    [InlineData("L'agence Amaq a affirmé que les combattants de l'État islamique au Sahel ont tué douze soldats.", "claimed issp")]
    [InlineData("وقالت وكالة أعماق إن مقاتلي الدولة الإسلامية قتلوا ١٢ جنديا.", "claimed islamic-state")]
    [InlineData("Selon Az-Zallaqa, l'organe de propagande du JNIM, ses combattants ont abattu vingt soldats.", "claimed jnim")]
    [InlineData("أعلن تنظيم الدولة الإسلامية عبر وكالة أعماق مسؤوليته عن الهجوم.", "claimed islamic-state")]
    [InlineData("JNIM issued a statement on Tuesday. The group said it had killed 15 soldiers.", "claimed jnim")]
    [InlineData("أصدر تنظيم الدولة الإسلامية بيانا. وقال التنظيم إن مقاتليه قتلوا ١٥ جنديا.", "claimed islamic-state")]
    public void A_group_s_outlet_speaks_for_the_group(string text, string statement) =>
        Assert.Contains(statement, ClaimStatements.Of(text));

    // Another outlet telling the same is a media report that blames the group.
    [Theory]
    [InlineData("Reuters reported that fighters of the Islamic State killed 12 soldiers near Ménaka.", "blamed islamic-state by media")]
    [InlineData("وقالت وكالة الأنباء الرسمية إن مقاتلي الدولة الإسلامية قتلوا ١٢ جنديا.", "blamed islamic-state by")]
    public void Another_outlet_is_no_group_s_voice(string text, string statement) =>
        Assert.Contains(Statements(text), s => s.StartsWith(statement, StringComparison.Ordinal));

    // The deed told with the group as its doer, by someone else (a frame, reported speech after or before): a blame by them.
    [Theory]
    [InlineData("Selon le gouverneur, le JNIM a mené l'attaque.", "blamed jnim by government")]
    [InlineData("Selon le gouverneur, le JNIM a tué dix civils.", "blamed jnim by government")]
    [InlineData("Le JNIM a mené l'attaque, selon le gouverneur.", "blamed jnim by government")]
    [InlineData("ISWAP carried out the attack, the governor said.", "blamed iswap by government")]
    [InlineData("According to residents, ISWAP fighters carried out the raid.", "blamed iswap by local")]
    [InlineData("قال الحاكم إن تنظيم الدولة الإسلامية نفذ الهجوم.", "blamed islamic-state by government")]
    [InlineData("في نظر السكان، فإن جماعة نصرة الإسلام والمسلمين هي المسؤولة عن الهجوم.", "blamed jnim by local")]
    [InlineData("Pour le gouverneur, l'EIGS est responsable de l'attaque.", "blamed issp by government")]
    public void The_group_as_the_doer_told_by_someone_else_is_blamed(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Not a blame: the deed negated, the group's own spokesman, the group saying it did it.
    [Theory]
    [InlineData("Le JNIM n'a pas mené l'attaque, selon le gouverneur.")]
    [InlineData("JNIM carried out the attack, its spokesman said.")]
    [InlineData("Le JNIM affirme avoir mené l'attaque.")]
    public void The_deed_negated_or_told_by_the_group_is_no_blame(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    // Arabic verbs of blame in the plural and the dual, and a force joined by the participle of backing.
    [Theory]
    [InlineData("وقال المسؤول إن الأهالي يحمّلون جماعة لاكوراوا المسؤولية.", "blamed lakurawa by local")]
    [InlineData("حمّلوا تنظيم الدولة الإسلامية في الساحل مسؤولية المجزرة، بحسب شهود.", "blamed issp by local")]
    [InlineData("قالت منظمة العفو الدولية إن شاهدين يتهمان الجيش المالي بإعدام المدنيين.", "blamed fama by")]
    [InlineData("واتهم ذوو الضحايا وحدة من الجيش المالي مدعومة بعناصر من الفيلق الإفريقي بتصفية المنمين.", "blamed africa-corps by local")]
    [InlineData("اتهم السكان الجيش البوركينابي مدعوما بمقاتلين من متطوعي الدفاع عن الوطن بقتل الرعاة.", "blamed vdp by local")]
    public void Arabic_plural_verbs_and_backed_forces_are_blamed(string text, string statement) =>
        Assert.Contains(Statements(text), s => s.StartsWith(statement, StringComparison.Ordinal));

    // "No doubt" is no negation of the blame: "il ne fait aucun doute que", "there is no doubt that", "لا شك أن".
    [Theory]
    [InlineData("Pour les habitants, il ne fait aucun doute que le JNIM est derrière l'attaque.", "blamed jnim by local")]
    [InlineData("For the governor, there is no doubt that ISWAP was behind the raid.", "blamed iswap by government")]
    public void No_doubt_is_no_negation(string text, string statement)
    {
        Assert.Contains(statement, Statements(text));
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("unclaimed", StringComparison.Ordinal));
    }

    // An interview's answer to "who did it" names the one blamed, by whoever answers.
    [Theory]
    [InlineData("Q: Who attacked your village? A: The fighters of ISWAP, everyone here knows them.", "blamed iswap by local")]
    [InlineData("Q : Qui accusez-vous ? R : Les hommes du JNIM, ils étaient déjà venus en mai.", "blamed jnim by local")]
    [InlineData("س: من يقف وراء الهجوم؟ ج: عناصر تنظيم الدولة الإسلامية في الساحل.", "blamed issp by local")]
    [InlineData("PRESENTER: Who are these gunmen? REPORTER: Residents say it was Lakurawa, not ISSP.", "blamed lakurawa by local")]
    public void The_answer_to_who_is_blamed(string text, string statement) =>
        Assert.Contains(statement, Statements(text.Replace("? ", "?\n", StringComparison.Ordinal).Replace("؟ ", "؟\n", StringComparison.Ordinal)));

    // Not an answer: a question about something else, an answer naming the group only to clear it.
    [Theory]
    [InlineData("Q: What happened on the road? A: The fighters of ISWAP stopped our trucks.", "blamed iswap")]
    [InlineData("Q: Who attacked you? A: Not JNIM, they were not in the area.", "blamed jnim")]
    [InlineData("PRESENTER: Who are these gunmen? REPORTER: Residents say it was Lakurawa, not ISSP.", "blamed issp")]
    public void What_answers_no_who_blames_no_one(string text, string statement) =>
        Assert.DoesNotContain(Statements(text.Replace("? ", "?\n", StringComparison.Ordinal)), s => s.StartsWith(statement, StringComparison.Ordinal));

    // The blame as a noun: the accuser its complement or possessor, the accused after "contre", "against", "that", "ل".
    [Theory]
    [InlineData("Les accusations du gouvernement contre le FLA ont été relayées par la presse.", "blamed fla by government")]
    [InlineData("The government's accusation against the FLA came on Tuesday.", "blamed fla by government")]
    [InlineData("The army's accusation that ISWAP carried out the attack was repeated on Tuesday.", "blamed iswap by army")]
    [InlineData("أثارت اتهامات الحكومة لجماعة نصرة الإسلام والمسلمين جدلا واسعا.", "blamed jnim by government")]
    [InlineData("Les allégations de Human Rights Watch visant l'armée burkinabè ont suscité la colère de Ouagadougou.", "blamed bf-army by ngo")]
    public void The_blame_as_a_noun_is_read(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Not a blame: accusations with no accuser named, or against no one named.
    [Theory]
    [InlineData("Les accusations se multiplient depuis l'attaque.")]
    [InlineData("The government's accusations were never made public.")]
    public void An_accusation_naming_no_one_blames_no_one(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    // The blamer in the sentence before, a pronoun after the quote standing for it.
    [Theory]
    [InlineData("Le gouverneur a réagi mardi. « C'est l'EIGS qui a fait ça », a-t-il dit.", "blamed issp by government")]
    [InlineData("The governor reacted on Tuesday. It was ISWAP who did this, he said.", "blamed iswap by government")]
    [InlineData("Le maire de Boni est sorti de son silence. « C'est le JNIM qui a brûlé le marché », a-t-il déclaré.", "blamed jnim by local")]
    public void The_pronoun_after_the_quote_is_the_one_named_before(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // The group that speaks of itself after the quote is no one blaming it.
    [Theory]
    [InlineData("Le JNIM a publié un communiqué. « Nous avons attaqué le camp de Boni », a-t-il affirmé.")]
    public void A_group_speaking_after_its_quote_blames_no_one(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed jnim", StringComparison.Ordinal));

    // The deed's signature, the doers identified, and a deed on people told with no figure: blamed by whoever says so.
    [Theory]
    [InlineData("The attack bore the hallmarks of ISWAP, a security source said.", "blamed iswap by security")]
    [InlineData("L'attaque porte la signature du JNIM, selon une source sécuritaire.", "blamed jnim by security")]
    [InlineData("Witnesses identified the attackers as members of Boko Haram.", "blamed boko-haram by local")]
    [InlineData("Des témoins ont identifié les assaillants comme des combattants du JNIM.", "blamed jnim by local")]
    [InlineData("Amnesty International said ISWAP fighters abducted the girls.", "blamed iswap by ngo")]
    [InlineData("Selon le gouverneur, des hommes du JNIM ont exécuté trois notables.", "blamed jnim by government")]
    [InlineData("قال مسؤول محلي إن مقاتلي جماعة بوكو حرام خطفوا الفتيات.", "blamed boko-haram by local")]
    public void The_signature_the_identification_and_the_deed_blame(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Not a blame: the group's men as the victims, a militia killing attackers, the deed negated.
    [Theory]
    [InlineData("Chadian troops killed 31 Boko Haram fighters on the islands, the army's spokesman said.", "blamed boko-haram")]
    [InlineData("The army said 31 Boko Haram fighters killed in the raid were buried.", "blamed boko-haram")]
    [InlineData("The governor said VDP fighters killed 12 terrorists.", "blamed vdp")]
    [InlineData("Selon le gouverneur, les hommes du JNIM n'ont pas exécuté les notables.", "blamed jnim")]
    public void The_group_s_men_as_victims_are_not_blamed(string text, string statement) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith(statement, StringComparison.Ordinal));

    // What is not a blame by the one named: the blamed actor does not blame itself.
    [Theory]
    [InlineData("Le JNIM a revendiqué l'attaque, selon des habitants.")]
    [InlineData("JNIM said it carried out the attack.")]
    public void A_claim_is_no_blame(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));
}

/// <summary>Session 7, denials: the French infinitive, targeting negated, the accused force saying its strike harmed no civilian; and what is no denial.</summary>
public sealed class ClaimDenialSession7Tests
{
    [Theory]
    [InlineData("Des témoins accusent les FAMa. Le gouvernement de transition continue de nier que ses soldats aient tiré sur des civils.", "denied fama")]
    [InlineData("Des habitants accusent l'armée burkinabè. Ouagadougou a tenu à démentir toute implication de ses soldats.", "denied bf-army")]
    [InlineData("قالت لجان المقاومة إن قوات الدعم السريع قصفت السوق. وقالت قوات الدعم السريع في بيان إنها لم تستهدف أي أحياء سكنية.", "denied rsf-sudan")]
    [InlineData("The FLA said it did not target the convoy.", "denied fla")]
    [InlineData("قالت جبهة تحرير أزواد إن طائرة مسيّرة تابعة للجيش المالي قتلت ستة مدنيين. من جهتها، قالت هيئة الأركان العامة للجيوش المالية إن ضرباتها «استهدفت حصرا عناصر إرهابية ولم تصب أي مدني».", "denied fama")]
    [InlineData("A rights group accused the Nigerian army of killing 24 villagers in an air strike. The army said no civilian was harmed in the operation.", "denied ng-army")]
    [InlineData("Selon des habitants, une frappe de l'armée malienne a tué neuf civils. L'état-major affirme qu'aucun civil n'a été touché.", "denied fama")]
    public void A_denial_in_another_form_is_read(string text, string statement) =>
        Assert.Contains(statement, ClaimStatements.Of(text));

    // The accused calling the accusation false or fake, denying wrongdoing, opposing a flat denial.
    [Theory]
    [InlineData("Residents accused the Malian army of killing 12 herders. In a statement, the military said the claims were false.", "denied fama")]
    [InlineData("Residents accused the Malian army of killing 12 herders. The army has denied any wrongdoing.", "denied fama")]
    [InlineData("Residents accused the Malian army of killing 12 herders. A military spokesman called the reports \"fake news\".", "denied fama")]
    [InlineData("Des habitants accusent l'armée malienne d'avoir tué douze bergers. L'état-major a opposé un démenti formel.", "denied fama")]
    [InlineData("Des habitants accusent l'armée malienne d'avoir tué douze bergers. L'armée parle de « fausses informations ».", "denied fama")]
    [InlineData("اتهم سكان الجيش المالي بقتل ١٢ راعيا. ووصف الجيش هذه المعلومات بأنها مضللة.", "denied fama")]
    public void The_accused_calling_it_false_denies(string text, string statement) =>
        Assert.Contains(statement, ClaimStatements.Of(text));

    // Someone else calling something false denies nothing for anyone.
    [Theory]
    [InlineData("The Malian army said it killed 30 terrorists. Residents called the army's claims false.")]
    [InlineData("L'armée malienne affirme avoir neutralisé 30 terroristes. Une ONG parle de « fausses informations ».")]
    public void Others_calling_it_false_deny_nothing(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith("denied", StringComparison.Ordinal));

    // The same words after an attack the force did not do, or said again after its denial, deny nothing more.
    [Theory]
    [InlineData("JNIM fighters attacked the camp at dawn, the army said. The army said no civilian was harmed.", 0)]
    [InlineData("L'EIGS a attaqué le poste, selon l'état-major. Aucun civil n'a été touché, précise l'état-major.", 0)]
    [InlineData("Residents accused the Nigerian army of killing 27 wedding guests in a drone strike. The army denied any involvement. The army statement said no civilian had been harmed.", 1)]
    public void No_civilian_harmed_denies_only_for_the_force_accused(string text, int denials) =>
        Assert.Equal(denials, ClaimStatements.Of(text).Count(s => s.StartsWith("denied", StringComparison.Ordinal)));

    // Not denials: denying a toll or losses, a rumour, refusing to comment.
    [Theory]
    [InlineData("L'armée a démenti le bilan de 40 morts avancé sur les réseaux sociaux.")]
    [InlineData("The army denied losing any soldiers in the ambush.")]
    [InlineData("Le gouvernement dément la rumeur d'un coup d'État.")]
    [InlineData("The army refused to comment on the accusations.")]
    [InlineData("رفض الجيش التعليق على الاتهامات.")]
    public void Denying_something_else_is_no_denial(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith("denied", StringComparison.Ordinal));
}
