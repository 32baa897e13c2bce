using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>The filters of `timeline` and `sweep` (--country, --lang, --actor, --place, --search, --feed) on the samples.</summary>
public sealed class DigestFilterTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private const string Now = SampleStore.Now;

    private async Task<JsonElement> Timeline(params string[] filters)
    {
        var result = await samples.Cli.RunAsync(["timeline", "--format", "json", "--now", Now, .. filters]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement;
    }

    private static IEnumerable<JsonElement> Incidents(JsonElement timeline) => timeline.GetProperty("incidents").EnumerateArray();

    private static IEnumerable<JsonElement> Stories(JsonElement timeline) => timeline.GetProperty("stories").EnumerateArray();

    [Fact]
    public async Task Country_KeepsTheIncidentsWithAPlaceThere_AndTheStoriesAboutIt()
    {
        var all = await Timeline();
        var chad = await Timeline("--country", "TD");
        Assert.NotEmpty(Incidents(chad));
        Assert.True(Incidents(chad).Count() < Incidents(all).Count());
        Assert.All(Incidents(chad), i => Assert.Contains(i.GetProperty("places").EnumerateArray(), p => p.GetProperty("country").GetString() == "TD"));
        // Ids do not depend on the filters: incidents are grouped first.
        Assert.Subset(Incidents(all).Select(i => i.GetProperty("id").GetString()).ToHashSet(), Incidents(chad).Select(i => i.GetProperty("id").GetString()).ToHashSet());
    }

    [Fact]
    public async Task Lang_KeepsIncidentsReportedInIt_AndStoriesWrittenInIt_FlatToo()
    {
        var arabic = await Timeline("--lang", "ar");
        Assert.NotEmpty(Incidents(arabic));
        Assert.All(Incidents(arabic), i => Assert.Contains("ar", i.GetProperty("counts").GetProperty("languages").EnumerateArray().Select(l => l.GetString())));
        var flat = await Timeline("--lang", "fr", "--flat");
        Assert.NotEmpty(Stories(flat));
        Assert.All(Stories(flat), s => Assert.Equal("fr", s.GetProperty("lang").GetString()));
    }

    [Fact]
    public async Task Actor_Place_Search_And_Feed_NarrowToTheAnefisAmbush()
    {
        foreach (var filter in (string[][])[["--actor", "FLA"], ["--place", "Kidal"], ["--search", "anefis"], ["--feed", "tamarinier"]])
        {
            var timeline = await Timeline(filter);
            var ids = Incidents(timeline).Select(i => i.GetProperty("id").GetString()).ToList();
            Assert.Contains("inc-cc393ec6f2c02bc2", ids);
            Assert.True(ids.Count < Incidents(await Timeline()).Count(), string.Join(' ', filter));
        }
        var jnim = await Timeline("--actor", "JNIM");
        Assert.DoesNotContain("inc-cc393ec6f2c02bc2", Incidents(jnim).Select(i => i.GetProperty("id").GetString()));
        var harmattan = await Timeline("--feed", "harmattan", "--flat");
        Assert.All(Stories(harmattan), s => Assert.Contains("harmattan", s.GetProperty("feed").GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownActorOrPlace_IsAUsageError()
    {
        var actor = await samples.Cli.RunAsync("timeline", "--actor", "Nobody At All");
        Assert.Equal(2, actor.ExitCode);
        Assert.Contains("--actor", actor.Error);
        var place = await samples.Cli.RunAsync("sweep", "--place", "Atlantis", "--feeds", Path.Combine(RepoPaths.Samples, "feeds.opml"));
        Assert.Equal(2, place.ExitCode);
        Assert.Contains("--place", place.Error);
    }
}
