using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 19, round 43, responsibility. (A) A state's denial whose denied clause names its own forces as the doers of harm to
/// civilians, or their involvement ("denied that soldiers had killed civilians", "dément toute implication de ses forces", "نفت
/// أن يكون جنودها قد أعدموا قرويين"), is the force's denial with no accusation read before it. (B) A force's answer by
/// restriction ("sa frappe a visé uniquement des terroristes", "targeted solely militants", "استهدفت عناصر إرهابية فقط") is its
/// denial where the story tells civilians killed and no armed group is accused. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound43Tests
{
    private static List<string> Read(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility
            .Select(r => r.Polarity == ResponsibilityPolarity.Blamed ? $"blamed {r.Actor} by {r.By?.Kind}" : $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}").ToList();

    public static TheoryData<string, string, string> DeniedForces => new()
    {
        { "Niger rejects accusations",
          "Niger's government denied on Monday that soldiers had killed civilians near Ayorou.",
          "denied ne-fan" },
        { "Mali : Bamako répond",
          "Le gouvernement malien dément toute implication de ses forces dans la mort de civils près de Ségou.",
          "denied fama" },
        { "النيجر ترد",
          "نفت الحكومة النيجرية أن يكون جنودها قد أعدموا قرويين قرب تيلابيري.",
          "denied ne-fan" },
    };

    [Theory]
    [MemberData(nameof(DeniedForces))]
    public void AStatesDenialThatItsForcesHarmedCivilians_IsTheForcesDenial(string title, string text, string expected) =>
        Assert.Contains(expected, Read(title, text));

    public static TheoryData<string, string, string> NotDeniedForces => new()
    {
        // the soldiers are the dead, and no civilian is in what is denied
        { "Niger: army statement", "Niger's government denied that soldiers were killed in the attack on the village of Ayorou.", "denied ne-fan" },
        // a paramilitary's spokesman speaks of its own men
        { "Chad: refugees attacked", "A spokesman for the Rapid Support Forces in Chad denied that its forces had killed civilians near Adré.", "denied td-army" },
        // the same, its men in the first person after the denial ("saying our forces …")
        { "Chad: camp attacked", "Survivors blamed the Rapid Support Forces. An RSF spokesman denied the accusation, saying \"our forces never harm civilians\".", "denied td-army" },
        // a jihadist group named in the denied clause: the harm may be theirs
        { "Burkina : le gouvernement répond", "Le gouvernement burkinabè dément que des soldats aient laissé le JNIM tuer des civils à Djibo.", "denied bf-army" },
    };

    [Theory]
    [MemberData(nameof(NotDeniedForces))]
    public void ADenialOfNoHarmByTheStatesForces_IsNotTheForcesDenial(string title, string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Read(title, text));

    public static TheoryData<string, string, string> RestrictionAnswers => new()
    {
        { "Frappe près de Gao : des versions divergentes",
          "Selon des habitants, cinq civils ont été tués par une frappe près de Gao. L'armée malienne affirme que sa frappe a visé uniquement des terroristes.",
          "denied fama" },
        { "Drone strike near Diffa disputed",
          "Residents said seven civilians died in a drone strike near Diffa. Niger's army said its drone targeted solely militants.",
          "denied ne-fan" },
        { "غارة قرب ميناكا",
          "قال سكان إن ستة مدنيين قتلوا في غارة قرب ميناكا. وقال الجيش المالي إن غارته استهدفت عناصر إرهابية فقط.",
          "denied fama" },
    };

    [Theory]
    [MemberData(nameof(RestrictionAnswers))]
    public void AForcesRestrictionAnswer_AfterCiviliansKilled_IsItsDenial(string title, string text, string expected) =>
        Assert.Contains(expected, Read(title, text));

    public static TheoryData<string, string> NotRestrictionAnswers => new()
    {
        // a jihadist attack killed the civilians: the army's words about its retaliation deny nothing
        { "Mali: attack near Gao", "JNIM fighters killed six civilians near Gao on Sunday, residents said. The Malian army said its retaliatory strikes targeted only terrorists." },
        // no civilian harmed told anywhere
        { "Mali : frappe près de Gao", "L'armée malienne affirme que sa frappe près de Gao a visé uniquement des terroristes." },
    };

    [Theory]
    [MemberData(nameof(NotRestrictionAnswers))]
    public void ARestrictionWithNoAccountOfHarmOrAfterAGroupsAttack_IsNoDenial(string title, string text) =>
        Assert.DoesNotContain("denied fama", Read(title, text));
}
