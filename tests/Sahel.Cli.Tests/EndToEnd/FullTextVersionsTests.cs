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
public sealed class FullTextVersionsTests : IAsyncLifetime
{
    private const string Page = "/news/menaka-poste-attaque.html";
    private readonly TempDirectory _temp = new();
    private readonly LoopbackServer _server = new();
    private CliRunner Cli => new(_temp.File("sahel.db"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task ARevisedArticleBody_IsANewVersion_AndDiffShowsItsEdits()
    {
        var original = TestPages.Fixture("veilleur-fr.html");
        _server.MapFeed("/feed.xml", TestPages.Feed(_server, (Page, "Ménaka : un poste militaire attaqué")), etag: "\"v1\"");
        TestPages.MapHtml(_server, Page, original);
        var list = _temp.Write("feeds.txt", _server.Url("/feed.xml"));
        var first = await Cli.RunAsync("fetch", "--feeds", list, "--full-text");
        Assert.True(first.ExitCode == 0, first.ToString());

        _server.MapFeed("/feed.xml", TestPages.Feed(_server, (Page, "Ménaka : un poste militaire attaqué, le bilan s'alourdit")), etag: "\"v2\"");
        TestPages.MapHtml(_server, Page, original.Replace("sept soldats", "neuf soldats", StringComparison.Ordinal));
        var second = await Cli.RunAsync("fetch", "--feeds", list, "--full-text");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(2, _server.Hits(Page));

        var diff = await Cli.RunAsync("diff", _server.Url(Page), "--format", "json", "--exit-code");
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
        Assert.Equal(2, _server.Hits(Page));
        var again = await Cli.RunAsync("diff", _server.Url(Page), "--format", "json");
        using var unchanged = JsonDocument.Parse(again.Out);
        Assert.Equal(3, unchanged.RootElement.GetProperty("versions").GetArrayLength());
    }

    private static List<(string, string)> Changes(JsonElement part) =>
        part.GetProperty("diff").EnumerateArray()
            .Where(r => r.GetProperty("op").GetString() != "same")
            .Select(r => (r.GetProperty("op").GetString()!, r.GetProperty("text").GetString()!.Trim()))
            .ToList();
}
