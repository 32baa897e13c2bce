using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 14, round 28: tolls missed and extra (the ClaimsSet README, "Session 14, round 28, tolls"): the wounded who died, one
/// definite Arabic person still missing, a figure of "people" repeating one of named victims, "UN" in capitals, a denial past a
/// definite noun, a month fronted before another event. Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound28Tests
{
    private static IReadOnlyList<TollClaim> Story(string title, string text) => ClaimExtractor.Extract(title, text, null).Tolls;

    [Theory]
    // the wounded counted, their death told right after: dead, in the three languages
    [InlineData("Un médecin de l'hôpital de Dori fait état de trois blessés décédés depuis leur admission.", 3)]
    [InlineData("Selon un infirmier, quatre blessés sont décédés pendant la nuit.", 4)]
    [InlineData("A nurse in Gao said three wounded people later died.", 3)]
    [InlineData("A hospital official said two injured have since died.", 2)]
    [InlineData("وقال مصدر طبي إن ثلاثة جرحى توفوا في المستشفى.", 3)]
    [InlineData("وقال مدير المستشفى: استقبلنا عشرين جريحا، وتوفي خمسة منهم.", 5)]
    public void The_wounded_who_died_are_dead(string text, int value)
    {
        Assert.True(ReadsExactly(text, TollKind.Killed, value), Shown(text));
        Assert.False(ReadsExactly(text, TollKind.Wounded, value), Shown(text));
    }

    [Theory]
    // the wounded and the dead counted side by side keep both
    [InlineData("Un médecin fait état de douze blessés et trois morts.", 12, 3)]
    [InlineData("A doctor said 12 wounded and three dead were brought in.", 12, 3)]
    [InlineData("وقال طبيب إن المستشفى استقبل ١٢ جريحا وثلاثة قتلى.", 12, 3)]
    public void Wounded_beside_the_dead_stay_wounded(string text, int wounded, int killed)
    {
        Assert.True(ReadsExactly(text, TollKind.Wounded, wounded), Shown(text));
        Assert.True(ReadsExactly(text, TollKind.Killed, killed), Shown(text));
    }

    [Fact]
    public void Several_wounded_who_succumbed_are_several_dead()
    {
        const string text = "Plusieurs blessés ont succombé à l'hôpital régional, selon un médecin.";
        Assert.Contains(Tolls(text), t => t.Kind == TollKind.Killed && t.Count.Qualifier == "several");
        Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Wounded);
    }

    [Theory]
    // Arabic: one definite person still missing, the singular agreeing with its subject (a noun, or a noun and its genitive)
    [InlineData("وقال مصدر عسكري إن قائد الكتيبة لا يزال مفقودا منذ الكمين.")]
    [InlineData("وقال الأهالي إن الإمام ما زال مفقودا بعد الهجوم على القرية.")]
    [InlineData("وأكد مسؤول محلي أن الممرضة لا تزال مفقودة.")]
    public void One_definite_person_still_missing(string text) =>
        Assert.True(ReadsExactly(text, TollKind.Missing, 1), Shown(text));

    [Theory]
    // the plural (no count), a thing lost, and the same in French and English as read before this round
    [InlineData("وقال مصدر إن الجنود لا يزالون مفقودين منذ الكمين.")]
    [InlineData("وقال مصدر إن الاتصال لا يزال مفقودا مع القاعدة.")]
    public void No_one_person_in_a_plural_or_a_thing_still_missing(string text) =>
        Assert.Empty(Tolls(text));

    [Theory]
    [InlineData("Selon la police, le chauffeur est toujours porté disparu.")]
    [InlineData("Police said the driver is still missing.")]
    public void One_definite_person_still_missing_in_french_and_english(string text) =>
        Assert.True(ReadsExactly(text, TollKind.Missing, 1), Shown(text));

    [Theory]
    // a headline's "people"/"foreigners" and the text's named victims: one figure of one source
    [InlineData("L'EI revendique l'enlèvement de deux étrangers", "Le groupe État islamique a revendiqué l'enlèvement de deux ressortissants européens près d'Agadez.", TollKind.Kidnapped)]
    [InlineData("Militants say they hold three soldiers", "The group said in a statement that it was holding three soldiers. Three men who said they were soldiers were shown in a video released by the group.", TollKind.Kidnapped)]
    public void People_and_named_victims_of_one_figure_are_one_toll(string title, string text, TollKind kind) =>
        Assert.Single(Story(title, text), t => t.Kind == kind);

    [Fact]
    public void Two_kinds_of_one_count_stay_two_tolls()
    {
        const string text = "Police said two soldiers were killed and two people were wounded in the attack.";
        Assert.True(ReadsExactly(text, TollKind.Killed, 2), Shown(text));
        Assert.True(ReadsExactly(text, TollKind.Wounded, 2), Shown(text));
    }

    [Theory]
    // "UN" in capitals is the United Nations, and a denial past a definite noun is another subject's
    [InlineData("The authorities rejected the UN report, saying no civilian had been killed.")]
    [InlineData("The army denied the claim, saying no soldier was killed in the strike.")]
    public void A_denial_is_no_one_person(string text) =>
        Assert.Empty(Tolls(text));

    [Theory]
    [InlineData("A UN peacekeeper was killed near Kidal, the mission said.")]
    [InlineData("Un casque bleu a été tué près de Kidal, selon la mission.")]
    [InlineData("The army said the driver was killed near Kidal.")]
    [InlineData("UN SOLDAT TUÉ PRÈS DE KIDAL")]
    public void One_person_is_still_one(string text) =>
        Assert.True(ReadsExactly(text, TollKind.Killed, 1), Shown(text));

    [Theory]
    // a month fronted alone, another event named after it: that event's figures
    [InlineData("In August, hundreds of people were killed in an attack on Barsalogho in the same region.")]
    [InlineData("En août, des dizaines de civils ont été tués dans une attaque près de Djibo.")]
    [InlineData("وفي أغسطس، قتل عشرات المدنيين في هجوم على بلدة جيبو.")]
    public void A_month_fronted_before_another_event_dates_its_figures(string text) =>
        Assert.Empty(Tolls(text));

    [Theory]
    // a day, a date, or no event named: today's figures
    [InlineData("On Tuesday, 15 soldiers were killed in an attack near Djibo.", 15)]
    [InlineData("Le 12 août, quinze soldats ont été tués dans une attaque près de Djibo.", 15)]
    [InlineData("In August, the army said 15 soldiers were killed.", 15)]
    // the definite event is the story's own
    [InlineData("En août, huit soldats ont été tués dans l'attaque du camp de Boni, selon l'armée.", 8)]
    public void A_day_or_a_date_keeps_the_figures(string text, int value) =>
        Assert.True(ReadsExactly(text, TollKind.Killed, value), Shown(text));
    [Theory]
    // "one of the" + a plural noun as the object of the toll verb right before it: one person, whatever the noun
    [InlineData("Police said gunmen abducted 25 pupils and killed one of the guards.")]
    [InlineData("Selon la police, les assaillants ont enlevé 25 élèves et tué l'un des gardiens.")]
    [InlineData("قالت الشرطة إن مسلحين خطفوا ٢٥ طالبا وقتلوا أحد الحراس.")]
    public void One_of_the_after_a_toll_verb_is_one_person(string text) =>
        Assert.True(ReadsExactly(text, TollKind.Killed, 1), Shown(text));

    [Theory]
    // a superlative, a speaker, no toll verb right before
    [InlineData("It was one of the deadliest attacks this year, the governor said.")]
    [InlineData("وقال أحد الحراس إن المسلحين فروا نحو الغابة.")]
    [InlineData("L'un des gardiens a raconté l'attaque à notre correspondant.")]
    public void One_of_the_elsewhere_is_no_toll(string text) =>
        Assert.Empty(Tolls(text));
    [Theory]
    // the attackers' dead told vaguely after the other side's figure are a toll of their own
    [InlineData("A military source said the army lost seven men and neutralised several assailants.")]
    [InlineData("Selon une source militaire, l'armée a perdu sept hommes et neutralisé plusieurs assaillants.")]
    [InlineData("قال مصدر عسكري إن الجيش خسر سبعة جنود وحيد عددا من المهاجمين.")]
    public void Several_attackers_after_the_other_sides_dead_stay(string text) =>
        Assert.Contains(Tolls(text), t => t.Kind == TollKind.Killed && t.Victims == "attackers" && t.Count.Qualifier == "several");

    [Fact]
    public void Several_of_the_same_attackers_are_the_same_dead()
    {
        const string text = "The army said it killed 20 militants, several of them commanders.";
        Assert.Single(Tolls(text));
    }
}
