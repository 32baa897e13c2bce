using Sahel.Cluster;
using Sahel.Model;
using Sahel.Normalize;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Cluster;

/// <summary>
/// The samples' own hard negatives, as a new user met them: the 14 March mortar fire on the Aguelhok camp
/// (claimed by JNIM) is not the 11–12 March drone strike near its market, and the chief of staff's visit to
/// Baga Sola the day after the Ngouboua attack is not an attack of its own.
/// </summary>
public sealed class SampleRegressionTests
{
    private static readonly StoryAnalyzer Analyzer = new(Lexicon.Default);

    private static IncidentSet GroupSamples()
    {
        var stories = new List<Story>();
        foreach (var file in Directory.GetFiles(RepoPaths.Samples).Where(f => f.EndsWith(".xml") || f.EndsWith(".feed.json")).Order(StringComparer.Ordinal))
        {
            var feed = Sahel.Feeds.FeedParser.Parse(File.ReadAllBytes(file), null, file);
            foreach (var item in feed.Items)
            {
                var url = CanonicalUrl.Canonicalize(item.Link)!;
                var published = item.Published ?? new DateTimeOffset(2026, 3, 15, 6, 0, 0, TimeSpan.Zero);
                stories.Add(new Story
                {
                    Id = stories.Count, FeedId = 0, FeedUrl = file, Outlet = Path.GetFileName(file), Url = url, Title = item.Title ?? "",
                    SummaryHtml = (item.ContentHtml?.Length ?? 0) > (item.SummaryHtml?.Length ?? 0) ? item.ContentHtml : item.SummaryHtml,
                    ItemKey = "url:" + url, Published = published, FirstSeen = published, LastSeen = published,
                });
            }
        }
        return new IncidentBuilder(s => Analyzer.Analyze(s.Title, s.Summary, s.Published), new ClusterOptions())
            .Build(stories.OrderBy(s => s.Published).ThenBy(s => s.Key, StringComparer.Ordinal).ToList());
    }

    private static Incident? IncidentOf(IncidentSet set, string urlPart) =>
        set.Incidents.FirstOrDefault(i => i.Stories.Any(s => s.Story.Url!.Contains(urlPart, StringComparison.Ordinal)));

    [Fact]
    public void AguelhokMortarFire_IsNotTheDroneStrike()
    {
        var set = GroupSamples();
        var strike = IncidentOf(set, "aguelhok-drone-strike-market-civilians");
        var mortar = IncidentOf(set, "aguelhok-camp-militaire-tirs-obus");
        Assert.NotNull(strike);
        Assert.NotNull(mortar);
        Assert.NotEqual(strike.Id, mortar.Id);
        Assert.Equal(EventType.AirStrike, strike.EventType);
        Assert.Equal(EventType.Shelling, mortar.EventType);
        // All three accounts of the mortar fire (fr, ar, en) are one incident, and none of the strike's.
        Assert.Equal(3, mortar.Stories.Count);
        Assert.DoesNotContain(strike.Stories, s => s.Story.Url!.Contains("mortar", StringComparison.Ordinal) || s.Story.Url!.Contains("obus", StringComparison.Ordinal));
    }

    [Fact]
    public void ChiefOfStaffVisit_ToBagaSola_IsNotAnAttack()
    {
        var set = GroupSamples();
        var visit = IncidentOf(set, "chef-etat-major-visite-baga-sola");
        Assert.True(visit is null || visit.Stories.Count > 1 && visit.Stories[0].Story.Url!.Contains("ngouboua", StringComparison.Ordinal),
            $"the visit opened an incident of its own: {visit?.Id}");
        var features = Analyzer.Analyze("Le chef d'état-major général des armées en visite à Baga Sola",
            "Au lendemain de l'attaque de Ngouboua, le chef d'état-major général des armées s'est rendu vendredi à Baga Sola.", DateTimeOffset.UnixEpoch);
        Assert.Equal(EventType.Other, features.EventType);
    }
}
