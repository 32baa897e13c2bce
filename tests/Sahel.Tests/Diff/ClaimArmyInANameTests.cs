using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// A country's name inside a longer proper name ("the Niger Bend Review", "the Niger Delta", "Niger State", "Mali
/// Airlines") names no country: a bare "the army" later in the story is still the army of the country the story is in.
/// Found on the sample feeds, where a Lake Chad story told to "the Niger Bend Review" gave the army's blame to Niger's army.
/// </summary>
public sealed class ClaimArmyInANameTests
{
    private static string? BlamerArmy(string text, string actor) =>
        ClaimExtractor.Extract("", text, "en").Responsibility
            .Single(r => r.Polarity == ResponsibilityPolarity.Blamed && r.Actor == actor).By?.Name;

    [Theory]
    [InlineData("Residents of Ngouboua, in Chad's Lake province, told the Niger Bend Review that the fighting lasted all night. ISWAP later claimed the attack, which the army had blamed on Boko Haram.")]
    [InlineData("Residents of Ngouboua, in Chad's Lake province, told reporters from the Niger Delta that the fighting lasted all night. ISWAP later claimed the attack, which the army had blamed on Boko Haram.")]
    public void A_country_inside_a_longer_name_is_not_the_story_s_country(string text) =>
        Assert.Equal("td-army", BlamerArmy(text, "boko-haram"));

    [Theory]
    // the country itself, before a force, a people or a possessive, stays the country
    [InlineData("Fighters crossed from Chad into Niger. The Niger Army later blamed Boko Haram for the raid.", "ne-fan")]
    [InlineData("Residents of Ngouboua, in Chad's Lake province, said the fighting lasted all night. Niger said nothing, but the army blamed Boko Haram.", "ne-fan")]
    [InlineData("Residents of Ngouboua, in Chad's Lake province, said the fighting lasted all night. The army blamed Boko Haram.", "td-army")]
    public void A_country_named_as_such_still_names_the_army(string text, string army) =>
        Assert.Equal(army, BlamerArmy(text, "boko-haram"));
}
