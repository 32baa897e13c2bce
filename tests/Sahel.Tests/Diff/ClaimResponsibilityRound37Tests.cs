using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 17, round 37, responsibility: an armed group's counter-account of a force's strike. After the force's own claim of
/// its operation, a group (a rebel front, a jihadist group) saying that the strike killed civilians blames the force, by
/// `armed-group`, as a resident's account does (round 29); the group's figure of civilians is not its own deed. Sentences
/// written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound37Tests
{
    private static List<string> Read(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility
            .Select(r => $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}{(r.By is { } by ? " by " + Sahel.Diff.Incidents.SourceLabel.Id(by.Kind) : "")}").ToList();

    public static TheoryData<string, string, string> Blames => new()
    {
        { "Mali : l'armée dit avoir neutralisé des terroristes près d'Anéfis",
          "L'armée malienne a annoncé lundi avoir neutralisé une quinzaine de terroristes lors d'une frappe aérienne près d'Anéfis. "
          + "Le FLA affirme au contraire que la frappe a tué neuf civils, des bergers, près d'un puits.",
          "blamed fama by armed-group" },
        { "Mali's army says it killed militants near Anefis",
          "Mali's army said on Monday it had killed 15 terrorists in an air strike near Anefis. "
          + "The Azawad Liberation Front said the strike had killed nine civilians, among them three children.",
          "blamed fama by armed-group" },
        { "الجيش المالي يعلن تحييد إرهابيين قرب أنفيس",
          "أعلن الجيش المالي أنه قتل خمسة عشر إرهابيا في غارة جوية قرب أنفيس. "
          + "وقالت جبهة تحرير أزواد إن الغارة قتلت تسعة مدنيين بينهم ثلاثة أطفال.",
          "blamed fama by armed-group" },
        // the speaker's own description ("a rebel group") is not a fighters' word of the account; miners as the dead
        { "Niger army says it killed bandits near Arlit",
          "Niger's army said it had killed 12 bandits in an air strike near Arlit. "
          + "A rebel group, the Patriotic Liberation Front, said the dead were gold miners, not fighters.",
          "blamed ne-fan by armed-group" },
    };

    [Theory]
    [MemberData(nameof(Blames))]
    public void AGroupSayingTheForcesStrikeKilledCivilians_BlamesTheForce(string title, string text, string expected) =>
        Assert.Contains(expected, Read(title, text));

    // a guard (it held before this round too, by round 35's reported subject): the blame does not come with the group's claim
    [Fact]
    public void TheGroupsCountOfTheStrikesDead_IsNotItsClaim() =>
        Assert.DoesNotContain("claimed fla", Read("Mali : l'armée dit avoir neutralisé des terroristes près d'Anéfis",
            "L'armée malienne a annoncé lundi avoir neutralisé une quinzaine de terroristes lors d'une frappe aérienne près d'Anéfis. "
            + "Le FLA affirme au contraire que la frappe a tué neuf civils, des bergers, près d'un puits."));

    public static TheoryData<string, string, string> NoBlame => new()
    {
        // the group tells its own fighters' deed: its claim, no blame
        { "Mali's army says it killed militants near Anefis",
          "Mali's army said on Monday it had killed 15 terrorists in an air strike near Anefis. "
          + "The Azawad Liberation Front said its fighters had killed six soldiers in an ambush on the road to Kidal.",
          "blamed fama by armed-group" },
        // no force's claim before: nothing to contradict
        { "Mali : neuf civils tués près d'Anéfis",
          "Des frappes ont visé lundi un campement près d'Anéfis. Le FLA affirme que la frappe a tué neuf civils, des bergers.",
          "blamed fama by armed-group" },
        // the group agrees: no civilian died
        { "الجيش المالي يعلن تحييد إرهابيين قرب أنفيس",
          "أعلن الجيش المالي أنه قتل خمسة عشر إرهابيا في غارة جوية قرب أنفيس. "
          + "وقالت جبهة تحرير أزواد إن الغارة لم تقتل أي مدني لكنها دمرت مخزنا.",
          "blamed fama by armed-group" },
        // unnamed armed men killed the civilians, another deed
        { "Mali's army says it killed militants near Anefis",
          "Mali's army said on Monday it had killed 15 terrorists in an air strike near Anefis. "
          + "The Azawad Liberation Front said armed men had killed nine civilians at the market after the strike.",
          "blamed fama by armed-group" },
    };

    [Theory]
    [MemberData(nameof(NoBlame))]
    public void NoCounterAccount_NoGroupBlame(string title, string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Read(title, text));

    [Fact]
    public void TheGroupsOwnDeed_StaysItsClaim() =>
        Assert.Contains("claimed fla", Read("Mali's army says it killed militants near Anefis",
            "Mali's army said on Monday it had killed 15 terrorists in an air strike near Anefis. "
            + "The Azawad Liberation Front said its fighters had killed six soldiers in an ambush on the road to Kidal."));

    // (B) round 29's counter-account after the force's denial alone: residents, an NGO, the UN saying civilians died in the
    // operation the force denied harmed anyone
    public static TheoryData<string, string, string> AfterADenial => new()
    {
        { "Niger : le gouvernement dément toute victime civile à Ayorou",
          "L'armée nigérienne a démenti mardi avoir tué des civils lors de sa frappe aérienne près d'Ayorou. "
          + "Des éleveurs de la zone affirment au contraire que onze civils ont péri dans la frappe.",
          "blamed ne-fan by local" },
        { "Chad denies civilians died in island strike",
          "Chad's army denied on Tuesday that its strike on an island in Lake Chad had killed civilians. "
          + "Residents of the island said however that seven fishermen were killed in the strike.",
          "blamed td-army by local" },
        { "الجيش التشادي ينفي مقتل مدنيين في غارة على جزيرة",
          "نفى الجيش التشادي أن تكون غارته على جزيرة في بحيرة تشاد قد أصابت مدنيين. "
          + "لكن سكانا من الجزيرة قالوا إن سبعة مدنيين قتلوا في الغارة.",
          "blamed td-army by local" },
    };

    [Theory]
    [MemberData(nameof(AfterADenial))]
    public void CiviliansSaidToHaveDiedInTheDeniedOperation_BlameTheForce(string title, string text, string expected) =>
        Assert.Contains(expected, Read(title, text));

    public static TheoryData<string, string, string> NotAfterADenial => new()
    {
        // the residents agree with the denial
        { "Chad denies civilians died in island strike",
          "Chad's army denied on Tuesday that its strike on an island in Lake Chad had killed civilians. "
          + "Residents of the island said however that no civilians were killed in the strike.",
          "blamed td-army by local" },
        // a group denied, not a force: the civilians are not a force's operation's
        { "JNIM denies attacking market",
          "JNIM denied on Tuesday that its fighters had attacked the market near Djibo. "
          + "Residents said however that seven civilians were killed in the attack.",
          "blamed jnim by local" },
        // unnamed armed men killed them
        { "Niger : le gouvernement dément toute victime civile à Ayorou",
          "Le gouvernement nigérien a démenti mardi que la frappe aérienne menée près d'Ayorou ait tué des civils. "
          + "Des éleveurs affirment toutefois que des hommes armés ont tué onze civils après la frappe.",
          "blamed ne-fan by local" },
    };

    [Theory]
    [MemberData(nameof(NotAfterADenial))]
    public void NoCounterAccountOfADeniedOperation_NoBlame(string title, string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Read(title, text));
}
