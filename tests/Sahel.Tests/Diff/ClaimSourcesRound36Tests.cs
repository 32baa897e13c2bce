using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 17's toll sources (round 36): bare "sources" placed in a village, a locality or a town, or "on the ground", speak as
/// people of the place (`local`), as "sources locales" do; placed in a capital, a country, a region or an institution they do
/// not. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound36Tests
{
    private static SourceKind LastSource(string text) => ClaimExtractor.Extract("Sahel", text, null).Tolls.Last().Source!.Kind;

    [Theory]
    [InlineData("Des hommes armés ont attaqué un hameau dimanche. Nos sources dans la localité font état de onze morts.")]
    [InlineData("Selon mes sources sur place, au moins onze civils ont été tués dans la nuit.")]
    [InlineData("Selon des sources au village, onze civils ont été tués dans la nuit.")]
    [InlineData("D'après des sources à Ouallam, onze civils ont été tués dans la nuit.")]
    [InlineData("My sources in the village say at least eleven civilians were killed overnight.")]
    [InlineData("Sources on the ground told our reporter that eleven farmers were killed.")]
    [InlineData("Sources in the town of Dikwa said eleven farmers were killed.")]
    [InlineData("مصادري في القرية تتحدث عن أحد عشر قتيلا على الأقل.")]
    [InlineData("ونقل موقع إخباري عن مصادر في البلدة أن أحد عشر مزارعا قتلوا.")]
    [InlineData("وقالت مصادر في ديكوا إن أحد عشر مزارعا قتلوا.")]
    public void Sources_placed_where_it_happened_are_local(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // negatives: a capital, a country, a region, an institution, or nothing placing the sources
    [InlineData("Selon une source à Bamako, onze soldats ont été tués.")]
    [InlineData("Selon des sources au Niger, onze soldats ont été tués.")]
    [InlineData("Selon des sources au sein de l'armée, onze soldats ont été tués.")]
    [InlineData("Selon des sources, onze soldats ont été tués.")]
    [InlineData("Sources in the region said eleven soldiers were killed.")]
    [InlineData("وقالت مصادر في الجيش إن أحد عشر جنديا قتلوا.")]
    [InlineData("وقالت مصادر في نيامي إن أحد عشر جنديا قتلوا.")]
    [InlineData("وقالت مصادر إن أحد عشر جنديا قتلوا.")]
    public void Sources_placed_elsewhere_or_not_at_all_are_not_local(string text) => Assert.NotEqual(SourceKind.Local, LastSource(text));
}
