using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 12, round 23: who speaks a toll in the registers of the fifteenth writer (bulletins, notes, call-ins, radio
/// addresses), read from the structure of the sentence: the medium told is not the speaker, a document's owner speaks
/// through it, a place that locates a speaker is not one. Sentences written for these tests (fr/en/ar), with negatives.
/// </summary>
public sealed class ClaimSourcesRound23Tests
{
    [Theory]
    // the English object of "told" is the one told, also when the speaker is a phrase no vocabulary names
    [InlineData("Two herders were killed near the wells, the cooperative's treasurer told Radio Nord.", SourceKind.Local)]
    [InlineData("Six traders were abducted on the road, the market committee's chairman told the BBC.", SourceKind.Local)]
    [InlineData("Four soldiers were killed, an army spokesman told Reuters.", SourceKind.Army)]
    public void The_medium_told_is_not_the_speaker(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the medium still speaks when it reports on its own ("Radio Nord reported", "told by Radio Nord" is not "told Radio Nord")
    [InlineData("Radio Nord reported that two herders were killed near the wells.")]
    [InlineData("Two herders were killed near the wells, Radio Nord said.")]
    public void A_medium_that_reports_still_speaks(string text) => Assert.Equal(SourceKind.Media, LastSource(text));

    [Theory]
    // a cooperative is its members' own association: local, in the three languages
    [InlineData("La coopérative des femmes de Kaya affirme que trois de ses membres ont été tuées.")]
    [InlineData("قالت رئيسة تعاونية النساء في كايا إن ثلاث عضوات قتلن في الهجوم.")]
    [InlineData("The women's cooperative in Kaya said three of its members were killed.")]
    public void A_cooperative_speaks_as_locals(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // the anonymous police or hospital source, singular in English as the plural
    [InlineData("A police source said three guards were killed.", SourceKind.Security)]
    [InlineData("A hospital source said 12 wounded were admitted overnight.", SourceKind.Hospital)]
    [InlineData("Selon une source policière, trois gardes ont été tués.", SourceKind.Security)]
    public void An_anonymous_police_or_hospital_source(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a periodical named with its issuer is the issuer speaking, and "the bulletin" after it is still the issuer's
    [InlineData("Selon le bulletin trimestriel de l'Association des droits humains de Kaya, 12 civils ont été tués.", SourceKind.Ngo)]
    [InlineData("Selon le bulletin trimestriel de l'Association des droits humains de Kaya, 12 civils ont été tués. Le bulletin recense aussi cinq enlèvements.", SourceKind.Ngo)]
    [InlineData("The quarterly newsletter of the Gao rights association says 12 civilians were killed.", SourceKind.Ngo)]
    [InlineData("أفادت النشرة الفصلية لجمعية حقوقية في كايا بأن ١٢ مدنيا قتلوا.", SourceKind.Ngo)]
    public void A_periodical_speaks_for_its_issuer(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the army's own bulletin, and a newspaper pointing back, keep their kinds
    [InlineData("Selon le bulletin des opérations de l'état-major, 12 terroristes ont été neutralisés.", SourceKind.Army)]
    [InlineData("Le journal affirme que 12 civils ont été tués.", SourceKind.Media)]
    public void A_force_s_bulletin_and_a_newspaper_keep_their_kinds(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an elected member of parliament speaks as a local (the README's table), by the head of the phrase
    [InlineData("Un député de la majorité a cité le chiffre de 25 civils tués à Djibo.")]
    [InlineData("A lawmaker from Borno said 25 civilians were killed in Gwoza.")]
    [InlineData("قال نائب عن دائرة تيلابيري إن ٢٥ مدنيا قتلوا في الهجوم.")]
    // a radio caller or listener is a private person
    [InlineData("Un auditeur de Mopti affirme que deux de ses cousins ont été enlevés.")]
    [InlineData("A caller from Kano told the programme that two of his cousins were abducted.")]
    public void An_mp_and_a_caller_speak_as_locals(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // the medium of an opening adverbial is the place of speaking; the speaker after the comma speaks
    [InlineData("Lors de l'émission de Radio Kledu, un auditeur affirme que deux de ses cousins ont été enlevés.", SourceKind.Local)]
    [InlineData("A message from the village chief, read on community radio, said seven farmers were missing.", SourceKind.Local)]
    public void The_medium_of_an_opening_adverbial_is_not_the_speaker(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the Arabic "نائب" alone (a deputy commander) is not an MP; a medium that speaks after its own comma still speaks
    [InlineData("قال نائب قائد الجيش إن ٢٥ إرهابيا قتلوا.", SourceKind.Local)]
    [InlineData("Selon Radio Kledu, deux civils ont été enlevés.", SourceKind.Local)]
    [InlineData("Sur Radio Kledu, deux civils ont été enlevés, selon des témoins cités par la station.", SourceKind.Media)]
    public void Negatives_of_mps_and_channels(string text, SourceKind notKind) => Assert.NotEqual(notKind, LastSource(text));

    [Theory]
    // a capital that places a speaker of its own kind is where the speaker is
    [InlineData("Une source hospitalière à Niamey a fait état de 30 blessés.", SourceKind.Hospital)]
    [InlineData("A hospital source in Niamey said 30 wounded were evacuated.", SourceKind.Hospital)]
    [InlineData("A rights group in Bamako said 30 civilians were killed.", SourceKind.Ngo)]
    // the capital alone, or after an anonymous source with no kind, still speaks for the government
    [InlineData("Niamey a fait état de 30 soldats tués.", SourceKind.Government)]
    // a relative after the placed speaker goes on with it, not with a name counted earlier
    [InlineData("Cinq agents d'une ONG ont été enlevés près de Kidal, a indiqué le bureau de l'OCHA à Bamako, qui impute le rapt au JNIM.", SourceKind.Un)]
    public void A_capital_that_places_a_speaker(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the clergy's councils and village heads in the plural speak as locals (the README's table)
    [InlineData("Le Haut conseil islamique a dénoncé l'assassinat de trois imams à Douentza.")]
    [InlineData("The Islamic Council of Chad condemned the killing of 11 worshippers in Baga Sola.")]
    [InlineData("Village heads told the district court that bandits had killed six herders.")]
    public void Clergy_councils_and_village_heads_speak_as_locals(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // a personal pronoun before the verb is its subject: a name after the verb opens what is said, and the pronoun points back
    [InlineData("Residents of Kaya said two farmers were killed. He said JNIM fighters also abducted four women.", SourceKind.Local)]
    [InlineData("Des habitants de Djibo affirment que deux bergers ont été tués. Il dit que le JNIM a aussi enlevé quatre femmes.", SourceKind.Local)]
    [InlineData("The governor said ten villagers were killed. She said the army had killed 12 attackers.", SourceKind.Government)]
    public void A_pronoun_subject_points_back(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // without a pronoun, "and said" still takes the name after it when there is no subject before
    [InlineData("Two farmers were killed, and said the army in a statement, 12 attackers were neutralised.", SourceKind.Army)]
    public void Without_a_pronoun_the_name_after_may_speak(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a health district's note speaks as the health workers (the README's table), also past the note's owner phrase
    [InlineData("Beyond 40 malaria cases, the weekly note of the Kaya health district lists 19 gunshot wounded.", SourceKind.Hospital)]
    [InlineData("Le district sanitaire de Djibo signale 19 blessés par balle.", SourceKind.Hospital)]
    // "the note" with no owner still points back to the source named before
    [InlineData("The Kaya health district said 19 people were wounded. The note adds that two children were killed.", SourceKind.Hospital)]
    [InlineData("Residents said 19 people were wounded. The note adds that two children were killed.", SourceKind.Local)]
    public void A_health_district_s_note(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a possessed title speaks for the body read by its head noun in the sentence before
    [InlineData("Le comité de gestion du marché de Kaya a annoncé la fermeture du marché. D'après son président, une vingtaine de commerçants ont été tués.", SourceKind.Local)]
    [InlineData("The cooperative announced it would close its shop. According to its chairwoman, 20 members were killed.", SourceKind.Local)]
    [InlineData("أعلنت لجنة السوق في كايا إغلاق السوق. وقال رئيسها إن عشرين تاجرا قتلوا.", SourceKind.Local)]
    public void A_possessed_title_speaks_for_the_body_read_before(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // with no speaker before, the possessed title names no one
    [InlineData("Le marché de Kaya est fermé. D'après son président, une vingtaine de commerçants ont été tués.", SourceKind.Local)]
    public void A_possessed_title_with_no_body_before(string text, SourceKind notKind) => Assert.NotEqual(notKind, LastSource(text));

    [Theory]
    // the present of "acknowledge" in a second clause speaks for its own subject, not the first clause's
    [InlineData("تقول جماعة نصرة الإسلام إنها قتلت ٣٠ جنديا، في حين تعترف هيئة الأركان بمقتل خمسة جنود فقط.", SourceKind.Army)]
    [InlineData("JNIM says it killed 30 soldiers, while the general staff admits five soldiers killed.", SourceKind.Army)]
    [InlineData("Le JNIM affirme avoir tué 30 soldats, tandis que l'état-major reconnaît cinq soldats tués.", SourceKind.Army)]
    public void An_acknowledgment_in_a_second_clause(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the head of a long subject phrase, past six words, up to its verb
    [InlineData("Fishermen's delegates on the Lake Chad landing site committee said 14 fishermen were killed.", SourceKind.Local)]
    [InlineData("Les délégués des éleveurs au sein du comité de gestion du marché de Djibo affirment que 14 éleveurs ont été tués.", SourceKind.Local)]
    public void The_head_of_a_long_subject_phrase(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // not past a figure: the counted are not who speaks
    [InlineData("Fourteen members of the landing site committee were killed, residents of Baga said.", SourceKind.Local)]
    public void Not_past_a_figure(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the UN's migration agency speaks as the UN, in the three languages
    [InlineData("L'OIM a précisé que quatre migrants ont été tués près de Dirkou.")]
    [InlineData("The International Organization for Migration said four migrants were killed near Dirkou.")]
    [InlineData("قالت المنظمة الدولية للهجرة إن أربعة مهاجرين قتلوا قرب ديركو.")]
    public void The_migration_agency_speaks_as_the_un(string text) => Assert.Equal(SourceKind.Un, LastSource(text));
}
