using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 12, from the sample sweep: a figure noun that gives another value for the toll told before ("Relatives put the
/// number at four"), and a companion's "by" that is no accuser ("accused Malian soldiers accompanied by Russian fighters").
/// Sentences written for these tests.
/// </summary>
public sealed class ClaimSameFigureTests
{
    [Theory]
    [InlineData("Gunmen abducted at least three traders near Niono, officials said. Relatives put the number at five.", TollKind.Kidnapped, 5)]
    [InlineData("Gunmen abducted at least three traders near Niono, officials said. Their families said the figure was five.", TollKind.Kidnapped, 5)]
    [InlineData("At least ten soldiers were killed, the army said. Residents gave a figure of fifteen.", TollKind.Killed, 15)]
    [InlineData("Des hommes armés ont enlevé trois commerçants près de Niono, selon la gendarmerie. Les familles avancent le chiffre de cinq.", TollKind.Kidnapped, 5)]
    [InlineData("Au moins dix soldats ont été tués, selon l'armée. Des habitants estiment le nombre à quinze.", TollKind.Killed, 15)]
    [InlineData("خطف مسلحون ثلاثة تجار قرب نيونو، بحسب الدرك. وقدّر الأهالي العدد بخمسة.", TollKind.Kidnapped, 5)]
    public void AFigureNoun_GivesAnotherValue_OfTheTollToldBefore(string text, TollKind kind, int value) =>
        Assert.True(ReadsExactly(text, kind, value), Shown(text));

    [Theory]
    // the source of the second figure is the one who gives it
    [InlineData("Gunmen abducted at least three traders near Niono, the gendarmerie said. Relatives put the number at five.", SourceKind.Local)]
    [InlineData("Au moins dix soldats ont été tués, selon l'armée. Des habitants estiment le nombre à quinze.", SourceKind.Local)]
    public void TheSecondValue_IsItsSpeakers(string text, SourceKind source) =>
        Assert.Equal(source, LastSource(text));

    [Theory]
    // the count of something else, named after the noun
    [InlineData("At least ten soldiers were killed, the army said. The number of displaced people rose to 4,000.")]
    [InlineData("Au moins dix soldats ont été tués, selon l'armée. Le nombre de déplacés atteint 4 000.")]
    // a possessive counts the people just named, whose kind the last toll need not be
    [InlineData("The army said troops killed two of the kidnappers. It said the others were still held and gave their number as eight.")]
    // no toll told before
    [InlineData("The committee met on Monday. Members put the number at twelve.")]
    // a figure noun with no value after it
    [InlineData("At least ten soldiers were killed, the army said. Residents dispute the figure, saying many more died in 2023.")]
    public void NoFigureNoun_ReadsNoOtherToll(string text)
    {
        var tolls = Tolls(text);
        Assert.True(tolls.Count <= 1 || tolls.Skip(1).All(t => t.Count.Min == tolls[0].Count.Min), string.Join("; ", tolls.Select(t => $"{t.Kind} {t.Count.Min}-{t.Count.Max}")));
    }

    [Theory]
    // session 13: the answering count ends its clause, another clause joined by "and" goes on without a figure
    [InlineData("Nouakchott speaks of three abducted; the families say four, and blame Malian soldiers.", TollKind.Kidnapped, 4)]
    [InlineData("Les autorités parlent de cinq morts ; les habitants en comptent douze, et accusent l'armée.", TollKind.Killed, 12)]
    public void AnAnsweringCount_EndsItsClause(string text, TollKind kind, int value)
    {
        var tolls = Tolls(text);
        Assert.True(tolls.Any(t => t.Kind == kind && t.Count.Min == value && t.Source?.Kind == SourceKind.Local), Shown(text));
    }

    [Theory]
    // a second count in the joined clause is no answer to the first
    [InlineData("Nouakchott speaks of three abducted; the families say four, and 30 homes were searched.", 4)]
    // a count that goes on into its own clause with no joiner is not a bare answer ("say 20 houses")
    [InlineData("Nouakchott speaks of three abducted; the families say four houses were searched.", 4)]
    public void ACountThatGoesOn_IsNoAnswer(string text, int value) =>
        Assert.DoesNotContain(Tolls(text), t => t.Count.Min == value);

    [Theory]
    [InlineData("Relatives accused Malian soldiers accompanied by Russian fighters of carrying out the abduction.")]
    [InlineData("Relatives accused Malian soldiers backed by Russian fighters of the abduction.")]
    public void ACompanionsBy_IsNoAccuser(string text)
    {
        var blames = ClaimStatements.WithBlamer(text);
        Assert.Contains("blamed fama by local", blames);
        Assert.Contains("blamed africa-corps by local", blames);
    }

    [Fact]
    public void APassivesBy_StillNamesTheAccuser() =>
        Assert.Contains("blamed fama by local", ClaimStatements.WithBlamer("Malian soldiers were accused by residents of carrying out the abduction."));
}
