using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 16, round 35 (the ClaimsSet README, "Session 16, round 35, tolls"): the parts of a figure listed after a colon, and
/// kin counted by a witness after "lost/perdu". Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound35Tests
{
    [Theory]
    // the colon's list of parts after a toll noun, a passive, an active verb; fr/en/ar; killed, wounded, kidnapped
    [InlineData("Le porte-parole annonce un bilan de onze morts : sept civils et quatre policiers.", TollKind.Killed, 11, 7, 4)]
    [InlineData("Onze personnes ont été tuées : sept civils et quatre policiers, selon le gouverneur.", TollKind.Killed, 11, 7, 4)]
    [InlineData("The spokesman gave a toll of eleven dead: seven civilians and four policemen.", TollKind.Killed, 11, 7, 4)]
    [InlineData("Eleven people were killed: seven civilians and four police officers, the governor said.", TollKind.Killed, 11, 7, 4)]
    [InlineData("قتل أحد عشر شخصا: سبعة مدنيين وأربعة من رجال الشرطة، بحسب الحاكم.", TollKind.Killed, 11, 7, 4)]
    [InlineData("أعلن المتحدث حصيلة من أحد عشر قتيلا: سبعة مدنيين وأربعة من رجال الشرطة.", TollKind.Killed, 11, 7, 4)]
    [InlineData("Neuf personnes ont été blessées : six soldats et trois civils.", TollKind.Wounded, 9, 6, 3)]
    [InlineData("Nine people were wounded: six soldiers and three civilians.", TollKind.Wounded, 9, 6, 3)]
    [InlineData("أصيب تسعة أشخاص: ستة جنود وثلاثة مدنيين.", TollKind.Wounded, 9, 6, 3)]
    [InlineData("Cinq personnes ont été enlevées : trois agents humanitaires et deux chauffeurs.", TollKind.Kidnapped, 5, 3, 2)]
    [InlineData("Gunmen abducted eight workers: five engineers and three drivers, police said.", TollKind.Kidnapped, 8, 5, 3)]
    // a three-item list with commas adds up as well
    [InlineData("Seven people were wounded: four soldiers, two civilians and a child.", TollKind.Wounded, 7, 4, 2)]
    [InlineData("Sept personnes ont été blessées : quatre soldats, deux civils et un enfant.", TollKind.Wounded, 7, 4, 2)]
    public void The_parts_after_a_colon_are_parts_of_the_figure_before_it(string text, TollKind kind, int whole, int first, int second)
    {
        Assert.True(ReadsExactly(text, kind, whole), Shown(text));
        Assert.True(ReadsExactly(text, kind, first), Shown(text));
        Assert.True(ReadsExactly(text, kind, second), Shown(text));
    }

    [Theory]
    // negatives: the colon opens the figures themselves (each its own toll word), a quote, or a list that does not add up
    [InlineData("Le bilan : onze morts et neuf blessés, selon l'armée.", TollKind.Killed, 11, TollKind.Wounded, 9)]
    [InlineData("The toll, according to the army: 11 dead, 9 wounded.", TollKind.Killed, 11, TollKind.Wounded, 9)]
    [InlineData("الحصيلة بحسب الجيش: أحد عشر قتيلا وتسعة جرحى.", TollKind.Killed, 11, TollKind.Wounded, 9)]
    public void A_colon_before_figures_of_their_own_keeps_them(string text, TollKind kind, int value, TollKind otherKind, int other)
    {
        Assert.True(ReadsExactly(text, kind, value), Shown(text));
        Assert.True(ReadsExactly(text, otherKind, other), Shown(text));
    }

    [Theory]
    [InlineData("Eleven people were killed: seven civilians and two police officers.")]
    [InlineData("Le bilan est de onze morts : sept civils et deux policiers.")]
    public void A_list_that_does_not_add_up_is_no_breakdown(string text)
    {
        Assert.True(ReadsExactly(text, TollKind.Killed, 11), Shown(text));
        Assert.False(ReadsExactly(text, TollKind.Killed, 7), Shown(text));
    }

    [Fact]
    public void A_quote_after_a_colon_is_read_as_before()
    {
        const string text = "Le porte-parole a déclaré : trois soldats ont été tués.";
        Assert.True(ReadsExactly(text, TollKind.Killed, 3), Shown(text));
    }

    [Theory]
    // kin counted by a witness after "lost/perdu", which needs its people said
    [InlineData("Un éleveur a dit avoir perdu six membres de sa famille dans l'attaque.", 6)]
    [InlineData("Une habitante a perdu quatre proches ce jour-là, selon un voisin.", 4)]
    [InlineData("A herder said he had lost six members of his family in the attack.", 6)]
    [InlineData("A woman said she lost four relatives in the raid.", 4)]
    [InlineData("The trader lost five family members when the market was shelled.", 5)]
    // the partitive read as before
    [InlineData("A woman said she lost four of her relatives in the raid.", 4)]
    [InlineData("Un éleveur a perdu six de ses proches dans l'attaque.", 6)]
    public void Kin_lost_are_the_dead(string text, int value) =>
        Assert.True(ReadsExactly(text, TollKind.Killed, value), Shown(text));

    [Theory]
    // negatives: a relative who speaks, relatives of people counted, a loss of no people
    [InlineData("A relative of two of the victims said they were farmers.")]
    [InlineData("Des proches des victimes ont manifesté devant la préfecture.")]
    [InlineData("The company lost four vehicles in the ambush.")]
    public void A_relative_who_speaks_is_no_toll(string text) =>
        Assert.Empty(Tolls(text));

    [Fact]
    public void Relatives_of_the_dead_count_the_dead_not_the_relatives()
    {
        const string text = "Relatives of the 12 soldiers killed gathered at the base.";
        Assert.True(ReadsExactly(text, TollKind.Killed, 12), Shown(text));
        Assert.Single(Tolls(text));
    }
}
