using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 17, round 36, responsibility: bare soldiers joined to a self-defence militia as the doers an accuser names ("tués
/// par des VDP et des militaires", "killed by VDP militias and soldiers", "على أيدي متطوعي الدفاع عن الوطن وجنود") are the
/// story's army, blamed beside the militia. Not when the soldiers' own force is named, when they are counted among the dead,
/// when they are not joined to the militia, nor in the army's own account. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound36Tests
{
    private static List<string> Read(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility
            .Select(r => r.Polarity == ResponsibilityPolarity.Blamed ? $"blamed {r.Actor} by {r.By?.Kind}" : $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}").ToList();

    public static TheoryData<string, string> Joined => new()
    {
        { "Burkina : une ONG accuse des miliciens",
          "L'armée burkinabè n'a pas réagi.\nUne organisation de défense des droits humains affirme que trente villageois ont été tués par des VDP et des militaires près de Gourcy." },
        { "Burkina : une ONG accuse",
          "L'armée burkinabè n'a pas réagi.\nUne organisation de défense des droits humains affirme que trente villageois ont été tués par des miliciens VDP et des soldats près de Gourcy." },
        { "Burkina: rights group accuses militias",
          "The Burkinabe army did not comment.\nA rights group said 30 villagers were killed by VDP militias and soldiers near Gourcy." },
        { "بوركينا فاسو: منظمة تتهم",
          "لم يعلق الجيش البوركينابي.\nقالت منظمة حقوقية إن ثلاثين قرويا قتلوا على أيدي متطوعي الدفاع عن الوطن وجنود قرب غورسي." },
    };

    [Theory]
    [MemberData(nameof(Joined))]
    public void SoldiersJoinedToAMilitia_AreTheStorysArmy(string title, string text)
    {
        var read = Read(title, text);
        Assert.Contains("blamed vdp by Ngo", read);
        Assert.Contains("blamed bf-army by Ngo", read);
    }

    public static TheoryData<string, string, string> NotTheStorysArmy => new()
    {
        // the soldiers' own force is named: that force, not the story's army
        { "Burkina : attaque",
          "L'armée burkinabè n'a pas réagi.\nDes habitants affirment que trente villageois ont été tués par des VDP et des soldats de l'armée malienne près de la frontière.",
          "bf-army" },
        // the soldiers are counted among the dead
        { "Burkina: attack",
          "The Burkinabe army did not comment.\nResidents said 12 VDP and soldiers were killed in an attack by JNIM near Gourcy.",
          "bf-army" },
        // the soldiers are not joined to the militia
        { "Burkina: attack",
          "The Burkinabe army did not comment.\nA rights group said 30 villagers were killed by VDP militias near Gourcy, while soldiers arrived later.",
          "bf-army" },
    };

    [Theory]
    [MemberData(nameof(NotTheStorysArmy))]
    public void SoldiersNotJoinedOrNamed_AreNotBlamedAsTheStorysArmy(string title, string text, string army)
    {
        var read = Read(title, text);
        Assert.DoesNotContain(read, r => r.StartsWith($"blamed {army} ", StringComparison.Ordinal));
    }

    [Fact]
    public void TheArmysOwnAccount_BlamesNoSoldiers()
    {
        var read = Read("Burkina : attaque",
            "L'armée burkinabè a annoncé la mort de 30 terroristes.\nSelon l'armée, trente terroristes ont été tués par des VDP et des militaires près de Gourcy.");
        Assert.DoesNotContain(read, r => r.StartsWith("blamed bf-army", StringComparison.Ordinal));
    }
}
