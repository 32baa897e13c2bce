using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 19, round 42, responsibility missed. An accuser's account with no verb of blame: a speaker tells what an actor did,
/// the actor as the subject of a verb of harm at the head of the reported clause ("witnesses said Malian soldiers opened fire",
/// "des proches affirment que des militaires maliens les ont arrêtés", "قال شهود إن عناصر من الجيش المالي أطلقوا النار"):
/// `blamed ACTOR by SPEAKER`. Negatives: the actor as the victim or the target, a state telling of its own force, a negated
/// account, the actor speaking of itself, no speaker. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound42Tests
{
    private static List<string> Read(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility
            .Select(r => r.Polarity == ResponsibilityPolarity.Blamed ? $"blamed {r.Actor} by {r.By?.Kind}" : $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}").ToList();

    public static TheoryData<string, string, string[]> Accounts => new()
    {
        { "Mali: traders held",
          "Relatives said Malian troops detained the two traders at the fair before dawn.",
          ["blamed fama by Local"] },
        { "Niger: huts burned",
          "Villagers said ISSP fighters burned the huts of the hamlet and looted the grain stores.",
          ["blamed issp by Local"] },
        { "Mali: granaries burned",
          "Witnesses said Malian troops and Wagner mercenaries torched the granaries of the hamlet before dawn.",
          ["blamed fama by Local", "blamed wagner by Local"] },
        { "Lake Chad: fishermen taken",
          "A rights group said ISWAP fighters rounded up fishermen on the island and took them away.",
          ["blamed iswap by Ngo"] },
        { "Mali : greniers",
          "Des villageois affirment que des soldats maliens ont incendié les greniers du hameau.",
          ["blamed fama by Local"] },
        { "Mali : la foule visée",
          "Selon des témoins, des soldats maliens ont ouvert le feu sur la foule près du marché au bétail.",
          ["blamed fama by Local"] },
        { "Mali : deux commerçants disparus",
          "Des proches affirment que des militaires maliens les ont arrêtés à la sortie de la foire.",
          ["blamed fama by Local"] },
        { "مالي: رعاة",
          "قال أقارب إن جنودا من الجيش المالي أوقفوا الرعاة ثم أطلقوا عليهم النار.",
          ["blamed fama by Local"] },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public void AnActorDoingHarmInASpeakersAccount_IsBlamedByTheSpeaker(string title, string text, string[] expected)
    {
        var read = Read(title, text);
        foreach (var one in expected)
            Assert.Contains(one, read);
    }

    public static TheoryData<string, string, string> NotAccounts => new()
    {
        // the force is the victim, after the verb
        { "Mali: checkpoint hit", "Witnesses said JNIM fighters opened fire on Malian soldiers at the checkpoint.", "blamed fama" },
        // the force as the target of an attack noun
        { "Mali: shepherd dies", "Relatives said the attack on Malian soldiers near the well also killed a shepherd.", "blamed fama" },
        // a state telling of its own force's operation
        { "Mali: suspects held", "The army said Malian soldiers arrested three suspects near Gao on Monday.", "blamed fama" },
        { "Mali : suspects", "Le gouvernement affirme que des soldats maliens ont arrêté trois suspects près de Gao.", "blamed fama" },
        // negated
        { "Mali: no shots", "Villagers said Malian soldiers did not open fire on the crowd.", "blamed fama" },
        { "مالي: نفي", "قال سكان إن جنود الجيش المالي لم يطلقوا النار على المارة.", "blamed fama" },
        // the group speaking of its own men
        { "Niger: group statement", "JNIM said its fighters arrested three informants near Tera.", "blamed jnim" },
        // a headline's participle: the fighters are among the dead
        { "Rebels say 30 soldiers, Wagner fighters killed near Kidal", "The rebels gave no other detail.", "blamed wagner" },
        // the Arabic passive written as the active: soldiers were killed
        { "مالي: قتلى", "قال سكان إن جنودا ماليين قتلوا في الهجوم على الموقع.", "blamed fama" },
        // a militia killing attackers
        { "Burkina : assaillants", "Selon des habitants, des VDP ont tué six terroristes près du village.", "blamed vdp" },
        // no speaker but the outlet
        { "Mali: market", "Malian soldiers opened fire on the crowd near the market on Sunday.", "blamed fama" },
    };

    [Theory]
    [MemberData(nameof(NotAccounts))]
    public void NoAccountOfAnotherActorsHarm_BlamesNoOne(string title, string text, string notExpected) =>
        Assert.DoesNotContain(Read(title, text), r => r.StartsWith(notExpected, StringComparison.Ordinal));
}
