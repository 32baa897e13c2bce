using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// An outlet revises the body of an article it already published (the toll goes from seven to nine) and touches
/// its feed item: the recheck of the stored page records the new body as a version, and `diff URL` shows the
/// words and the toll that changed in the article itself, not only in the feed's brief.
/// </summary>
public sealed class FullTextVersionsTests : LoopbackCliTest
{
    private const string Page = "/news/menaka-poste-attaque.html";

    [Fact]
    public async Task ARevisedArticleBody_IsANewVersion_AndDiffShowsItsEdits()
    {
        var original = TestPages.Fixture("veilleur-fr.html");
        Server.MapFeed("/feed.xml", TestPages.Feed(Server, (Page, "Ménaka : un poste militaire attaqué")), etag: "\"v1\"");
        TestPages.MapHtml(Server, Page, original);
        var list = Temp.Write("feeds.txt", Server.Url("/feed.xml"));
        var first = await Cli.RunAsync("fetch", "--feeds", list, "--full-text");
        Assert.True(first.ExitCode == 0, first.ToString());

        Server.MapFeed("/feed.xml", TestPages.Feed(Server, (Page, "Ménaka : un poste militaire attaqué, le bilan s'alourdit")), etag: "\"v2\"");
        TestPages.MapHtml(Server, Page, original.Replace("sept soldats", "neuf soldats", StringComparison.Ordinal));
        var second = await Cli.RunAsync("fetch", "--feeds", list, "--full-text");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(2, Server.Hits(Page));

        var diff = await Cli.RunAsync("diff", Server.Url(Page), "--format", "json", "--exit-code");
        Assert.True(diff.ExitCode == ExitCodes.DifferencesFound, diff.ToString());
        using var document = JsonDocument.Parse(diff.Out);
        var root = document.RootElement;
        Assert.Equal(3, root.GetProperty("versions").GetArrayLength()); // the original, the feed's edit, the body's edit
        var text = Changes(root.GetProperty("text"));
        Assert.Equal([("removed", "sept"), ("added", "neuf")], text);
        var claims = root.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("description").GetString()!).ToList();
        Assert.Contains(claims, c => c.Contains('7') && c.Contains('9'));

        // A third fetch with nothing new in the feed fetches no page and records no version.
        var third = await Cli.RunAsync("fetch", "--feeds", list, "--full-text");
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Equal(2, Server.Hits(Page));
        var again = await Cli.RunAsync("diff", Server.Url(Page), "--format", "json");
        using var unchanged = JsonDocument.Parse(again.Out);
        Assert.Equal(3, unchanged.RootElement.GetProperty("versions").GetArrayLength());
    }

    private static List<(string, string)> Changes(JsonElement part) =>
        part.GetProperty("diff").EnumerateArray()
            .Where(r => r.GetProperty("op").GetString() != "same")
            .Select(r => (r.GetProperty("op").GetString()!, r.GetProperty("text").GetString()!.Trim()))
            .ToList();
}
