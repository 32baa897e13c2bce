using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 9's toll sources (round 15), sorted from the misses of two writers nobody had tuned on (fresh6, dev8): the kinds
/// written out as paradigms in the three languages (local administration and customary chiefs, vigilantes, Sudan's
/// resistance committees and emergency rooms, a doctors' network, the UN's experts, humanitarian partners, an
/// administrative or a health source, the state's agencies and judges, the bishops, the Arabic accusative of a source),
/// and where the speaker stands (an official of a local body, an Arabic subject before its verb past its place, a document
/// referred back). Sentences written for these tests; most forms appear in no labelled story. Each cell has negatives.
/// </summary>
public sealed class ClaimTollSourceRound15Tests
{
    private static IReadOnlyList<TollClaim> Tolls(string title, string text) => ClaimExtractor.Extract(title, text, null).Tolls;



    [Theory]
    // the local administration and customary authorities speak as locals
    [InlineData("قال مسؤول في الإدارة الأهلية إن مسلحين قتلوا خمسة رعاة قرب البئر.", SourceKind.Local)]
    [InlineData("وأفاد مسؤول في بلدية أبشة بأن ثلاثة تجار قتلوا في الهجوم.", SourceKind.Local)]
    [InlineData("قال مسؤول في الحكومة المحلية إن ثمانية أشخاص قتلوا في السوق.", SourceKind.Local)]
    [InlineData("Gunmen abducted nine farmers near the river, according to a local chief.", SourceKind.Local)]
    [InlineData("Six people were killed in the raid, a customary chief told reporters.", SourceKind.Local)]
    [InlineData("Selon le conseil municipal de Djibo, quatre civils ont été tués.", SourceKind.Local)]
    [InlineData("Le maire de la commune affirme que cinq civils ont été tués.", SourceKind.Local)]
    // a governor, a prefect, a state government stay the government's
    [InlineData("Le préfet de Tessaoua affirme que cinq civils ont été tués.", SourceKind.Government)]
    [InlineData("وقالت حكومة الولاية إن سبعة مدنيين قتلوا.", SourceKind.Government)]
    [InlineData("The state governor said seven civilians were killed.", SourceKind.Government)]
    // a bare official is still the government's
    [InlineData("قال مسؤول إن سبعة جنود قتلوا في الهجوم.", SourceKind.Government)]
    public void Local_administration_speaks_as_locals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // vigilantes and self-defence committees speaking, and their leaders
    [InlineData("قال رئيس لجنة اليقظة في القرية إن مسلحين خطفوا أحد عشر شخصا.", SourceKind.Local)]
    [InlineData("وقال مسؤول في قوة المهام المشتركة المدنية إن تسعة أشخاص قتلوا.", SourceKind.Local)]
    [InlineData("Le comité d'autodéfense du village affirme que six éleveurs ont été tués.", SourceKind.Local)]
    [InlineData("A leader of the vigilante group said twelve villagers were abducted.", SourceKind.Local)]
    [InlineData("Vigilantes in the town said four traders were killed.", SourceKind.Local)]
    public void Vigilantes_speak_as_locals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void Vigilantes_counted_do_not_speak() =>
        Assert.Equal(SourceKind.Army, LastSource("The army said eleven vigilantes were killed in the ambush."));

