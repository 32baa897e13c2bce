using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 17, round 38 (the ClaimsSet README, "Session 17, round 38, tolls"): one person named after "dont / including / among
/// them / بينهم" with no numeral is a sub-count of one, of the kind of the figure before it. Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound38Tests
{
    [Theory]
    // a noun the victim words lack, after "dont"/"parmi eux", in French
    [InlineData("Cinq gendarmes ont été tués, dont un adjudant, lors de l'attaque du poste, selon l'état-major.", TollKind.Killed, 5)]
    [InlineData("Les hommes armés ont enlevé six employés de la mine, dont un ingénieur, sur la route du site.", TollKind.Kidnapped, 6)]
    [InlineData("Neuf personnes ont été blessées, parmi eux un ancien élu, selon l'hôpital régional.", TollKind.Wounded, 9)]
    [InlineData("L'explosion a fait quatre morts dont un catéchiste, selon la paroisse.", TollKind.Killed, 4)]
    // in English, past an adjective
    [InlineData("Gunmen killed eleven villagers, including a respected cleric, in the night raid, residents said.", TollKind.Killed, 11)]
    [InlineData("Seven people were wounded, among them a young pharmacist, the clinic said.", TollKind.Wounded, 7)]
    [InlineData("At least twelve miners were abducted, including a foreman, a union official said.", TollKind.Kidnapped, 12)]
    // in Arabic, a singular noun of a person after "بينهم"/"منهم"
    [InlineData("قتل مسلحون تسعة مدنيين، بينهم زعيم محلي، في هجوم على السوق، بحسب سكان.", TollKind.Killed, 9)]
    [InlineData("أصيب سبعة أشخاص، بينهم طبيب، في قصف على البلدة، وفق مصادر طبية.", TollKind.Wounded, 7)]
    // with its definite genitive ("القرية", the village), which names the person's place, not a thing counted
    [InlineData("قتل مسلحون ثمانية مدنيين، بينهم إمام القرية، في هجوم ليلي.", TollKind.Killed, 8)]
    [InlineData("خطف مسلحون عشرة ركاب، منهم امرأة، على الطريق الرابط بين المدينتين.", TollKind.Kidnapped, 10)]
    public void One_person_after_dont_including_or_among_them_is_a_sub_count_of_one(string text, TollKind kind, int total)
    {
        Assert.True(Reads(text, kind, total), Shown(text));
        Assert.True(ReadsExactly(text, kind, 1), Shown(text));
        Assert.Equal(2, Tolls(text).Count);
    }

    [Theory]
    // negatives: the relative "dont" (of which), a part or a manner, an event or a thing, two people joined, no figure before
    [InlineData("Huit soldats ont été tués, selon une note interne dont une copie a été remise à la presse.", TollKind.Killed, 8)]
    [InlineData("Quinze soldats ont été blessés, dont une partie a été évacuée vers la capitale, selon l'armée.", TollKind.Wounded, 15)]
    [InlineData("Douze personnes ont été blessées, dont une grièvement, selon l'hôpital.", TollKind.Wounded, 12)]
    [InlineData("Six soldiers were killed in several attacks, including a bombing near the market, the army said.", TollKind.Killed, 6)]
    [InlineData("Six soldiers were killed and several vehicles destroyed, including a helicopter, the army said.", TollKind.Killed, 6)]
    [InlineData("Residents said at least six of the dead were civilians, among them a farmer and his son.", TollKind.Killed, 6)]
    [InlineData("Trois civils ont été tués, dont un enfant et sa mère, selon des habitants.", TollKind.Killed, 3)]
    [InlineData("قتل مسلحون ستة مدنيين، بينهم امرأة وطفلها، في هجوم على القرية.", TollKind.Killed, 6)]
    [InlineData("قتل مسلحون ستة مدنيين، بينهم نساء، في هجوم على القرية.", TollKind.Killed, 6)]
    public void No_person_or_more_than_one_is_no_sub_count_of_one(string text, TollKind kind, int total)
    {
        Assert.True(Reads(text, kind, total), Shown(text));
        Assert.False(Reads(text, kind, 1), Shown(text));
    }

    [Theory]
    // negatives with no figure before: a person in a non-toll role
    [InlineData("Le communiqué, dont un porte-parole a lu un extrait, ne donne aucun bilan.")]
    [InlineData("The delegation, including a senior commander, visited the wounded at the hospital.")]
    [InlineData("والتقى الوفد، وبينهم مسؤول محلي، بسكان القرية.")]
    public void With_no_figure_before_no_sub_count_is_read(string text) =>
        Assert.False(Tolls(text).Any(t => t.Count.Min == 1 && t.Count.Max == 1), Shown(text));

    [Theory]
    // one person taken earlier and still missing: the participle right after the noun, the clause's verb a state of the missing
    [InlineData("The diocese said eight worshippers were killed and that a deacon abducted in March was still missing.")]
    [InlineData("A second nurse kidnapped with them remains missing, the charity said.")]
    [InlineData("Selon le syndicat, un enseignant enlevé en janvier est toujours porté disparu.")]
    public void One_person_taken_earlier_and_still_missing_is_one_missing(string text)
    {
        Assert.True(ReadsExactly(text, TollKind.Missing, 1), Shown(text));
        Assert.False(Reads(text, TollKind.Kidnapped, 1), Shown(text));
    }

    [Theory]
    // negatives: the taking with its auxiliary (the passive itself), a person taken and freed, a plural, a thing: no missing one
    [InlineData("A deacon was abducted in March, the diocese said.", TollKind.Kidnapped)]
    [InlineData("A deacon abducted in March was freed on Sunday, the diocese said.", null)]
    // (the plural is left as it was read: "Three deacons abducted in March are still missing" gives kidnapped 3)
    [InlineData("Three deacons abducted in March are still missing, the diocese said.", TollKind.Kidnapped)]
    [InlineData("A truck seized in March is still missing, the company said.", null)]
    public void Without_the_missing_state_the_taking_is_read_as_before(string text, TollKind? kind)
    {
        if (kind is { } k)
            Assert.True(Tolls(text).Any(t => t.Kind == k), Shown(text));
        Assert.False(ReadsExactly(text, TollKind.Missing, 1), Shown(text));
    }
}
