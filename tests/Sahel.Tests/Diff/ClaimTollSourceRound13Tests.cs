using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 8's toll sources (round 13): where the attribution is found (a document's issuer, a sentence pointing back over
/// its paragraph, a cleft, the subject past a relative aside), how a referent carries ("المصادر"), and the kinds written out
/// as paradigms (the clergy, a firm, people of a trade in the plural, an association of a trade, an organisation named by
/// its cause, an office holder of an institution, the UN's offices, a militia's own statement). Sentences written for
/// these tests; most forms appear in no labelled story. Each cell has a twin that must not be attributed.
/// </summary>
public sealed class ClaimTollSourceRound13Tests
{
    private static IReadOnlyList<TollClaim> Tolls(string title, string text) => ClaimExtractor.Extract(title, text, null).Tolls;


    [Theory]
    // a document speaks in its issuer's voice: the title names it, its figures have no source of their own
    [InlineData("Communiqué de la société Kantara Mines SA", "Un convoi a été attaqué jeudi. Trois de nos employés ont perdu la vie.", SourceKind.Local)]
    [InlineData("Statement by Harmattan Gold Mining plc on the Tera incident", "A bus carrying our staff was ambushed on Monday. Five employees were wounded.", SourceKind.Local)]
    [InlineData("Press release: Sahel Relief Network condemns the attack on its clinic", "Two of our nurses were killed on Friday.", SourceKind.Ngo)]
    [InlineData("Bilan opérationnel du ministère de la Défense", "Des unités ont neutralisé sept terroristes près de Ménaka.", SourceKind.Government)]
    [InlineData("بيان لوزارة الدفاع الوطني", "تمكنت وحدات الجيش من تحييد خمسة إرهابيين قرب الحدود.", SourceKind.Government)]
    [InlineData("Déclaration de l'Église évangélique de Fada", "Quatre fidèles ont été tués dimanche pendant le culte.", SourceKind.Local)]
    // no title naming the issuer: "notre organisation" in the text names it
    [InlineData("Communiqué de presse", "Notre organisation appuie le centre de santé depuis 2020. Deux agents ont été tués.", SourceKind.Ngo)]
    public void A_document_speaks_in_its_issuers_voice(string title, string text, SourceKind kind) =>
        Assert.Equal(kind, Tolls(title, text).Last().Source!.Kind);

    [Theory]
    // not a document: a news title naming a source does not attribute a figure the text leaves to no one
    [InlineData("Mining company suspends work after attack", "Gunmen attacked a convoy on Monday. Five people were killed.")]
    [InlineData("L'Église de Fada en deuil", "Quatre fidèles ont été tués dimanche pendant le culte.")]
    public void A_news_title_is_no_documents_issuer(string title, string text) =>
        Assert.Equal(SourceKind.Unattributed, Tolls(title, text).Last().Source!.Kind);

    [Theory]
    // a document whose text quotes another source: the quoted one keeps its figure
    [InlineData("Statement by Harmattan Gold Mining plc", "Police said four attackers were killed.", SourceKind.Security)]
    public void A_document_quoting_someone_keeps_that_source(string title, string text, SourceKind kind) =>
        Assert.Equal(kind, Tolls(title, text).Last().Source!.Kind);

    [Theory]
    // a sentence that points back names the source of the paragraph's figures that nothing attributed, past the one before
    [InlineData("Cinq soldats ont été tués. Trois autres ont été blessés. C'est ce qu'a annoncé l'état-major.", SourceKind.Army)]
    [InlineData("Nine villagers were abducted. Two were shot dead. That's according to the police.", SourceKind.Security)]
    [InlineData("Six pêcheurs ont été enlevés. Un septième a été blessé. C'est le chef de canton qui l'annonce.", SourceKind.Local)]
    [InlineData("قُتل خمسة مدنيين. وأصيب ثلاثة آخرون. هذا ما أعلنه مسؤول محلي.", SourceKind.Local)]
    public void A_sentence_pointing_back_names_its_paragraphs_source(string text, SourceKind kind) =>
        Assert.All(Tolls("Sahel", text), t => Assert.Equal(kind, t.Source!.Kind));

    [Fact]
    public void Pointing_back_does_not_take_a_figure_a_source_gave() =>
        Assert.Equal(SourceKind.Army, Tolls("Sahel", "L'armée a annoncé six soldats tués. Deux civils ont été blessés. C'est ce qu'a dit un notable.")[0].Source!.Kind);

