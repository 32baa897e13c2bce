using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// The toll is in the article, not in the feed's one-line brief: once `fetch --full-text` has stored the page,
/// the incident diff reads the figure and its source from the body.
/// </summary>
public sealed class FullTextClaimsTests : LoopbackCliTest
{
    [Fact]
    public async Task IncidentDiff_ReadsTheTollFromTheStoredArticle()
    {
        const string page = "/news/menaka-poste-attaque.html";
        Server.MapFeed("/feed.xml", TestPages.Feed(Server, (page, "Ménaka : un poste militaire attaqué à l'aube")));
        TestPages.MapHtml(Server, page, TestPages.Fixture("veilleur-fr.html"));
        var list = Temp.Write("feeds.txt", Server.Url("/feed.xml"));

        Assert.Equal(0, (await Cli.RunAsync("fetch", "--feeds", list)).ExitCode);
        var id = await IncidentId();
        var before = await Cli.RunAsync("diff", id, "--format", "json");
        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.Empty(Tolls(before.Out));

        var fetched = await Cli.RunAsync("fetch", "--feeds", list, "--full-text");
        Assert.True(fetched.ExitCode == 0, fetched.ToString());
        Assert.Equal(id, await IncidentId());
        var after = await Cli.RunAsync("diff", id, "--format", "json");
        Assert.True(after.ExitCode == 0, after.ToString());
        var killed = Assert.Single(Tolls(after.Out), t => t.GetProperty("kind").GetString() == "killed");
        Assert.Equal("soldiers", killed.GetProperty("victims").GetString());
        Assert.Equal(7, killed.GetProperty("low").GetInt32());
        var report = Assert.Single(killed.GetProperty("reports").EnumerateArray());
        // "Un élu de la commune affirme que sept soldats ont été tués …, un bilan que l'état-major n'avait pas
        // confirmé": the figure is the local official's, and the army's denial of confirmation attributes nothing.
        Assert.Equal("local", report.GetProperty("sourceKind").GetString());
    }

    private async Task<string> IncidentId()
    {
        var result = await Cli.RunAsync("incidents", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        return Assert.Single(json.RootElement.GetProperty("incidents").EnumerateArray()).GetProperty("id").GetString()!;
    }

    private static List<JsonElement> Tolls(string diffJson)
    {
        using var json = JsonDocument.Parse(diffJson);
        return json.RootElement.GetProperty("tolls").EnumerateArray().Select(t => t.Clone()).ToList();
    }
}
