using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 14, round 29, responsibility: someone contradicting a force's account of its own operation by saying that civilians
/// died in it blames that force, though their sentence names no doer. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound29Tests
{
    [Theory]
    // opposing the account
    [InlineData("L'armée malienne a annoncé avoir neutralisé quarante terroristes lors d'une opération près de Nara. Des habitants affirment au contraire que onze civils ont péri.", "blamed fama by local")]
    [InlineData("The Nigerien army said it killed 40 terrorists in an operation near Tillaberi. Residents said, however, that eleven civilians died.", "blamed ne-fan by local")]
    [InlineData("أعلن الجيش المالي أنه قتل أربعين إرهابيا في عملية قرب نارا. لكن سكانا قالوا إن أحد عشر مدنيا لقوا حتفهم.", "blamed fama by local")]
    // pointing back at the operation's dead
    [InlineData("L'armée burkinabè a dit avoir tué trente terroristes près de Djibo. Selon une ONG locale, sept civils figurent parmi les morts.", "blamed bf-army by ngo")]
    [InlineData("Burkina Faso's army said it killed 30 terrorists near Djibo. A rights group said the dead were herders and their children, not fighters.", "blamed bf-army by ngo")]
    [InlineData("قال الجيش النيجري إنه قتل ثلاثين إرهابيا قرب تيلابيري. وأكد سكان أن القتلى مدنيون.", "blamed ne-fan by local")]
    // naming the operation again
    [InlineData("L'armée malienne a annoncé avoir tué vingt terroristes près de Léré. Des habitants ont évoqué des frappes sur un hameau où des civils sont morts.", "blamed fama by local")]
    public void CiviliansDeadAgainstTheForcesAccount_BlameTheForce(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.WithBlamer(text));

    [Theory]
    // civilians killed by an armed group named in the same sentence: the usual readings decide, the force is not blamed
    [InlineData("L'armée malienne a annoncé avoir tué vingt terroristes près de Nara. Des habitants affirment toutefois que le JNIM a tué onze civils dans un village voisin.", "blamed fama")]
    [InlineData("The Nigerien army said it killed 40 terrorists near Tillaberi. Residents said, however, that armed men killed eleven civilians in a nearby village.", "blamed ne-fan")]
    // the force's own toll of civilians killed by the enemy, told before: the civilian dead are the enemy's deed
    [InlineData("L'armée malienne a indiqué que des terroristes avaient tué douze civils à Nara, puis qu'elle en avait neutralisé vingt lors d'une opération. Des habitants affirment toutefois que quinze civils ont péri.", "blamed fama")]
    [InlineData("Niger's army said terrorists had killed 12 civilians in Tillaberi and that it killed 20 of them in an operation. Residents said, however, that 15 civilians died.", "blamed ne-fan")]
    // no force operation in the story
    [InlineData("Des habitants de Nara affirment toutefois que onze civils ont péri.", "blamed")]
    [InlineData("Residents said, however, that the dead were civilians.", "blamed")]
    [InlineData("لكن سكانا قالوا إن القتلى مدنيون.", "blamed")]
    // the locals agreeing with the force: no civilians died, the dead were fighters
    [InlineData("L'armée malienne a annoncé avoir neutralisé quarante terroristes près de Nara. Des habitants affirment toutefois qu'aucun civil n'a péri.", "blamed fama")]
    [InlineData("The Nigerien army said it killed 40 terrorists near Tillaberi. Residents said, in fact, that no civilians were killed among the dead.", "blamed ne-fan")]
    [InlineData("أعلن الجيش المالي أنه قتل أربعين إرهابيا قرب نارا. وأكد سكان أن القتلى مسلحون.", "blamed fama")]
    // another deed of another time
    [InlineData("Cameroon's army said it killed eight militants and freed hostages. Officials said the hostages were taken in a raid last month in which three villagers were killed.", "blamed cm-army")]
    public void NoCounterAccount_NoBlameOfTheForce(string text, string unexpected) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith(unexpected, StringComparison.Ordinal));

    [Fact]
    // the force's spokesman repeating the story's civilian dead is no blame of itself
    public void TheForceItselfSpeaking_IsNoBlame() =>
        Assert.DoesNotContain(ClaimStatements.Of("L'armée malienne a annoncé avoir tué vingt terroristes près de Nara. L'état-major a toutefois reconnu que deux civils avaient péri."),
            s => s.StartsWith("blamed fama", StringComparison.Ordinal));

    [Fact]
    // a joint force of several states, named in full, tells its operation as a state's army does
    public void AJointForcesOperation_IsBlamedToo() =>
        Assert.Contains("blamed aes-unified-force by local", ClaimStatements.WithBlamer(
            "La force unifiée de l'Alliance des États du Sahel a annoncé avoir tué cinquante terroristes près de Ménaka. Des habitants affirment au contraire que six civils ont péri."));
}
