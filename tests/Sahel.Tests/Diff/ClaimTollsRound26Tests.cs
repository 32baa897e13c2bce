using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 13, round 26: tolls missed (the ClaimsSet README, "Session 13, round 26, tolls missed"): one person with no number,
/// and a bare figure that answers another figure with a speaker of its own. Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound26Tests
{
    [Theory]
    // the object of a toll verb: the article right after it
    [InlineData("Un obus est tombé sur le marché, tuant une femme, selon des habitants.", TollKind.Killed)]
    [InlineData("Des inconnus ont abattu un imam devant la mosquée, selon la gendarmerie.", TollKind.Killed)]
    [InlineData("Gunmen killed a farmer near the village, police said.", TollKind.Killed)]
    [InlineData("Bandits abducted a nurse on the road to the clinic, residents said.", TollKind.Kidnapped)]
    [InlineData("La patrouille a neutralisé un chef terroriste près du fleuve, selon l'armée.", TollKind.Killed)]
    // the subject of an intransitive verb of dying, in the singular
    [InlineData("Un soldat est tombé lors de l'accrochage, selon l'armée.", TollKind.Killed)]
    [InlineData("Une sentinelle est tombée pendant la nuit, selon une source sécuritaire.", TollKind.Killed)]
    // a definite person set off by a comma before a toll participle
    [InlineData("Son chauffeur, blessé par balle, a été évacué vers Niamey, selon l'hôpital.", TollKind.Wounded)]
    [InlineData("The mayor, wounded in the shoulder, was flown to the capital, officials said.", TollKind.Wounded)]
    // a group's own dead told by "one martyr", "un martyr"
    [InlineData("The group said its own losses amounted to one martyr.", TollKind.Killed)]
    [InlineData("Le groupe dit n'avoir perdu qu'un martyr dans les combats.", TollKind.Killed)]
    // Arabic: the indefinite singular beside its verb, subject before it or object after the verb's definite subject
    [InlineData("قال مصدر أمني إن شرطيا قتل عند الحاجز.", TollKind.Killed)]
    [InlineData("وأفاد سكان بأن راعيا قُتل قرب البئر.", TollKind.Killed)]
    [InlineData("وقتل المسلحون امرأة في السوق بحسب شهود.", TollKind.Killed)]
    public void One_person_with_no_number_is_a_toll_of_one(string text, TollKind kind) =>
        Assert.True(ReadsExactly(text, kind, 1), Shown(text));

    [Theory]
    // a person who speaks, or is the doer
    [InlineData("Un soldat a déclaré que la patrouille était rentrée sans incident.")]
    [InlineData("A soldier said the convoy had reached the base.")]
    [InlineData("Un homme armé a tiré en l'air avant de s'enfuir.")]
    [InlineData("وقال جندي إن الدورية عادت إلى القاعدة.")]
    // a fall into something, no death
    [InlineData("Leur patrouille est tombée dans une embuscade près de la frontière.")]
    [InlineData("Le but est tombé à la dernière minute.")]
    // a thing taken or neutralised, a part of the body, a time
    [InlineData("The strike neutralised a terrorist logistics hub, the army said.")]
    [InlineData("Deux soldats ont été blessés à la jambe.")]
    [InlineData("The gunmen seized a truck at the checkpoint.")]
    [InlineData("La ville, prise mardi, reste sous contrôle des rebelles.")]
    // one woman as a part after "بينهم" stays out (the convention row: a singular part is not read)
    [InlineData("وأضاف أن المصابين يتلقون العلاج بينهم امرأة.")]
    public void No_lone_person_is_read(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Count.Min == 1 && t.Count.Max == 1);

    [Fact]
    public void A_count_after_the_article_is_the_figure_not_one() =>
        Assert.False(ReadsExactly("The militants killed a further 12 villagers overnight.", TollKind.Killed, 1));

    [Theory]
    // in one sentence: the gapped verb with its preposition, or a contrast
    [InlineData("L'armée parle de cinq morts, les habitants de douze.", 5, 12)]
    [InlineData("يتحدث الجيش عن خمسة قتلى، فيما يقول السكان إنهم اثنا عشر.", 5, 12)]
    // a clause set off by a semicolon
    [InlineData("The army says 12 civilians were killed; residents say 20.", 12, 20)]
    [InlineData("Nouakchott speaks of three fishermen abducted; the families say four.", 3, 4)]
    [InlineData("Selon l'armée, huit civils ont été tués ; des habitants en comptent quinze.", 8, 15)]
    public void A_bare_figure_answering_another_takes_its_kind(string text, int first, int answer)
    {
        var tolls = Tolls(text);
        Assert.True(tolls.Count == 2 && tolls[0].Count.Min == first && tolls[1].Count.Min == answer && tolls[1].Kind == tolls[0].Kind && tolls[1].Victims == tolls[0].Victims, Shown(text));
    }

    [Theory]
    // the answer's own speaker gives its source
    [InlineData("The army says 12 civilians were killed; residents say 20.")]
    [InlineData("Selon l'armée, huit civils ont été tués ; des habitants en comptent quinze.")]
    [InlineData("يتحدث الجيش عن خمسة قتلى، فيما يقول السكان إنهم اثنا عشر.")]
    public void The_answer_is_its_speakers(string text) =>
        Assert.Equal(SourceKind.Local, LastSource(text));

    [Fact]
    public void The_answer_may_be_a_sentence_of_its_own_in_the_present() =>
        Assert.True(ReadsExactly("Survivors put the toll at 30 dead. The governor says 11.", TollKind.Killed, 11),
            Shown("Survivors put the toll at 30 dead. The governor says 11."));

    [Theory]
    // an hour, an age, a count of things, a past restating of the figure
    [InlineData("The army says 12 civilians were killed; residents say the attack began at 5.")]
    [InlineData("The army says 12 civilians were killed; residents say 20 houses burned.")]
    [InlineData("Selon l'armée, huit civils ont été tués ; le chef du village, âgé de 70, a fui.")]
    [InlineData("Twelve soldiers were killed, the army said. Its statement gave 12.")]
    public void No_answering_figure_is_read(string text) =>
        Assert.Single(Tolls(text));

    [Theory]
    // a capture told of a part of the people named before: "two of them", "trois d'entre eux"
    [InlineData("Police said the gunmen fled towards the border and that two of them were captured after a shootout.", 2, "attackers")]
    [InlineData("Selon la gendarmerie, les assaillants ont pris la fuite et trois d'entre eux ont été capturés.", 3, "attackers")]
    public void A_part_of_them_captured_is_taken(string text, int value, string victims) =>
        Assert.True(Tolls(text).Any(t => t.Kind == TollKind.Kidnapped && t.Count.Min == value && t.Victims == victims), Shown(text));

    [Theory]
    // a part of them set free, or speaking, is no capture
    [InlineData("The gunmen held six traders overnight; two of them were freed on Monday.")]
    [InlineData("Les assaillants ont fui ; deux d'entre eux ont déclaré avoir été payés.")]
    public void A_part_of_them_not_captured_is_no_capture(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Kidnapped && t.Count.Min == 2 && t.Victims == "attackers");
}
