using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 15, round 30: tolls missed and extra by mechanisms three writers share (the ClaimsSet README, "Session 15, round 30,
/// tolls"): a figure noun's value beside the sentence's own tolls, and a year or a month that dates another event. Sentences
/// written for these tests.
/// </summary>
public sealed class ClaimTollsRound30Tests
{
    [Theory]
    // a speaker puts a figure on the toll in a sentence that tells a toll of its own: the kind of the figure before it
    [InlineData("Des habitants parlent de six morts, tandis qu'un journal régional a avancé le chiffre de onze.", 6, 11)]
    [InlineData("Security sources spoke of five dead, while a local radio station gave a figure of 14.", 5, 14)]
    [InlineData("وتحدثت مصادر أمنية عن ستة قتلى، فيما قدّر شهود العدد بأحد عشر.", 6, 11)]
    public void A_figure_noun_beside_a_toll_gives_another_value(string text, int first, int second)
    {
        Assert.True(ReadsExactly(text, TollKind.Killed, first), Shown(text));
        Assert.True(ReadsExactly(text, TollKind.Killed, second), Shown(text));
    }

    [Theory]
    // the figure noun before the sentence's own toll: the kind of the toll told last in the story
    [InlineData("Le gouverneur a annoncé la mort de 18 civils. Des notables ont avancé le chiffre de 40 et affirment que 6 personnes sont portées disparues.", 40)]
    [InlineData("The governor said 18 civilians were killed. Elders gave a figure of 40 and said six people were still missing.", 40)]
    public void A_figure_noun_before_the_sentence_toll_takes_the_last_toll_kind(string text, int value)
    {
        Assert.True(ReadsExactly(text, TollKind.Killed, value), Shown(text));
        Assert.True(ReadsExactly(text, TollKind.Missing, 6), Shown(text));
    }

    [Fact]
    public void A_quoted_value_right_after_the_figure_noun()
    {
        const string text = "The army said 12 soldiers were killed. Relatives speaking on Sunday put the figure \"above 30\", and said five were wounded.";
        Assert.Contains(Tolls(text), t => t.Kind == TollKind.Killed && t.Count.Qualifier == "more-than" && t.Count.Min == 31);
    }

    [Theory]
    // negatives: a figure noun denied or disputed, a figure of things, a value already read as a toll
    [InlineData("Le groupe parle de dizaines de soldats tués, mais ne cite jamais le chiffre de 150.", 150)]
    [InlineData("Residents said 12 people were killed and rejected the figure of 40 given on social media.", 40)]
    [InlineData("Residents said 12 people were killed and gave a figure of 300 houses burned.", 300)]
    [InlineData("وقال سكان إن ١٢ شخصا قتلوا، ولم يذكروا الرقم ٤٠ الذي نشر على الإنترنت.", 40)]
    public void A_figure_noun_denied_or_of_things_gives_no_toll(string text, int value) =>
        Assert.False(Reads(text, TollKind.Killed, value) && Tolls(text).Any(t => t.Count.Min == value), Shown(text));

    [Fact]
    public void The_figure_and_its_toll_word_stay_one_toll()
    {
        const string text = "Des sources locales évoquent le chiffre de 14 morts, selon notre correspondant.";
        Assert.Single(Tolls(text), t => t.Kind == TollKind.Killed && t.Count.Min == 14);
    }

    [Theory]
    // a year fronted, at the sentence's start or after a colon, dates the clause after its comma: another event
    [InlineData("Le bilan reste de trois morts. Ces écarts sont courants : en 2022, une embuscade près de Djibo avait fait 9 morts selon l'armée.", 9)]
    [InlineData("The toll stands at three dead. Such gaps are common: in 2021, an ambush near Djibo killed 9 people, the army said.", 9)]
    [InlineData("وقتل ثلاثة أشخاص. في عام ٢٠٢١، قتل ٩ أشخاص في كمين قرب جيبو.", 9)]
    // a year closing an event's name, then a relative: what the relative tells is that event's
    [InlineData("Des habitants parlent de 12 morts. Le drame rappelle les violences de Sindo en 2022, qui avaient fait 60 morts.", 60)]
    [InlineData("Residents spoke of 12 dead. The case recalls the Sindo killings in 2022, in which 60 people died.", 60)]
    [InlineData("وتحدث سكان عن ١٢ قتيلا. ويذكر الحادث بأحداث سيندو عام ٢٠٢٢، التي قتل فيها ٦٠ شخصا.", 60)]
    // a month after an indefinite event: another event
    [InlineData("Twelve soldiers were killed on Monday. The same post lost 25 soldiers in a jihadist attack in May.", 25)]
    [InlineData("Douze soldats ont été tués lundi. Le même poste avait perdu 25 soldats lors d'une attaque en mai.", 25)]
    public void A_year_or_a_month_dating_another_event_gives_no_toll(string text, int value)
    {
        Assert.False(Reads(text, TollKind.Killed, value) && Tolls(text).Any(t => t.Count.Min == value), Shown(text));
        Assert.NotEmpty(Tolls(text));
    }

    [Theory]
    // negatives: the story's own figures stay: a year inside the clause after a day, a figure before the dated event, the definite event with a month
    [InlineData("Le 3 mai 2025, des hommes armés ont tué 14 civils près de Djibo.", 14)]
    [InlineData("Gunmen killed 14 civilians on Monday, a month after the 2024 massacre in the same district.", 14)]
    [InlineData("Fourteen soldiers were killed in the attack in May, the army said in its latest review.", 14)]
    [InlineData("وقتل ١٤ مدنيا يوم الاثنين في هجوم على قرية قرب جيبو.", 14)]
    public void The_story_figures_stay(string text, int value) =>
        Assert.True(Reads(text, TollKind.Killed, value), Shown(text));
}
