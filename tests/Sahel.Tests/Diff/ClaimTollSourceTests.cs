using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 6's tolls round: whose figure it is, written out as the paradigm of who tells whom (the one told, the one a
/// medium learnt it from or quotes, the men counted after the verb) in the three languages. Sentences written for these
/// tests; most forms appear in no labelled story.
/// </summary>
public sealed class ClaimTollSourceTests
{

    [Theory]
    // the one told, right after the verb and "à"/"au", is not who speaks when the speaker follows, whatever its name
    [InlineData("Six civils ont été tués mardi, a indiqué à Niamey Soir un notable de la commune.", SourceKind.Local)]
    [InlineData("Six civils ont été tués, a confirmé au ministère un habitant du quartier.", SourceKind.Local)]
    [InlineData("Quatre gendarmes ont péri, a déclaré au gouverneur un médecin de l'hôpital régional.", SourceKind.Hospital)]
    // no speaker after it: the one told stays what it was
    [InlineData("Six civils ont été tués, a indiqué le préfet à la presse.", SourceKind.Government)]
    public void The_one_told_is_not_the_speaker(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // who a medium learnt the figure from or quotes speaks; the medium relays
    [InlineData("Sept éleveurs ont été enlevés, a appris notre rédaction auprès d'un notable.", SourceKind.Local)]
    [InlineData("Sept éleveurs ont été enlevés, apprend-on auprès des habitants.", SourceKind.Local)]
    [InlineData("Seven herders were abducted, the paper learned from residents.", SourceKind.Local)]
    [InlineData("ونقلت الإذاعة عن أحد السكان قوله إن سبعة رعاة خطفوا", SourceKind.Local)]
    [InlineData("وتنقل الصحيفة عن الجيش قوله إن القوات قتلت سبعة إرهابيين", SourceKind.Army)]
    public void The_one_a_medium_learnt_it_from_speaks(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a force coordinated with the men counted after the verb is counted, not the teller
    [InlineData("The daily, quoting the governor, reported 12 soldiers and VDP killed.", SourceKind.Government)]
    [InlineData("Le quotidien, citant le gouverneur, rapporte 12 soldats et VDP tués.", SourceKind.Government)]
    public void Men_counted_after_the_verb_do_not_speak(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the one a blame charges is not who gives the figure: past an object pronoun ("qui lui impute"), the one an Arabic
    // "حمّل" makes bear the responsibility (also after a second name, or when a participle goes on with the sentence)
    [InlineData("L'armée a rejeté les accusations du collectif des éleveurs, qui lui impute la mort de 14 bergers.", SourceKind.Local)]
    [InlineData("The army rejected a report by the rights group, which blames it for the deaths of 14 herders.", SourceKind.Ngo)]
    [InlineData("أعلنت وزارة الدفاع في بيان مقتل ثلاثة جنود. وحمّل البيان جماعة نصرة الإسلام والمسلمين مسؤولية الهجوم، مشيرا إلى أن القوات قتلت ١٢ إرهابيا", SourceKind.Government)]
    [InlineData("ذكرت منظمة حقوقية أن ٣٠ مدنيا قتلوا، لكنها حمّلت الجيش المالي وعناصر الميليشيا المتحالفة معه مسؤولية مقتل ١٢ منهم", SourceKind.Ngo)]
    public void The_one_charged_does_not_give_the_figure(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a force's or a group's captures: the participle, "took … prisoner", the elided noun after a figure of the sentence
    // ("and captured three others", "capturing two,", "and that 14 others had been captured")
    [InlineData("Troops killed 12 bandits and captured three others.", 3)]
    [InlineData("Les soldats ont tué 12 bandits et capturé trois autres.", 3)]
    [InlineData("Police said officers shot dead five gunmen, capturing two, and recovered rifles.", 2)]
    [InlineData("La patrouille a abattu deux ravisseurs, capturant trois, a indiqué la gendarmerie.", 3)]
    [InlineData("The soldiers took three prisoner near the border.", 3)]
    [InlineData("The army said 40 militants were killed and that 14 others had been captured.", 14)]
    [InlineData("L'état-major affirme que 40 terroristes ont été neutralisés et que 14 autres ont été capturés.", 14)]
    public void Counts_a_capture(string text, int count)
    {
        var toll = Assert.Single(ClaimExtractor.Extract("Sahel", text, null).Tolls, t => t.Kind == TollKind.Kidnapped);
        Assert.Equal(count, toll.Count.Min);
    }

    [Theory]
    // with no people counted before, a bare count after "captured" may be vehicles or weapons
    [InlineData("The army said it had seized two trucks and captured four.")]
    [InlineData("Two trucks were seized and four others captured.")]
    [InlineData("Les militaires ont saisi deux motos et en ont capturé trois autres.")]
    public void A_capture_of_things_is_no_toll(string text) =>
        Assert.DoesNotContain(ClaimExtractor.Extract("Sahel", text, null).Tolls, t => t.Kind == TollKind.Kidnapped);

    [Theory]
    // the Arabic dual of a person noun is two: "ان" on any person noun, "ين" and the construct "ي" on one whose plural is
    // broken, "تان"/"تين" on a feminine one; the hamza's seat folded as the sentence reader folds it ("سائقان")
    [InlineData("قتل سائقان في الكمين", TollKind.Killed)]
    [InlineData("قتل مهندسان صينيان في الهجوم", TollKind.Killed)]
    [InlineData("قالت الشرطة إن حارسين للمدرسة قتلا", TollKind.Killed)]
    [InlineData("وأكد المسؤول أن حارسي المستودع قتلا", TollKind.Killed)]
    [InlineData("قتلت ممرضتان في القصف", TollKind.Killed)]
    [InlineData("خطف مسلحون طالبين من الجامعة", TollKind.Kidnapped)]
    public void Reads_an_arabic_dual_as_two(string text, TollKind kind)
    {
        var toll = Assert.Single(ClaimExtractor.Extract("Sahel", text, null).Tolls);
        Assert.Equal((kind, 2), (toll.Kind, toll.Count.Min));
    }

    [Fact]
    public void A_dual_does_not_take_the_next_clauses_noun()
    {
        var tolls = ClaimExtractor.Extract("Sahel", "قتل معلمان وأصيب تلميذ في الهجوم", null).Tolls;
        Assert.Equal([(TollKind.Killed, 2), (TollKind.Wounded, 1)], tolls.Select(t => (t.Kind, t.Count.Min ?? 0)).ToArray());
    }

    [Theory]
    // a sound plural is written like the oblique dual: no count
    [InlineData("خطف مسلحون مهندسين من الموقع")]
    [InlineData("قتل مسلحون معلمين في القرية")]
    public void A_sound_plural_is_no_dual(string text) =>
        Assert.DoesNotContain(ClaimExtractor.Extract("Sahel", text, null).Tolls, t => t.Count.Min == 2);

    [Theory]
    // a source named once and then referred to: by a definite noun after "selon"/"according to"/"بحسب", by "one of the
    // sources", by a definite noun repeating a word of its first naming ("a rights collective … the collective")
    [InlineData("Le bureau de coordination de l'ONU a condamné l'attaque. Trois chauffeurs ont été tués, selon le bureau.", SourceKind.Un)]
    [InlineData("The UN office condemned the attack. Two drivers were killed, according to the office.", SourceKind.Un)]
    [InlineData("دان مكتب الأمم المتحدة الهجوم. وقتل سائقان بحسب المكتب", SourceKind.Un)]
    [InlineData("Two security sources said 12 soldiers were killed. Twenty attackers also died, one of the sources said.", SourceKind.Security)]
    [InlineData("Selon deux sources sécuritaires, 12 soldats ont été tués. Une vingtaine d'assaillants ont aussi péri, selon l'une des sources.", SourceKind.Security)]
    [InlineData("قالت مصادر أمنية إن ١٢ جنديا قتلوا. وقتل عشرون مهاجما بحسب أحد المصادر", SourceKind.Security)]
    [InlineData("A rights collective said 20 displaced people were executed. The collective said 8 more were missing.", SourceKind.Ngo)]
    [InlineData("Un collectif des droits humains a recensé 20 morts. Le collectif affirme que 8 personnes sont portées disparues.", SourceKind.Ngo)]
    public void A_source_referred_to_again_is_the_one_named(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void A_toll_after_selon_is_no_source_named_before() =>
        Assert.Equal(SourceKind.Unattributed, LastSource("Le gouverneur a visité le camp. Douze personnes ont été tuées, selon le bilan provisoire."));

    [Theory]
    // an association of the people themselves speaks as locals; a rights or aid association stays an NGO
    [InlineData("Quinze villageois ont été tués, selon l'association villageoise de Ségué.", SourceKind.Local)]
    [InlineData("The local farmers' association said 57 farmers had been killed.", SourceKind.Local)]
    [InlineData("A youth association in the town said 12 people were abducted.", SourceKind.Local)]
    [InlineData("وقالت جمعية أهلية إن ١٢ قرويا قتلوا", SourceKind.Local)]
    [InlineData("Selon une association de défense des droits humains, 12 civils ont été tués.", SourceKind.Ngo)]
    public void An_association_of_locals_is_local(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an Arabic count joined by "و" keeps its own noun: the count before it does not take that noun, and the join reaches
    // past a longer noun phrase ("عنصرا من الميليشيا")
    [InlineData("قالت الجماعة إنها قتلت ٢٠ روسيا و٤ جنود", 20, 4)]
    [InlineData("أعلن المتحدث أن مقاتليه قتلوا ١٥ عنصرا من الميليشيا وثلاثة جنود", 15, 3)]
    [InlineData("Le groupe affirme avoir tué 20 Russes et 4 soldats", 20, 4)]
    public void A_joined_count_keeps_its_own_noun(string text, int first, int second) =>
        Assert.Equal([first, second], ClaimExtractor.Extract("Sahel", text, null).Tolls.Select(t => t.Count.Min ?? 0).ToArray());

    [Theory]
    // a force's anonymous sources are security sources, in the dual as in the plural; the force speaking stays the army
    [InlineData("Nigerian military sources said 17 herders were abducted.", SourceKind.Security)]
    [InlineData("Army sources said 12 soldiers died in the ambush.", SourceKind.Security)]
    [InlineData("Selon des sources de l'armée, 12 soldats ont été tués.", SourceKind.Security)]
    [InlineData("قال مصدران أمنيان إن ١٢ جنديا قتلوا", SourceKind.Security)]
    [InlineData("بحسب مصدرين عسكريين، قتل ١٢ جنديا في الكمين", SourceKind.Security)]
    [InlineData("قال مصدران طبيان إن تسعة أشخاص قتلوا", SourceKind.Hospital)]
    [InlineData("قال مصدران محليان إن تسعة أشخاص قتلوا", SourceKind.Local)]
    [InlineData("The Nigerian army said 12 soldiers died in the ambush.", SourceKind.Army)]
    public void A_forces_sources_are_security_sources(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the source nouns' missing forms: aid workers in the plural, a UN organisation named in full, a state's police in the
    // construct, a state's commissioner or directorate; people counted after the verb are not its speaker
    [InlineData("Aid workers in the town said they had counted 70 bodies.", SourceKind.Ngo)]
    [InlineData("Des travailleurs humanitaires ont compté 12 morts.", SourceKind.Ngo)]
    [InlineData("قال عاملون في المجال الإنساني إن ١٢ شخصا قتلوا", SourceKind.Ngo)]
    [InlineData("قالت منظمة الأمم المتحدة للطفولة إن ١٢ طفلا قتلوا", SourceKind.Un)]
    [InlineData("قالت شرطة ولاية كانو إن ١٢ قرويا قتلوا", SourceKind.Security)]
    [InlineData("Le commissaire à l'information de l'État a évoqué 23 morts.", SourceKind.Government)]
    [InlineData("وفق ما أفادت به المديرية الجهوية للصحة قتل ١٢ شخصا", SourceKind.Government)]
    [InlineData("The United Nations said 18 people were killed. The coordinator said three aid workers were among the wounded.", SourceKind.Un)]
    // who reached the speakers does not speak for them
    [InlineData("Survivors interviewed by aid workers describe at least 40 people killed.", SourceKind.Local)]
    [InlineData("Des rescapés joints par des travailleurs humanitaires évoquent 40 morts.", SourceKind.Local)]
    public void Source_nouns_in_their_missing_forms(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
