using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// The end-to-end case: a loopback server serves a feed, then an edited version of it (one article's
/// toll raised and its attribution dropped; another article only re-spaced, re-tagged, given a new tracking
/// parameter and an update stamp). The second sweep reports exactly the one edit, and `changes` and `diff`
/// show it and nothing else.
/// </summary>
public sealed class ArticleVersionsOverHttpTests : LoopbackCliTest
{
    [Fact]
    public async Task SecondSweep_ReportsExactlyTheEdits()
    {
        var edition = EditedFeeds.French;
        // The edited document has a new ETag, as a CMS gives a changed feed.
        Server.Map("/guetteur.xml", (context, hit) =>
        {
            context.Response.Headers["ETag"] = hit == 1 ? "\"v1\"" : "\"v2\"";
            return LoopbackServer.Respond(context, 200, EditedFeeds.Rss(edition, edited: hit > 1));
        });
        var list = Temp.Write("feeds.txt", Server.Url("/guetteur.xml") + " Le Guetteur de Gao");

        var first = await Cli.RunAsync("fetch", "--feeds", list, "--now", "2026-03-10T12:00:00Z");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Le Guetteur de Gao: 2 new items", first.Error);
        var second = await Cli.RunAsync("fetch", "--feeds", list, "--now", "2026-03-11T12:00:00Z");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Le Guetteur de Gao: 0 new items, 1 edited\n", second.Error);
        Assert.Contains("sahel: 1 feed: 0 new items, 1 edited, 0 not modified, 0 failed", second.Error);

        // `changes` lists the edited article only.
        var changes = await Cli.RunAsync("changes", "--since", "24h", "--format", "json", "--now", "2026-03-11T12:30:00Z");
        Assert.True(changes.ExitCode == 0, changes.ToString());
        using (var document = JsonDocument.Parse(changes.Out))
        {
            var article = Assert.Single(document.RootElement.GetProperty("articles").EnumerateArray());
            Assert.Equal(edition.EditedUrl, article.GetProperty("url").GetString());
            Assert.Equal(2, article.GetProperty("versions").GetInt32());
        }

        // `diff URL` shows exactly the changed words and the changed claims.
        var diff = await Cli.RunAsync("diff", edition.EditedUrl, "--format", "json", "--exit-code");
        Assert.Equal(ExitCodes.DifferencesFound, diff.ExitCode);
        using (var document = JsonDocument.Parse(diff.Out))
        {
            var root = document.RootElement;
            Assert.Equal([("removed", "12 "), ("added", "au moins 20 "), ("removed", ", selon l'armée")], Changes(root.GetProperty("title")));
            Assert.Equal([("removed", "Selon l'armée, 12"), ("added", "Au moins 20")], Changes(root.GetProperty("text")));
            var claims = root.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("description").GetString()).ToList();
            Assert.Contains(claims, c => c!.StartsWith("toll 12 → ", StringComparison.Ordinal) && c.Contains("20", StringComparison.Ordinal));
            Assert.Contains("attribution 'selon l'armée' removed", claims);
        }
        var markdown = await Cli.RunAsync("diff", edition.EditedUrl);
        Assert.Contains("~~Selon l'armée, 12~~ **Au moins 20**", markdown.Out);
        Assert.Contains("- attribution 'selon l'armée' removed", markdown.Out);

        // The touched-up article has one version: no differences, exit 0.
        var touched = await Cli.RunAsync("diff", edition.TouchedUrl, "--exit-code");
        Assert.True(touched.ExitCode == ExitCodes.Success, touched.ToString());
        Assert.Contains("One version: not edited since first seen 2026-03-10 12:00 UTC.", touched.Out);
    }

    private static List<(string, string)> Changes(JsonElement part) =>
        part.GetProperty("diff").EnumerateArray()
            .Where(r => r.GetProperty("op").GetString() != "same")
            .Select(r => (r.GetProperty("op").GetString()!, r.GetProperty("text").GetString()!))
            .ToList();
}
