using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 19, round 44, counter-accounts with no linking word: after a force's own account of a one-sided operation, a local,
/// NGO, UN or medical speaker's own count of civilians killed, set beside it with no "but/mais/لكن", no verb of blame and no
/// "the strike/the dead", blames the force. Not when the second speaker agrees (fighters), only adds a figure of no civilians,
/// when the outlet narrates, or when the force was telling of an attack it repelled. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound44Tests
{
    private static List<string> Read(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility
            .Select(r => r.Polarity == ResponsibilityPolarity.Blamed ? $"blamed {r.Actor} by {r.By?.Kind}" : $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}").ToList();

    public static TheoryData<string, string, string> Untied => new()
    {
        { "Niger army reports strikes near Tillia",
          "Niger's army said on Friday its aircraft had killed 35 terrorists in strikes near Tillia. Villagers said at least nine civilians died.",
          "blamed ne-fan by Local" },
        { "Burkina : l'armée annonce des frappes près de Dori",
          "L'armée burkinabè affirme avoir neutralisé une quarantaine de terroristes lors de frappes aériennes près de Dori. Des habitants font état de sept civils tués.",
          "blamed bf-army by Local" },
        { "مالي: الجيش يعلن غارات قرب نيونو",
          "أعلن الجيش المالي أنه حيّد ثلاثين إرهابيا في غارات جوية قرب نيونو. وقال سكان إن ١٢ مدنيا قتلوا.",
          "blamed fama by Local" },
    };

    [Theory]
    [MemberData(nameof(Untied))]
    public void ACountOfCiviliansKilledAfterTheForcesAccount_BlamesTheForce(string title, string text, string expected) =>
        Assert.Contains(expected, Read(title, text));

    // a further accuser after the force was blamed for civilians killed before (round 29 stopped at any civilians told before)
    public static TheoryData<string, string, string> FurtherAccusers => new()
    {
        { "Drone strikes near Ber",
          "The Azawad Liberation Front said Malian army drones had killed nine civilians near Ber on Sunday. Mali's army said it had neutralised terrorists in precision strikes in the area. A local official said 12 civilians died.",
          "blamed fama by Local" },
        { "Frappes près de Ber",
          "Le Front de libération de l'Azawad affirme que des drones de l'armée malienne ont tué neuf civils près de Ber. L'armée malienne dit avoir neutralisé des terroristes lors de frappes de précision. Un élu local fait état de douze civils tués.",
          "blamed fama by Local" },
        { "غارات قرب بير",
          "قالت جبهة تحرير أزواد إن مسيرات الجيش المالي قتلت تسعة مدنيين قرب بير. وقال الجيش المالي إنه حيّد إرهابيين في ضربات دقيقة. وقال مسؤول محلي إن ١٢ مدنيا قتلوا.",
          "blamed fama by Local" },
    };

    [Theory]
    [MemberData(nameof(FurtherAccusers))]
    public void ACountOfCiviliansAfterTheForceWasBlamed_BlamesItAgain(string title, string text, string expected) =>
        Assert.Contains(expected, Read(title, text));

    public static TheoryData<string, string, string> NotUntied => new()
    {
        // the second speaker agrees: the dead were fighters
        { "Niger army reports strikes near Tillia",
          "Niger's army said on Friday its aircraft had killed 35 terrorists in strikes near Tillia. Villagers said at least nine fighters died.",
          "blamed ne-fan" },
        // a second speaker who only adds a figure of the wounded
        { "Burkina : l'armée annonce des frappes près de Dori",
          "L'armée burkinabè affirme avoir neutralisé une quarantaine de terroristes lors de frappes aériennes près de Dori. Un médecin de Dori fait état de six blessés admis à l'hôpital.",
          "blamed bf-army" },
        // the outlet's narration after the quote
        { "Niger army reports strikes near Tillia",
          "\"We neutralised 35 terrorists near Tillia,\" Niger's army said on Friday. Nine civilians were killed in the area last week, according to our correspondent.",
          "blamed ne-fan" },
        // the force told of an attack it repelled: the civilians may be the attackers' victims
        { "Togo says troops repelled an attack",
          "Togo's army said its troops repelled an attack on a post near Dapaong, killing 12 assailants. A local official said three civilians were killed.",
          "blamed tg-army" },
        { "Mali : l'armée repousse une attaque",
          "L'armée malienne affirme avoir repoussé une attaque contre son camp de Boni et neutralisé quinze assaillants. Un élu local fait état de quatre civils tués.",
          "blamed fama" },
        { "مالي: الجيش يصد هجوما",
          "أعلن الجيش المالي أن قواته صدت هجوما على معسكر بوني وقتلت ١٥ مهاجما. وقال مسؤول محلي إن أربعة مدنيين قتلوا.",
          "blamed fama" },
    };

    [Theory]
    [MemberData(nameof(NotUntied))]
    public void AnAgreeingOrNarratedOrFightCount_BlamesNoForce(string title, string text, string unexpected) =>
        Assert.DoesNotContain(Read(title, text), r => r.StartsWith(unexpected, StringComparison.Ordinal));
}
