using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 15's toll sources (round 31): mechanisms three writers share. A capital that only places a medium or those it
/// reached ("notre correspondant à Niamey", "our Bamako correspondent", a two-city dateline) is not the government speaking; a
/// health facility's office holder, or the facility saying, speaks as the hospital; the opener of a sentence keeps the verb past
/// its own complement and an aside ("Des proches des victimes, joints par l'AFP, évoquent"). The paradigm in French, English and
/// Arabic, with negatives. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound31Tests
{
    [Theory]
    // a capital after a medium or the participle that reached the speakers is where they are (new)
    [InlineData("Des éleveurs interrogés par notre correspondant à Niamey évoquent au moins neuf civils tués.", SourceKind.Local)]
    [InlineData("Herders interviewed by our correspondent in Bamako said nine civilians were killed.", SourceKind.Local)]
    [InlineData("Herders interviewed by our Bamako correspondent said nine civilians were killed.", SourceKind.Local)]
    [InlineData("Trois bergers ont été tués près de la frontière, a-t-on appris auprès de notre correspondant à Nouakchott.", SourceKind.Media)]
    // already so: Arabic joins the medium told to "ل", and the speaker before it is read
    [InlineData("وقال سكان لمراسلنا في نيامي إن تسعة مدنيين قتلوا.", SourceKind.Local)]
    // a dateline of two cities: the second one files the story too (new)
    [InlineData("الخرطوم/نيامي - قالت منظمة العفو الدولية إن تسعة مدنيين قتلوا في الهجوم.", SourceKind.Ngo)]
    // an embassy speaks for its state (the table's row with the foreign ministry) (new in Arabic; the French one was read by
    // the capital after it, which still stands there: no medium before it)
    [InlineData("وأكدت سفارة الهند في باماكو خطف أربعة من رعاياها.", SourceKind.Government)]
    [InlineData("L'ambassade du Niger à Bamako a confirmé l'enlèvement de quatre de ses ressortissants.", SourceKind.Government)]
    public void A_capital_that_places_a_medium_does_not_speak(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: the capital as the government's voice, a capital after an office the vocabulary does not name, an official in it
    [InlineData("Bamako a démenti et affirme que neuf soldats ont été tués.", SourceKind.Government)]
    [InlineData("Niamey says nine soldiers were killed in the attack.", SourceKind.Government)]
    [InlineData("Le ministre de la Défense, à Niamey, a affirmé que neuf soldats ont été tués.", SourceKind.Government)]
    [InlineData("A hospital source in Niamey said nine soldiers were killed.", SourceKind.Hospital)]
    public void A_capital_speaking_keeps_its_reading(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an office holder of a health facility (new)
    [InlineData("Trois personnes ont été tuées. L'information a été confirmée par le chef du service de santé de Tessit.", SourceKind.Hospital)]
    [InlineData("وقال مدير المركز الصحي في القرية إن ستة جرحى وصلوا إلى المركز.", SourceKind.Hospital)]
    [InlineData("قُتل ستة أشخاص في الهجوم، حسب ما قال مدير المركز الصحي في البلدة.", SourceKind.Hospital)]
    // the facility as the subject of a verb of saying (new)
    [InlineData("The district's medical centre said six wounded people were being treated.", SourceKind.Hospital)]
    // already so (held): the holder with the facility as the last source read, "according to" it
    [InlineData("Le chef du centre de santé de Diallassagou a indiqué que six blessés avaient été admis.", SourceKind.Hospital)]
    [InlineData("Un responsable du principal hôpital de la ville a affirmé que onze corps y avaient été déposés.", SourceKind.Hospital)]
    [InlineData("The head of the health centre in Gajiram said six wounded people were admitted.", SourceKind.Hospital)]
    [InlineData("Six wounded people were admitted, according to the health centre in Gajiram.", SourceKind.Hospital)]
    [InlineData("Selon le centre de santé de Tessit, six blessés ont été admis.", SourceKind.Hospital)]
    public void A_health_facility_speaks_as_the_hospital(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: a health facility as a place (attacked, where the wounded went) does not speak
    [InlineData("Des hommes armés ont attaqué le centre de santé de Tessit, tuant six personnes, selon des habitants.", SourceKind.Local)]
    [InlineData("Gunmen attacked the health centre in Gajiram, killing six people, residents said.", SourceKind.Local)]
    [InlineData("وقال سكان إن مسلحين هاجموا المركز الصحي في القرية وقتلوا ستة أشخاص.", SourceKind.Local)]
    [InlineData("Six wounded were taken to the health centre in Gajiram, the police said.", SourceKind.Security)]
    public void A_health_facility_as_a_place_does_not_speak(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the opener past its own complement and an aside (new)
    [InlineData("Des proches des victimes, joints par l'AFP, évoquent six morts.", SourceKind.Local)]
    [InlineData("Des proches des victimes, joints par téléphone à Tessit, évoquent six morts.", SourceKind.Local)]
    [InlineData("Un chef de village de la zone, cité par une radio communautaire, évoque au moins six morts.", SourceKind.Local)]
    [InlineData("Des notables de la commune, dans une lettre au gouverneur, avancent le chiffre de six morts.", SourceKind.Local)]
    // already so: an opener with no complement, and English
    [InlineData("Des habitants, joints par l'AFP, évoquent six morts.", SourceKind.Local)]
    [InlineData("Relatives of the victims, reached by AFP, said six people were killed.", SourceKind.Local)]
    public void An_opener_speaks_past_its_complement_and_aside(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: an inverted speaker after the comma still speaks; a clause with its own subject keeps it
    [InlineData("Six civils ont été tués dans le village, a affirmé le maire.", SourceKind.Local)]
    [InlineData("Des proches des victimes ont fui, mais l'armée affirme que six assaillants ont été tués.", SourceKind.Army)]
    public void A_complement_does_not_take_the_verb_of_another(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