    [Theory]
    // Sudan's grassroots bodies
    [InlineData("قالت لجان مقاومة كادقلي إن عشرين مدنيا قتلوا في القصف.", SourceKind.Local)]
    [InlineData("وقالت غرفة الطوارئ في الحي إن تسعة مدنيين قتلوا.", SourceKind.Local)]
    [InlineData("Seven civilians were killed, according to the neighbourhood's emergency response room.", SourceKind.Local)]
    [InlineData("Selon la salle d'intervention d'urgence du quartier, huit civils ont été tués.", SourceKind.Local)]
    public void Resistance_committees_and_emergency_rooms_speak_as_locals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a doctors' network is an NGO; a doctor and a medical source stay the hospital's
    [InlineData("أفادت شبكة أطباء دارفور بأن خمسة عشر مدنيا قتلوا.", SourceKind.Ngo)]
    [InlineData("Selon le réseau des médecins du Kordofan, neuf civils ont été tués.", SourceKind.Ngo)]
    [InlineData("وقال طبيب في المستشفى إن خمسة عشر مدنيا قتلوا.", SourceKind.Hospital)]
    [InlineData("Une source sanitaire locale fait état de douze blessés.", SourceKind.Hospital)]
    [InlineData("A health source said nine people were wounded.", SourceKind.Hospital)]
    public void A_doctors_network_is_an_ngo_and_a_health_source_a_hospitals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the UN's experts
    [InlineData("Le groupe d'experts sur le Soudan estime que quarante civils ont été tués.", SourceKind.Un)]
    [InlineData("The panel of experts on Mali said 33 civilians were killed.", SourceKind.Un)]
    [InlineData("قال فريق خبراء الأمم المتحدة إن مئة مدني قتلوا.", SourceKind.Un)]
    [InlineData("Le rapporteur spécial affirme que dix-huit civils ont été exécutés.", SourceKind.Un)]
    public void The_uns_experts_speak_for_the_un(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void A_group_is_still_the_group_named_before() =>
        Assert.Equal(SourceKind.ArmedGroup, LastSource("Le JNIM a revendiqué l'attaque. Le groupe affirme avoir tué douze soldats."));

    [Theory]
    // the partners of a situation report, an administrative source, the state's agencies and judges
    [InlineData("Les partenaires de santé signalent que quinze blessés ont été soignés.", SourceKind.Ngo)]
    [InlineData("Humanitarian partners say that 14 people were abducted.", SourceKind.Ngo)]
    [InlineData("Une source administrative avance le chiffre de neuf morts.", SourceKind.Government)]
    [InlineData("Selon la direction générale des douanes, trois agents ont été tués.", SourceKind.Government)]
    [InlineData("وقالت مصلحة الجمارك إن ثلاثة موظفين قتلوا.", SourceKind.Government)]
    [InlineData("The judge said eleven villagers were killed in the massacre.", SourceKind.Government)]
    [InlineData("قال المتحدث باسم مقر الدفاع إن القوات قتلت ٣٠ إرهابيا.", SourceKind.Army)]
    [InlineData("La conférence épiscopale affirme que trois fidèles ont été tués.", SourceKind.Local)]
    public void Paradigm_kinds(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void A_court_is_a_place() =>
        Assert.Equal(SourceKind.Security, LastSource("A police report read out in court put the toll at nine dead."));

    [Fact]
    public void A_health_centre_is_a_place() =>
        Assert.Equal(SourceKind.Ngo, Tolls("Communiqué de l'ONG Santé Pour Tous", "L'attaque du centre de santé de Koro a fait trois morts parmi le personnel.").Last().Source!.Kind);

    [Theory]
    // the Arabic accusative of a source, its subject before the verb past its place
    [InlineData("ولم يعلق الجيش على الهجوم، لكن مصدرا عسكريا في تمبكتو أكد مقتل ستة جنود.", SourceKind.Security)]
    [InlineData("غير أن مصدرا طبيا في المستشفى أكد مقتل تسعة مدنيين.", SourceKind.Hospital)]
    [InlineData("مسؤول محلي في المنطقة أكد مقتل سبعة مدنيين.", SourceKind.Local)]
    public void An_arabic_subject_before_its_verb_past_its_place(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void The_place_before_the_verb_is_no_speaker_across_a_comma() =>
        Assert.Equal(SourceKind.Army, FirstSource("أعلن الجيش مقتل تسعة إرهابيين، وسكان في القرية أكدوا الهجوم."));

    [Theory]
    // a document referred back carries its issuer, and who adds or answers tells
    [InlineData("Le gouvernement a publié un communiqué jeudi. Le communiqué ajoute que douze terroristes ont été neutralisés.", SourceKind.Government)]
    [InlineData("L'état-major a diffusé une note interne. La note fait également état de quatre soldats blessés.", SourceKind.Army)]
    [InlineData("Human Rights Watch a publié un rapport lundi. Le rapport affirme que vingt civils ont été exécutés.", SourceKind.Ngo)]
    [InlineData("Des habitants accusent les ravisseurs. Le ministre a répondu que trois otages restaient détenus.", SourceKind.Government)]
    public void A_document_referred_back_and_who_adds_or_answers(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void A_report_with_no_issuer_before_stays_unattributed() =>
        Assert.Equal(SourceKind.Unattributed, LastSource("Le rapport affirme que vingt civils ont été exécutés."));

    [Theory]
    // the speaker never stands inside the clause its verb opens
    [InlineData("Des habitants de Koro, joints par téléphone, affirment qu'une frappe de l'armée a tué sept civils.", SourceKind.Local)]
    [InlineData("Residents of the village, reached by phone, said that an army strike killed seven civilians.", SourceKind.Local)]
    [InlineData("وأكد حاكم الإقليم الهجوم، وأعلن أن الجيش قتل ثلاثة من الخاطفين.", SourceKind.Government)]
    public void The_speaker_is_not_inside_what_is_said(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the verb's subject after it still speaks when no clause opens first
    [InlineData("Six soldats ont été tués, affirme l'armée.", SourceKind.Army)]
    [InlineData("وقال الجيش إن ستة جنود قتلوا.", SourceKind.Army)]
    public void A_subject_after_its_verb_still_speaks(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a hospital by its French names
    [InlineData("Le CHR de Ouahigouya a reçu 40 blessés, selon son directeur.", SourceKind.Hospital)]
    [InlineData("Selon le centre hospitalier régional, douze blessés ont été admis.", SourceKind.Hospital)]
    public void A_hospital_by_its_french_names(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void A_question_names_no_source_for_the_answer() =>
        Assert.Equal(SourceKind.Army, LastSource("The army said it lost four soldiers. Has JNIM claimed the attack? Twenty of the attackers were neutralised."));

    [Fact]
    public void A_statement_still_carries() =>
        Assert.Equal(SourceKind.ArmedGroup, LastSource("The army said it lost four soldiers. JNIM claimed the attack. Twenty soldiers were killed."));

    [Theory]
    // a generic noun and the organisation's name after it are one mention, whatever words the name holds
    [InlineData("The medical charity Desert Medics International said two of its nurses were killed.", SourceKind.Ngo)]
    [InlineData("The rights group Sahel Police Watch said nine civilians were killed.", SourceKind.Ngo)]
    [InlineData("L'ONG Médecins du Fleuve affirme que trois infirmiers ont été tués.", SourceKind.Ngo)]
    // not past a word in lower case: the medics speak
    [InlineData("The charity's medics said two patients were killed.", SourceKind.Hospital)]
    public void A_generic_noun_and_the_name_after_it_are_one(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the Arabic construct state, without the article
    [InlineData("وقالت حكومة ولاية النيل الأزرق إن تسعة مدنيين قتلوا.", SourceKind.Government)]
    [InlineData("وقالت حكومة مالي إن ستة جنود قتلوا.", SourceKind.Government)]
    public void The_arabic_construct_state(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a village's imam speaks as the clergy do; "أمام" ("in front of") names no one
    [InlineData("وقال إمام القرية إن ثلاثين مصليا قتلوا.", SourceKind.Local)]
    [InlineData("وقال الإمام إن ثلاثين مصليا قتلوا.", SourceKind.Local)]
    [InlineData("قتل ثلاثون شخصا أمام المسجد، بحسب مصدر أمني.", SourceKind.Security)]
    public void A_villages_imam(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the newsroom's reporters in the plural, counting; told, they are not the source
    [InlineData("Le ministère parle de neuf morts. Sur place, nos correspondants ont compté quatorze tombes.", SourceKind.Media)]
    [InlineData("The ministry spoke of nine dead. Our correspondents counted fourteen bodies at the morgue.", SourceKind.Media)]
    [InlineData("Un habitant a déclaré à nos correspondants que six civils ont été tués.", SourceKind.Local)]
    public void The_newsrooms_reporters(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a transcript's speaker label names whose turn it is, not a source
    [InlineData("المراسل: نعم، أكد لنا مسؤول في المستشفى أنهم استقبلوا جثامين سبعة رجال.", SourceKind.Hospital)]
    [InlineData("CORRESPONDENT: Yes, the army said in a statement that six soldiers were killed.", SourceKind.Army)]
    // not a medium that speaks in its own sentence, nor one opening a sentence without a colon
    [InlineData("Notre correspondant a compté neuf corps à la morgue.", SourceKind.Media)]
    public void A_transcripts_speaker_label_is_no_source(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // bloggers and their channels are media
    [InlineData("Quatre mercenaires ont été tués, selon des chaînes Telegram de blogueurs russes.", SourceKind.Media)]
    [InlineData("Military bloggers said five instructors were killed near the border.", SourceKind.Media)]
    [InlineData("وقال مدونون عسكريون إن خمسة مدربين قتلوا.", SourceKind.Media)]
    public void Bloggers_and_their_channels_are_media(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
