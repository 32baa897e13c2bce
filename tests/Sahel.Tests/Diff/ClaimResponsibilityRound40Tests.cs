using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 18, round 40, responsibility. (A) A state's denial that its own strike harmed civilians ("denied that its air strikes
/// had killed civilians", "a démenti que des frappes aient tué des civils", "نفت … أن تكون غارة … قتلت مدنيين") is the force's
/// denial with no accusation told before it, and residents' counter-account after it blames the force. (B) The doers' identity
/// told by a copula or a verb of belonging ("the attackers were fighters of X", "les assaillants appartenaient au X", "المهاجمين
/// ينتمون إلى X") blames the group by the speaker. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound40Tests
{
    private static List<string> Read(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility
            .Select(r => r.Polarity == ResponsibilityPolarity.Blamed ? $"blamed {r.Actor} by {r.By?.Kind}" : $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}").ToList();

    public static TheoryData<string, string, string[]> DeniedStrikes => new()
    {
        { "Niger: ministry rejects strike reports",
          "Niger's defence ministry denied on Monday that its air strikes near Tillaberi had killed civilians.\nVillagers said the dead were herders, not fighters.",
          ["denied ne-fan", "blamed ne-fan by Local"] },
        { "Burkina : le gouvernement conteste",
          "Le gouvernement burkinabè a démenti que des frappes de drone près de Djibo aient tué des civils.",
          ["denied bf-army"] },
        { "مالي: الحكومة ترد",
          "نفت الحكومة المالية أن تكون غارة جوية قرب غاو قد قتلت مدنيين.",
          ["denied fama"] },
    };

    [Theory]
    [MemberData(nameof(DeniedStrikes))]
    public void AStatesDenialOfItsStrikeOnCivilians_IsTheForcesDenial(string title, string text, string[] expected)
    {
        var read = Read(title, text);
        foreach (var one in expected)
            Assert.Contains(one, read);
    }

    public static TheoryData<string, string> NotDeniedStrikes => new()
    {
        // no strike: the denial of an event's toll, with nobody accused
        { "Niger: army statement", "Niger's defence ministry denied that civilians were among the dead of Tuesday's attack on the market." },
        // a strike, but no civilians in what is denied
        { "Niger : frappes", "Le ministère nigérien de la Défense a démenti que ses frappes aient manqué leurs cibles près de Tillabéri." },
    };

    [Theory]
    [MemberData(nameof(NotDeniedStrikes))]
    public void ADenialOfNoStrikeOnCivilians_DeniesNothing(string title, string text) =>
        Assert.DoesNotContain(Read(title, text), r => r.StartsWith("denied", StringComparison.Ordinal));

    public static TheoryData<string, string, string> DoersIdentified => new()
    {
        { "Mali: nine villagers killed near Mopti",
          "Gunmen on motorbikes killed nine villagers near Mopti on Sunday, witnesses said. The army said the attackers were jihadists of the Katiba Macina.",
          "blamed katiba-macina by Army" },
        { "Niger : trois enlevés",
          "Trois commerçants ont été enlevés près de Tahoua. Un notable a affirmé que les ravisseurs étaient des membres de l'EIGS.",
          "blamed issp by Local" },
        { "Burkina : attaque",
          "Huit soldats ont été tués près de Djibo. Selon une source sécuritaire, les auteurs de l'attaque sont des éléments du JNIM.",
          "blamed jnim by Security" },
        { "النيجر: مقتل خمسة",
          "قتل خمسة مدنيين في هجوم قرب تاهوا. ويرجح مصدر أمني أن يكون منفذوه من عناصر جماعة نصرة الإسلام والمسلمين.",
          "blamed jnim by Security" },
    };

    [Theory]
    [MemberData(nameof(DoersIdentified))]
    public void TheDoersIdentityToldByASpeaker_BlamesTheGroup(string title, string text, string expected) =>
        Assert.Contains(expected, Read(title, text));

    public static TheoryData<string, string, string> NotIdentified => new()
    {
        // negated
        { "Mali: nine killed", "Gunmen killed nine villagers near Mopti. The army said the attackers were not members of JNIM.", "jnim" },
        // no group after the copula
        { "Mali : attaque", "Des hommes armés ont tué six civils. Selon le maire, les assaillants étaient une centaine ; le JNIM est actif dans la zone.", "jnim" },
        // the outlet's own framing: no one speaks
        { "Mali : attaque près de Ségou", "Six civils ont été tués près de Ségou. Les assaillants étaient probablement des membres du JNIM.", "jnim" },
    };

    [Theory]
    [MemberData(nameof(NotIdentified))]
    public void NoSpeakerOrNoIdentity_BlamesNoGroup(string title, string text, string group) =>
        Assert.DoesNotContain(Read(title, text), r => r.Contains(group, StringComparison.Ordinal));
}
