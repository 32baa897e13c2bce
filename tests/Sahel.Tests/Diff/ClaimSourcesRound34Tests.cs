using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 16's toll sources (round 34): a figure carried by a document or a toll named with its owner, inside another speaker's
/// sentence, is the owner's ("rejected an Amnesty report accusing soldiers of killing 14"); a heading's speaker phrase may open
/// before the source the vocabulary reads ("09:10 — Borno police spokesman: 8 killed", "قائد في الجيش: مقتل ثمانية"). The
/// paradigm in French, English and Arabic, with negatives. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound34Tests
{
    [Theory]
    // the owner before the document (English) or after it, with the document's participle or none
    [InlineData("The ministry rejected an Amnesty International report accusing soldiers of killing 14 villagers.", SourceKind.Ngo)]
    [InlineData("The junta dismissed a UN report documenting the deaths of 27 civilians in the raid.", SourceKind.Un)]
    [InlineData("Le ministère a rejeté le rapport d'Amnesty International accusant l'armée d'avoir tué 14 villageois.", SourceKind.Ngo)]
    [InlineData("Le gouvernement conteste le rapport de la MINUSMA faisant état de 27 civils tués.", SourceKind.Un)]
    [InlineData("رفضت وزارة الدفاع تقريرا لمنظمة هيومن رايتس ووتش يتهم الجيش بقتل ١٤ قرويا.", SourceKind.Ngo)]
    public void A_document_named_with_its_owner_gives_the_owners_figure(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a toll named with its owner beside the speaker's own figure: each figure its own source
    [InlineData("قال رئيس البلدية إن ثلاثين شخصا قتلوا، خلافا لحصيلة الجيش البالغة ١٢ قتيلا.")]
    [InlineData("The mayor said 30 people died, against the army's toll of 12.")]
    [InlineData("Le maire parle de trente morts, contre un bilan de l'armée de douze tués.")]
    public void A_toll_named_with_its_owner_beside_a_speakers_figure(string text)
    {
        var tolls = Tolls(text);
        Assert.Equal(SourceKind.Local, tolls[0].Source!.Kind);
        Assert.Equal(SourceKind.Army, tolls[^1].Source!.Kind);
    }

    [Theory]
    // negatives: a group whose attack the toll is, a document with no owner, an owner who speaks the figure itself
    [InlineData("The army said the toll of the ISWAP attack rose to 12 soldiers killed.", SourceKind.Army)]
    [InlineData("Le bilan de l'attaque du JNIM s'élève à 12 morts, selon l'armée.", SourceKind.Army)]
    [InlineData("قال الجيش إن حصيلة هجوم جماعة نصرة الإسلام والمسلمين ارتفعت إلى ١٢ قتيلا.", SourceKind.Army)]
    [InlineData("The police rejected the report and said 3 people died.", SourceKind.Security)]
    [InlineData("Amnesty International said in a report that 14 villagers were killed.", SourceKind.Ngo)]
    public void Other_tolls_and_reports_keep_their_reading(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a heading's speaker phrase opening before the source: a place naming it, a head noun of whom it is (new for the place
    // and the Arabic heads; the French "responsable de" already so)
    [InlineData("09:10 — Borno police spokesman: 8 people killed in the market blast.", SourceKind.Security)]
    [InlineData("09h10 - Zinder police : huit morts dans l'explosion.", SourceKind.Security)]
    [InlineData("09h10 - Un responsable de la gendarmerie : huit morts dans l'explosion.", SourceKind.Security)]
    [InlineData("٠٩:١٠ - مسؤول في الشرطة: ثمانية قتلى في الانفجار.", SourceKind.Security)]
    [InlineData("٠٩:١٠ - قائد في الجيش: مقتل ثمانية مسلحين.", SourceKind.Army)]
    [InlineData("14:40 - قيادة الشرطة في ولاية بورنو: ثمانية قتلى على الأقل.", SourceKind.Security)]
    [InlineData("09:10 — An official at the health ministry: 8 people killed.", SourceKind.Government)]
    public void A_headings_speaker_phrase_opens_before_its_source(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: an attack on a body before the colon names the target, not who speaks
    [InlineData("09:10 — Attack on Borno police: 8 officers killed, residents say.", SourceKind.Local)]
    [InlineData("09h10 - Attaque contre la gendarmerie : huit gendarmes tués, selon des habitants.", SourceKind.Local)]
    [InlineData("٠٩:١٠ - هجوم على الشرطة: مقتل ثمانية عناصر بحسب سكان.", SourceKind.Local)]
    public void A_target_before_the_colon_is_no_speaker(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the Arabic cell of a bare definite document going on as a verb's subject (new; English and French held)
    [InlineData("أعلنت هيئة الأركان في نشرتها الأسبوعية أن وحداتها حيدت عشرة إرهابيين. وأشارت النشرة إلى مقتل جنديين.", SourceKind.Army)]
    [InlineData("أعلنت قيادة الأركان في بلاغ صحفي أن قواتها قتلت اثنين. وأضاف البلاغ أن جنديا واحدا أصيب بجروح.", SourceKind.Army)]
    [InlineData("قالت منظمة العفو الدولية في تقرير إن عشرة مدنيين قتلوا. وأضاف التقرير أن ثلاثين شخصا أصيبوا.", SourceKind.Ngo)]
    [InlineData("The general staff said in its weekly bulletin that troops killed ten militants. The bulletin added that two soldiers were killed.", SourceKind.Army)]
    [InlineData("L'état-major a publié son bulletin hebdomadaire. Le bulletin précise que deux soldats ont été tués.", SourceKind.Army)]
    public void A_bare_document_going_on_points_back_to_its_issuer(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: a newscast named so, a document whose owner follows, a newsletter opening its own text
    [InlineData("قالت الشرطة إن ثلاثة أشخاص قتلوا. وذكرت النشرة الإخبارية أن خمسة أشخاص قتلوا.", SourceKind.Media)]
    [InlineData("قالت الشرطة إن ثلاثة أشخاص قتلوا. وذكرت النشرة الإخبارية للتلفزيون الرسمي أن خمسة أشخاص قتلوا.", SourceKind.Media)]
    public void A_newscast_stays_the_media(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a verb acting on the toll is a verb of saying about it: its subject gives the figures after it, here and carried (new)
    [InlineData("Le ministère de la Défense a corrigé vendredi le bilan de l'attaque. Le nouveau bilan fait état de vingt-neuf soldats tués.", SourceKind.Government)]
    [InlineData("Le ministère a revu à la hausse le bilan, désormais de vingt-neuf soldats tués.", SourceKind.Government)]
    [InlineData("Un officier, s'exprimant sous couvert d'anonymat, a contesté ce bilan : « Nous n'avons eu que deux blessés. »", SourceKind.Security)]
    [InlineData("The defence ministry updated its toll. Twenty-nine soldiers were killed.", SourceKind.Government)]
    [InlineData("JNIM claimed to have killed 30 soldiers. The army disputed the toll and said 4 soldiers died.", SourceKind.Army)]
    [InlineData("صححت وزارة الدفاع الحصيلة. وقتل ٢٩ جنديا.", SourceKind.Government)]
    public void A_verb_acting_on_the_toll_speaks_of_it(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: the verb with no toll after it, or a toll past a clause break
    [InlineData("Residents said the army corrected nothing; 12 people were killed in the attack.", SourceKind.Local)]
    [InlineData("Des habitants affirment que l'armée a corrigé sa position, et douze civils ont été tués.", SourceKind.Local)]
    public void Other_verbs_of_correcting_keep_their_reading(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
