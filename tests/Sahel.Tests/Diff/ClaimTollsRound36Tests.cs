using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 17, round 36 (the ClaimsSet README, "Session 17, round 36, tolls"): the one counted before an active verb of losing or
/// treating that has an object of its own is who lost or who treated, not a victim; an estimate of the number of the dead, missing
/// or kidnapped reaches its count past an adjunct of its object. Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound36Tests
{
    [Theory]
    // the bereaved witness: a possessive object after "lost/perdu"
    [InlineData("« Ils sont venus de nuit », assure un commerçant qui a perdu son fils.")]
    [InlineData("« Ils sont venus de nuit », raconte un éleveur qui a perdu ses frères.")]
    [InlineData("\"They came at night,\" said one herder who lost his son.")]
    [InlineData("\"They came at night,\" said one woman who had lost her husband.")]
    [InlineData("Un enseignant qui a perdu sa femme dans l'attaque a témoigné devant le juge.")]
    // the carer: a count after "treated/soigné"
    [InlineData("Au dispensaire, un infirmier dit avoir soigné sept blessés.")]
    [InlineData("One nurse said she had treated five wounded people overnight.")]
    public void The_one_who_lost_or_treated_is_no_victim(string text)
    {
        Assert.False(ReadsExactly(text, TollKind.Killed, 1), Shown(text));
        Assert.False(ReadsExactly(text, TollKind.Wounded, 1), Shown(text));
    }

    [Fact]
    public void The_Arabic_bereaved_is_not_read_either()
    {
        // the kin is a suffix of the object ("فقد شقيقه"); "رجل" is no count: nothing to take for a victim (already so)
        const string text = "وقال رجل فقد شقيقه في الهجوم إن المسلحين جاؤوا ليلا.";
        Assert.False(ReadsExactly(text, TollKind.Killed, 1), Shown(text));
    }

    [Theory]
    // the treated are still read
    [InlineData("Au dispensaire, un infirmier dit avoir soigné sept blessés.", 7)]
    [InlineData("One nurse said she had treated five wounded people overnight.", 5)]
    public void The_treated_are_still_read(string text, int value) =>
        Assert.True(ReadsExactly(text, TollKind.Wounded, value), Shown(text));

    [Theory]
    // negatives: one's own life lost, the passive, the count after the verb
    [InlineData("Trois soldats ont perdu la vie dans l'embuscade.", TollKind.Killed, 3)]
    [InlineData("Three soldiers lost their lives in the ambush.", TollKind.Killed, 3)]
    [InlineData("Un gendarme a perdu la vie dans l'embuscade.", TollKind.Killed, 1)]
    [InlineData("Cinq blessés ont été soignés au centre de santé.", TollKind.Wounded, 5)]
    [InlineData("Five wounded people were treated at the health centre.", TollKind.Wounded, 5)]
    [InlineData("The army lost five soldiers in the ambush.", TollKind.Killed, 5)]
    [InlineData("L'armée a perdu cinq soldats dans l'embuscade.", TollKind.Killed, 5)]
    public void Own_lives_passives_and_objects_are_still_read(string text, TollKind kind, int value) =>
        Assert.True(ReadsExactly(text, kind, value), Shown(text));

    [Theory]
    // an estimate of the number with an adjunct of its object ("in the region", "dans la commune", "في صفوف"), before "at/à/بـ"
    [InlineData("A rights group put the number of people killed in the village on Sunday at 30.", TollKind.Killed, 30)]
    [InlineData("The agency put the number of people reported missing in the northern region at 212.", TollKind.Missing, 212)]
    [InlineData("The army estimated the number of wounded among its troops at 14.", TollKind.Wounded, 14)]
    [InlineData("Le HCR estime le nombre de disparus dans la région de Tahoua à 212.", TollKind.Missing, 212)]
    [InlineData("Une ONG évalue le nombre de personnes enlevées dans la commune depuis lundi à 40.", TollKind.Kidnapped, 40)]
    [InlineData("L'armée chiffre le nombre de blessés parmi ses hommes à 14.", TollKind.Wounded, 14)]
    [InlineData("وقدر مسؤول محلي عدد المخطوفين من القرية بنحو أربعين.", TollKind.Kidnapped, 40)]
    [InlineData("وقدر باحث في مركز للدراسات عدد القتلى في صفوف المهاجمين بنحو ثمانين.", TollKind.Killed, 80)]
    public void An_estimate_reaches_its_count_past_an_adjunct(string text, TollKind kind, int value) =>
        Assert.True(Reads(text, kind, value), Shown(text));

    [Theory]
    // negatives: the number of things or of the displaced, a verb of estimating with a clause, not a noun of number, as its object
    [InlineData("The agency put the number of schools closed in the region at 212.", 212)]
    [InlineData("Residents put the number of vehicles burned in the raid at 12.", 12)]
    [InlineData("Le gouvernement estime le nombre de déplacés dans la région de Tahoua à 20 000.", 20000)]
    [InlineData("وقدرت المفوضية عدد النازحين في المنطقة بنحو عشرين ألفا.", 20000)]
    public void An_estimate_of_no_toll_is_no_toll(string text, int value) =>
        Assert.DoesNotContain(Tolls(text), t => (t.Count.Min ?? 0) <= value && value <= (t.Count.Max ?? int.MaxValue));
}