    [Theory]
    // the bare definite plural refers back to the sources named before
    [InlineData("قالت مصادر محلية إن سبعة مدنيين قتلوا. وقالت المصادر إن المسلحين خطفوا أربعة شبان.", SourceKind.Local)]
    [InlineData("Local sources said seven civilians were killed. The sources said four youths were also abducted.", SourceKind.Local)]
    public void The_sources_refer_back_to_the_ones_named(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the clergy speak as locals
    [InlineData("Le Conseil des oulémas de Dori condamne l'attaque, où douze fidèles ont perdu la vie.", SourceKind.Local)]
    [InlineData("The Council of Imams condemned the attack in which 14 worshippers were killed.", SourceKind.Local)]
    [InlineData("أدانت رابطة الأئمة الهجوم الذي أسفر عن مقتل ١٢ مصليا.", SourceKind.Local)]
    [InlineData("The bishop of Kaya said 9 parishioners were abducted.", SourceKind.Local)]
    // a firm, the victims' employer, by its name's legal form or the noun
    [InlineData("Kantara Mines SA a confirmé la mort de trois employés.", SourceKind.Local)]
    [InlineData("أعلنت شركة للتعدين مقتل أربعة من موظفيها.", SourceKind.Local)]
    public void The_clergy_and_a_firm_speak_as_locals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // people of a trade in the plural, speaking
    [InlineData("Des éleveurs de la zone affirment que six bergers ont été tués.", SourceKind.Local)]
    [InlineData("Fishermen who fled to the town said about 20 of their colleagues were missing.", SourceKind.Local)]
    [InlineData("وقال مزارعون فروا إلى المدينة إن ثمانية قرويين قتلوا.", SourceKind.Local)]
    // an association of a trade
    [InlineData("A traders' association said 11 traders were abducted.", SourceKind.Local)]
    [InlineData("L'association des transporteurs affirme que quatre chauffeurs ont été tués.", SourceKind.Local)]
    public void People_of_a_trade_speak_as_locals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // counted, not speaking: no source
    [InlineData("Twelve fishermen were killed on Monday.")]
    [InlineData("Three herders were killed and two fishermen were wounded.")]
    [InlineData("Trois éleveurs ont été tués et deux pêcheurs blessés lundi.")]
    public void People_counted_do_not_speak(string text) => Assert.Equal(SourceKind.Unattributed, LastSource(text));

    [Theory]
    // an organisation named by its cause is a rights or aid group; a collective of a cause too
    [InlineData("The Northern Rights Forum said 21 people were killed.", SourceKind.Ngo)]
    [InlineData("Savannah Relief Network said it had treated 14 wounded.", SourceKind.Ngo)]
    [InlineData("Le Collectif contre l'impunité affirme avoir recensé 40 civils tués.", SourceKind.Ngo)]
    // a health centre by its name is no rights group
    [InlineData("A nurse at the Bandiagara Health Centre said 26 wounded were brought in.", SourceKind.Hospital)]
    // a victims' collective stays local
    [InlineData("Le collectif des victimes affirme que 40 civils ont été tués.", SourceKind.Local)]
    public void An_organisation_named_by_its_cause(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an office holder speaks for the institution he holds office in
    [InlineData("The police command's spokesman said eight persons were killed.", SourceKind.Security)]
    [InlineData("قال مسؤول في المنظمة إن ثلاثة عاملين خطفوا.", SourceKind.Ngo)]
    [InlineData("Un responsable de l'hôpital a indiqué que 14 blessés avaient été admis.", SourceKind.Hospital)]
    [InlineData("قال المتحدث باسم الأمين العام للأمم المتحدة إن ثلاثة سائقين قتلوا.", SourceKind.Un)]
    // a government's spokesman stays the government's
    [InlineData("The government spokesman said eight persons were killed.", SourceKind.Government)]
    public void An_office_holder_speaks_for_his_institution(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the UN's offices by their full names
    [InlineData("Selon le Bureau de la coordination des affaires humanitaires, 34 civils ont été tués.", SourceKind.Un)]
    [InlineData("The World Food Programme said two of its drivers were killed.", SourceKind.Un)]
    [InlineData("قال مكتب تنسيق الشؤون الإنسانية إن ٣٤ مدنيا قتلوا.", SourceKind.Un)]
    public void The_UNs_offices_by_their_full_names(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a militia's own communiqué speaks for the militia; its leader talking to a reporter speaks as locals do
    [InlineData("Dans un communiqué, les Dozos affirment avoir tué onze jihadistes.", SourceKind.ArmedGroup)]
    [InlineData("The CJTF said in a statement that its members killed 13 insurgents.", SourceKind.ArmedGroup)]
    [InlineData("A CJTF leader told reporters that 13 insurgents were killed.", SourceKind.Local)]
    public void A_militias_statement_is_the_militias(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the subject past a relative aside that closes with a comma before the verb
    [InlineData("The Northern Rights Forum, which sent researchers to the area, put the toll at 21.", SourceKind.Ngo)]
    [InlineData("Aid workers in Kaya, where the wounded were taken, said they had counted 70 bodies.", SourceKind.Ngo)]
    [InlineData("L'hôpital de Djibo, où les blessés ont été évacués, a fait état de 12 morts.", SourceKind.Hospital)]
    // a verb inside the aside does not take its subject from the verb after it
    [InlineData("The Volta Rights Forum, whose researchers spoke to residents, put the toll at 21.", SourceKind.Ngo)]
    public void The_subject_past_a_relative_aside(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // who reached the speakers, named by a definite noun after "by", does not point back at the organisation named before
    [InlineData("A rights group said soldiers killed 30 men. Witnesses interviewed by the group said six others were missing.", SourceKind.Local)]
    [InlineData("Une organisation de défense des droits accuse l'armée. Des témoins interrogés par l'organisation affirment que six hommes sont portés disparus.", SourceKind.Local)]
    // the organisation itself, repeated as the subject, still does
    [InlineData("A rights group said soldiers killed 30 men. The group said six others were missing.", SourceKind.Ngo)]
    public void Who_reached_the_speakers_points_back_at_no_one(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the medium that carried a group's statement is its channel, not a second source
    [InlineData("Islamic State West Africa Province said in a statement carried by its Amaq agency that its fighters killed 20 soldiers.", SourceKind.ArmedGroup)]
    // a medium relaying from someone is no channel: the one it relays from speaks
    [InlineData("وفق ما نقلته إذاعة محلية عن وجهاء القرية، قتل اثنا عشر راعيا.", SourceKind.Local)]
    public void A_statements_carrier_is_its_channel(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the outlet naming itself in its own count is the media
    [InlineData("رصدت النشرة خلال الأسبوع اختطاف أحد عشر مسافرا.", SourceKind.Media)]
    [InlineData("Our newsletter counted 11 travellers abducted on the road last week.", SourceKind.Media)]
    public void A_newsletter_counting_is_the_media(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
