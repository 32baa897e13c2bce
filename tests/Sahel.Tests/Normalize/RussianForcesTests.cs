using Sahel.Normalize;
using Xunit;

namespace Sahel.Tests.Normalize;

/// <summary>
/// The bare Russian descriptors ("Russian forces", "instructeurs russes", "القوات الروسية") name Africa Corps, which took
/// over Wagner's operations in mid-2025; named with Wagner they stay Wagner's (actors.json). Sentences written for
/// these tests.
/// </summary>
public sealed class RussianForcesTests
{
    private static readonly StoryAnalyzer Analyzer = new(Lexicon.Default);
    private static readonly DateTimeOffset When = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<string> ActorIds(string title) =>
        Analyzer.Analyze(title, null, When).Actors.Select(a => a.Id).ToList();

    [Theory]
    [InlineData("Des soldats russes accusés d'exactions près de Moura")]
    [InlineData("Les forces russes et l'armée malienne reprennent un camp près d'Anéfis")]
    [InlineData("Residents blame Russian forces for the killing of herders near Hombori")]
    [InlineData("Russian instructors seen in Ménaka after the handover")]
    [InlineData("سكان يتهمون القوات الروسية بقتل رعاة قرب الحدود")]
    [InlineData("مقتل ثلاثة من المرتزقة الروس في كمين شمال مالي")]
    public void BareRussianDescriptors_NameAfricaCorps(string title)
    {
        var ids = ActorIds(title);
        Assert.Contains("africa-corps", ids);
        Assert.DoesNotContain("wagner", ids);
    }

    [Theory]
    [InlineData("Les instructeurs russes de Wagner quittent Kidal")]
    [InlineData("Russian mercenaries of the Wagner Group leave Mali")]
    [InlineData("انسحاب المرتزقة الروس من مجموعة فاغنر من مالي")]
    [InlineData("Wagner annonce la fin de sa mission au Mali")]
    public void NamedWithWagner_StayWagner(string title)
    {
        var ids = ActorIds(title);
        Assert.Contains("wagner", ids);
        Assert.DoesNotContain("africa-corps", ids);
    }

    [Theory]
    [InlineData("Le ministre russe des Affaires étrangères reçu à Bamako")]
    [InlineData("Russia and Niger sign a uranium agreement")]
    public void Russia_AsAState_IsNoForce(string title)
    {
        var ids = ActorIds(title);
        Assert.DoesNotContain("africa-corps", ids);
        Assert.DoesNotContain("wagner", ids);
    }
}
