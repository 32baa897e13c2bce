using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 18, round 39, responsibility: a force's "no civilian harmed" read as its denial (1) in the forms the older list
/// lacked (the plural auxiliary "n'ont touché aucun civil", the plural object "did not kill any civilians", the Arabic "لم تطل
/// أي مدني", "لم تسفر عن أي خسائر في صفوف المدنيين"), and (2) when the force told its own operation in an EARLIER sentence and the
/// story tells civilians harmed, with the accusation unread. Not when the story tells no civilian harmed (a convention question:
/// the writers answer it both ways), nor for a group's words, nor after another actor's claim told since the force's.
/// And (E) the deed denied as a singular noun of abuse or crossing ("a démenti toute exaction", "denied any incursion").
/// Sentences written for these tests.
/// </summary>
public sealed class ResponsibilityRound39Tests
{
    private static List<string> Read(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility
            .Select(r => r.Polarity == ResponsibilityPolarity.Blamed ? $"blamed {r.Actor} by {r.By?.Kind}" : $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}").ToList();

    public static TheoryData<string, string, string> Denials => new()
    {
        // (1) the forms the older list lacked, after an accusation of the force
        { "Burkina : des habitants accusent l'armée",
          "Des habitants accusent l'armée burkinabè d'avoir tué douze civils près de Djibo.\nL'état-major affirme que ses unités n'ont touché aucun civil.",
          "denied bf-army" },
        { "Nigeria: villagers blame army for strike",
          "Residents accused the Nigerian army of killing nine civilians in an air strike near Zurmi.\nThe army said its jets did not kill any civilians.",
          "denied ng-army" },
        { "مالي: سكان يتهمون الجيش",
          "اتهم سكان الجيش المالي بقتل عشرة مدنيين في غارة قرب تمبكتو.\nوقال الجيش في بيان إن الغارة لم تطل أي مدني.",
          "denied fama" },
        // (2) the force's own operation told in an earlier sentence, civilians harmed told in the story
        { "مالي: الجيش يعلن تحييد إرهابيين",
          "أعلن الجيش المالي أن قواته حيدت عشرين إرهابيا قرب غاو. وقال أعيان إن ستة مدنيين قتلوا في سوق قريب.\nوأكد الجيش أن العملية لم تسفر عن أي خسائر في صفوف المدنيين.",
          "denied fama" },
        { "Chad army says it killed 30 rebels",
          "Chad's army said on Monday it had killed 30 rebels of FACT near the Libyan border. Herders said four civilians died in a camp nearby.\n\"No civilian was harmed in this operation,\" the army spokesman said.",
          "denied td-army" },
        { "Niger : l'armée dit avoir neutralisé vingt assaillants",
          "Les Forces armées nigériennes ont neutralisé vingt assaillants près de Tera, selon l'état-major. Des habitants parlent de trois civils tués dans un hameau voisin.\nL'état-major assure que ses forces n'ont visé aucun civil.",
          "denied ne-fan" },
    };

    [Theory]
    [MemberData(nameof(Denials))]
    public void AForcesNoCivilianHarmed_IsItsDenial(string title, string text, string denial) =>
        Assert.Contains(denial, Read(title, text));

    public static TheoryData<string, string, string> DeniedDeeds => new()
    {
        // (E) the deed denied as a singular noun of abuse or of crossing ("toute exaction", "toute incursion", "أي توغل")
        { "Mali : des habitants accusent l'armée",
          "Des habitants accusent l'armée malienne d'avoir exécuté huit bergers près de Léré.\nContactée, l'armée malienne a démenti toute exaction dans la zone.",
          "denied fama" },
        { "Tchad : N'Djamena accuse les FSR",
          "Le gouvernement tchadien accuse les FSR d'avoir tué quatre civils près d'Adré.\nContactées, les FSR ont démenti toute incursion en territoire tchadien.",
          "denied rsf-sudan" },
        { "Chad accuses RSF",
          "The Chadian government accused the Rapid Support Forces of killing four civilians near Adre.\nThe Rapid Support Forces denied any incursion into Chadian territory.",
          "denied rsf-sudan" },
        { "تشاد تتهم الدعم السريع",
          "اتهمت الحكومة التشادية قوات الدعم السريع بقتل أربعة مدنيين قرب أدري.\nونفت قوات الدعم السريع أي توغل في الأراضي التشادية.",
          "denied rsf-sudan" },
    };

    [Theory]
    [MemberData(nameof(DeniedDeeds))]
    public void TheDeedDeniedAsASingularNoun_IsADenial(string title, string text, string denial) =>
        Assert.Contains(denial, Read(title, text));

    [Fact]
    public void ADenialOfSomethingElse_IsNoDenial() =>
        Assert.Empty(Read("Mali : le ministre dément une hausse", "Le ministre a démenti toute hausse des prix du carburant, selon la radio nationale."));

    public static TheoryData<string, string> NoDenial => new()
    {
        // no civilian harmed told anywhere: the communiqué's aside is left as it was (the writers disagree)
        { "Niger army says drones killed 40 fighters",
          "Niger's army said its drones killed about 40 fighters near the Nigerian border on Monday. No civilian casualties were reported, it said." },
        // a group's words, not a force's
        { "Burkina : le JNIM revendique une attaque",
          "Le JNIM a revendiqué l'attaque d'un convoi près de Djibo, et affirme n'avoir touché aucun civil. Deux civils ont été tués, selon des habitants." },
        // another actor's claim told since the force's: the civilians are another deed's
        { "Mali army repels attack",
          "Mali's army said it had killed 12 attackers who stormed a base near Gao. JNIM claimed the attack. Three civilians were killed in the crossfire, residents said.\nThe army said no civilian had been harmed by its troops." },
    };

    [Theory]
    [MemberData(nameof(NoDenial))]
    public void NoForceDenial_WhereTheWordsDenyNothing(string title, string text) =>
        Assert.DoesNotContain(Read(title, text), r => r.StartsWith("denied", StringComparison.Ordinal));
}
