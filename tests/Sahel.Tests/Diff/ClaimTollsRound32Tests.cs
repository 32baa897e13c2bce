using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 15, round 32: a count whose state changed (the ClaimsSet README, "Session 15, round 32, tolls"): the missing or the
/// held whose bodies were found, the gravely wounded who died, are counted dead, not missing, held or wounded. Sentences written
/// for these tests.
/// </summary>
public sealed class ClaimTollsRound32Tests
{
    [Theory]
    // the bodies of the missing or of hostages: the count is of the dead
    [InlineData("The governor said the bodies of five missing villagers were found in the bush.", 5, TollKind.Missing)]
    [InlineData("Police said the bodies of two of the abducted traders were found on Tuesday.", 2, TollKind.Kidnapped)]
    [InlineData("Selon le préfet, les corps de cinq villageois portés disparus ont été retrouvés.", 5, TollKind.Missing)]
    [InlineData("Les corps de deux des otages ont été retrouvés, selon le maire.", 2, TollKind.Kidnapped)]
    [InlineData("وقال الوالي إنه عُثر على جثث خمسة قرويين مفقودين في الغابة.", 5, TollKind.Missing)]
    [InlineData("وأفاد مسؤول محلي بأن جثتي اثنين من المختطفين عُثر عليهما قرب النهر.", 2, TollKind.Kidnapped)]
    // the gravely wounded who died
    [InlineData("Cinq blessés graves ont succombé dans la nuit, selon un médecin.", 5, TollKind.Wounded)]
    [InlineData("Three critically wounded people later died in hospital, a doctor said.", 3, TollKind.Wounded)]
    [InlineData("وقال طبيب إن ثلاثة جرحى بحالة خطيرة توفوا لاحقا في المستشفى.", 3, TollKind.Wounded)]
    public void A_count_told_dead_is_of_the_dead(string text, int value, TollKind earlier)
    {
        Assert.True(ReadsExactly(text, TollKind.Killed, value), Shown(text));
        Assert.DoesNotContain(Tolls(text), t => t.Kind == earlier && t.Count.Min == value);
    }

    [Theory]
    // negatives: the missing and the dead told apart, the wounded in a grave state who live
    [InlineData("Five villagers are still missing and the bodies of three others were found.", TollKind.Missing, 5, 3)]
    [InlineData("Deux soldats sont portés disparus et les corps de trois autres ont été retrouvés.", TollKind.Missing, 2, 3)]
    [InlineData("وما زال خمسة قرويين مفقودين، فيما عُثر على جثث ثلاثة آخرين.", TollKind.Missing, 5, 3)]
    [InlineData("Gunmen kidnapped 14 passengers and killed two, police said.", TollKind.Kidnapped, 14, 2)]
    public void The_missing_and_the_dead_stay_apart(string text, TollKind kind, int value, int dead)
    {
        Assert.True(ReadsExactly(text, kind, value), Shown(text));
        Assert.True(ReadsExactly(text, TollKind.Killed, dead), Shown(text));
    }

    [Theory]
    [InlineData("Selon un médecin, cinq blessés graves ont été évacués vers Niamey.", 5)]
    [InlineData("A doctor said three critically wounded people were flown to the capital.", 3)]
    [InlineData("وقال طبيب إن ثلاثة جرحى بحالة خطيرة نقلوا إلى العاصمة.", 3)]
    public void The_gravely_wounded_who_live_stay_wounded(string text, int value)
    {
        Assert.True(ReadsExactly(text, TollKind.Wounded, value), Shown(text));
        Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Killed);
    }

    [Theory]
    // the earlier figure of a toll raised, "from N announced/reported" (the English cell; French "contre" and Arabic "بعد أن كانت" read)
    [InlineData("The government raised the toll to 13 dead, from eight announced on Monday.", 13, 8)]
    [InlineData("Officials put the death toll at 20, from 12 reported earlier by the police.", 20, 12)]
    [InlineData("Le bilan est passé à 13 morts, contre huit annoncés lundi.", 13, 8)]
    [InlineData("وارتفعت الحصيلة إلى ١٣ قتيلا، بعد أن كانت ثمانية.", 13, 8)]
    public void The_earlier_figure_of_a_raised_toll_is_read(string text, int now, int before)
    {
        Assert.True(ReadsExactly(text, TollKind.Killed, now), Shown(text));
        Assert.True(ReadsExactly(text, TollKind.Killed, before), Shown(text));
    }

    [Theory]
    // negatives: "from" a place or things counted, a participle before a noun
    [InlineData("Gunmen killed 13 traders from eight villages, residents said.")]
    [InlineData("Gunmen killed 13 people, residents from eight reported attacks said.")]
    public void From_a_count_of_things_is_no_earlier_figure(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Count.Min == 8);
}
