using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 19, round 43 (the ClaimsSet README, "Session 19, round 43, tolls and precision"): one person named with an English
/// adjective in capitals before the noun ("killed a Malian security guard"). Sentences written for these tests.
/// </summary>
public sealed class ClaimPrecisionRound43Tests
{
    [Theory]
    // an English adjective in capitals before the noun: the object of a toll verb, the subject of a passive toll
    [InlineData("Gunmen seized the cargo and killed a Nigerien cattle herder, residents said.", TollKind.Killed)]
    [InlineData("A Nigerien accountant was wounded in the blast, the agency said.", TollKind.Wounded)]
    [InlineData("Bandits abducted a Chadian schoolteacher on the road to the market, his brother said.", TollKind.Kidnapped)]
    public void One_person_named_with_an_adjective_in_capitals_is_a_toll_of_one(string text, TollKind kind) =>
        Assert.True(ReadsExactly(text, kind, 1), Shown(text));

    [Theory]
    // negatives: a date in capitals, the capitalised word as the noun, a thing, a group's acronym before its leader
    [InlineData("A Monday attack on the market was repelled, the army said.")]
    [InlineData("A Malian who witnessed the raid said the gunmen came at dawn.")]
    [InlineData("The army said a Toyota pickup was destroyed in the strike.")]
    [InlineData("The channel said the troops had killed an ISWAP commander and 12 of his men.")]
    public void No_one_person_where_the_capitalised_word_is_no_adjective_of_a_person(string text) =>
        Assert.False(ReadsExactly(text, TollKind.Killed, 1) || ReadsExactly(text, TollKind.Wounded, 1) || ReadsExactly(text, TollKind.Kidnapped, 1), Shown(text));
}
