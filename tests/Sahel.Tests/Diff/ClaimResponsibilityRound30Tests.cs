using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 15, round 30, responsibility: two mechanisms that three or more mainstream writers share. (A) a force's own operation
/// against men the toll does not call attackers ("its units captured five armed men", "killed another") is its claim when the
/// force or its government tells it and the force is the verb's subject; (B) a force's answer that restricts the passive's
/// subject ("Seuls des terroristes ont été visés", "Only terrorists were targeted") denies, as does an anonymous military
/// source answering for its army. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound30Tests
{
    [Theory]
    // the force's own men as the subject, men of no named kind as the object
    [InlineData("L'armée nigérienne a annoncé que ses unités avaient capturé cinq hommes armés près de la frontière.", "claimed ne-fan")]
    [InlineData("L'armée nigérienne affirme que ses soldats ont abattu trois individus près de la frontière.", "claimed ne-fan")]
    [InlineData("The Mauritanian army said on Saturday its units had captured five armed men near the border.", "claimed mr-army")]
    [InlineData("The Mauritanian army said its units had killed five armed men near the border.", "claimed mr-army")]
    [InlineData("أعلن الجيش النيجري أن وحداته أسرت خمسة رجال قرب الحدود.", "claimed ne-fan")]
    [InlineData("قال الجيش النيجري إن قواته قتلت ثلاثة أشخاص كانوا على متن سيارة رفضت التوقف.", "claimed ne-fan")]
    public void AForcesOperationOnMenOfNoNamedKind_IsItsClaim(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // another subject between the force and the verb: the gunmen's deed, not the force's
    [InlineData("Niger's army said its troops arrived in the village after gunmen killed 12 people.")]
    [InlineData("L'armée nigérienne affirme que ses unités sont arrivées après que des hommes armés ont tué six personnes.")]
    [InlineData("قال الجيش النيجري إن وحداته وصلت إلى القرية بعد أن قتل مسلحون ستة أشخاص.")]
    // a relative clause: the attack's toll, not the force's deed
    [InlineData("Niger's army said its units repelled an attack that killed 5 people near Tillaberi.")]
    // a passive figure: reported, not claimed
    [InlineData("Niger's army said six men were killed near the market.")]
    // the force's own losses
    [InlineData("Niger's army lost five of its men in an attack on a post near Tahoua, the government said.")]
    [InlineData("L'armée a repoussé l'assaut. The army put its losses at two dead.")]
    // a noun of the toll the force announces: a figure reported, not its deed
    [InlineData("أعلن الجيش النيجري مقتل خمسة أشخاص قرب الحدود.")]
    [InlineData("L'armée nigérienne a annoncé la mort de cinq personnes près de la frontière.")]
    public void NoForceAsTheDoerOfTheFigure_IsNoClaim(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // someone else telling of the force's killing: a blame, no claim
    [InlineData("Residents said Niger's army had killed six men near the market.")]
    [InlineData("Selon des habitants, l'armée nigérienne a tué six hommes près du marché.")]
    [InlineData("قال سكان إن الجيش النيجري قتل ستة رجال قرب السوق.")]
    // a quote of a committee that names the forces as the doers: a blame by the committee, never a claim
    [InlineData("Le comité des réfugiés écrit que « les soldats et les Wagner ont tué au moins quarante personnes au puits ».")]
    public void AnothersAccountOfTheForce_IsNoClaim(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // the restriction on the passive's subject, told by the force after the accusation
    [InlineData("Le FLA a accusé l'armée malienne d'avoir tué onze civils lors d'une frappe de drone. « Seuls des terroristes ont été visés », a répondu l'état-major des armées.", "denied fama")]
    [InlineData("The FLA accused the Malian army of killing eleven civilians in a drone strike. \"Only terrorists were targeted,\" the army said in a statement.", "denied fama")]
    [InlineData("The FLA accused the Malian army of killing eleven civilians in a drone strike. The army said only terrorist positions were hit.", "denied fama")]
    // the Arabic restriction "لم … سوى", its final letter as the folded text writes it
    [InlineData("اتهمت جبهة تحرير أزواد الجيش المالي بقصف مخيم للبدو، فيما قال الجيش إنه لم يستهدف سوى الإرهابيين.", "denied fama")]
    // an anonymous military source answering for its army
    [InlineData("Le FLA a accusé l'armée malienne d'avoir tué onze civils lors d'une frappe de drone. « Seuls des terroristes ont été visés », a répondu un responsable militaire sous couvert d'anonymat.", "denied fama")]
    public void TheForcesRestrictedAnswer_DeniesForTheAccusedForce(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // no accusation of a state force before or after: the words deny nothing
    [InlineData("« Seuls des terroristes ont été visés », a répondu l'état-major des armées.")]
    [InlineData("\"Only terrorists were targeted,\" the army said in a statement.")]
    // the restriction of something else than a legitimate target
    [InlineData("The FLA accused the Malian army of killing eleven civilians in a drone strike. The army said only the market was hit.")]
    // the accuser itself saying so, or residents: no denial of the force
    [InlineData("Le FLA a accusé l'armée malienne d'avoir tué onze civils. Selon des habitants, seuls des terroristes ont été visés.")]
    public void NoForceAnsweringAnAccusation_IsNoDenial(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith("denied", StringComparison.Ordinal));
}
