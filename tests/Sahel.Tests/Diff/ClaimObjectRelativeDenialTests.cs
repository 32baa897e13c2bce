using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 13, from the sample sweep: a denial whose relative stands for the accusation just told ("…, which Bamako denies",
/// "ce que dément le gouvernement", "وهو ما نفته باماكو") is denied by the one named between the relative and the verb, for
/// the force the accusation named; forces fighting beside the accused ("operating with Russian fighters") are blamed with
/// them; the Arabic indefinite soldiers of a nation ("جنودا ماليين") and the families ("الأسر") are read. Sentences written
/// for these tests.
/// </summary>
public sealed class ClaimObjectRelativeDenialTests
{
    [Theory]
    [InlineData("The families blame Malian soldiers operating with Russian fighters, which Bamako denies.")]
    [InlineData("The families blame Malian soldiers operating with Russian fighters, a charge the government denies.")]
    [InlineData("Les familles accusent des soldats maliens accompagnés de combattants russes, ce que Bamako dément.")]
    [InlineData("Les familles accusent des soldats maliens accompagnés de combattants russes, ce que dément le gouvernement de transition.")]
    [InlineData("واتهمت الأسر الجيش المالي وعناصر روسية بخطفهم، وهو ما نفته باماكو.")]
    public void AnObjectRelative_DeniesForTheAccusedArmy_AndLeavesTheBlames(string text)
    {
        var statements = ClaimStatements.WithBlamer(text);
        Assert.Contains("blamed fama by local", statements);
        Assert.Contains("blamed africa-corps by local", statements);
        Assert.Contains(statements, s => s.StartsWith("denied fama ", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.StartsWith("denied africa-corps ", StringComparison.Ordinal));
    }

    [Theory]
    // the subject relative: the one named before "which" denies for itself
    [InlineData("Residents blamed JNIM, which denies it.", "denied jnim")]
    [InlineData("Des habitants accusent le JNIM, qui dément.", "denied jnim")]
    // a group named between the relative and the verb denies for itself
    [InlineData("The army blamed the killings on jihadists, a charge JNIM denies.", "denied jnim")]
    public void ASubjectRelative_OrAGroup_DeniesForItself(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // the army named between the relative and the verb denies for itself
    [InlineData("Residents accused Malian soldiers of the killings, which the army denied.", "denied fama")]
    // a passive after "which": its agent denies, for the army accused
    [InlineData("Residents blamed the Malian army, which was denied by the government.", "denied fama")]
    public void AnArmyOrAPassiveAgent_DeniesForTheAccusedArmy(string text, string expected)
    {
        var statements = ClaimStatements.Of(text);
        Assert.Contains(expected, statements);
        Assert.Contains("blamed fama", statements);
    }

    [Theory]
    // a relative that tells the deed's result denies nothing
    [InlineData("Residents accused Malian soldiers of the killings, which left 12 dead.")]
    [InlineData("Des habitants accusent des soldats maliens de ces tueries, qui ont fait 12 morts.")]
    public void AResultRelative_DeniesNothing(string text)
    {
        var statements = ClaimStatements.Of(text);
        Assert.Contains("blamed fama", statements);
        Assert.DoesNotContain(statements, s => s.StartsWith("denied", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("واتهمت الأسر جنودا ماليين بخطفهم.", "blamed fama by local")]
    [InlineData("واتهمت عائلات الرعاة جنودا ماليين ومقاتلين روسا بخطفهم.", "blamed africa-corps by local")]
    [InlineData("واتهمت أسر المخطوفين الجيش المالي بخطفهم.", "blamed fama by local")]
    public void ArabicIndefiniteSoldiers_AndFamilies_AreRead(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.WithBlamer(text));

    [Theory]
    // counted soldiers in the genitive are victims, not the force speaking
    [InlineData("بثت الجماعة تسجيلا يظهر ستة جنود ماليين قالت إنها أسرتهم.", "claimed")]
    public void CountedSoldiers_AreNoSpeaker(string text, string polarity) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith(polarity + " fama", StringComparison.Ordinal));

    [Theory]
    [InlineData("وقالت الأسر إن أربعة رعاة ما زالوا في الأسر.", SourceKind.Local)]
    // "in captivity" is no speaker: the security source speaks
    [InlineData("ولا يزال أربعة رعاة في الأسر منذ الأربعاء، وفق مصدر أمني.", SourceKind.Security)]
    public void TheFamilies_Speak_AndCaptivity_DoesNot(string text, SourceKind source) =>
        Assert.Equal(source, LastSource(text));
}
