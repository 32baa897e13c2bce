using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>
/// One hostile fixture (Fixtures/Hostile) through every renderer: timeline, stories, incidents, both diffs,
/// changes, the feed list and extract, in Markdown, JSON, JSON Lines and tables. No bidi control, zero-width
/// character or control character reaches any output, JSON stays valid and keeps apostrophes readable, and
/// no published output names a folder of this machine.
/// </summary>
public sealed class HostileTextRenderersTests : IDisposable
{
    private const string Now = "2026-03-12T00:00:00Z";
    private readonly TempDirectory _temp = new();
    private CliRunner Cli => new(_temp.File("sahel.db"));

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Hostile", name);

    [Fact]
    public async Task EveryRenderer_OverTheHostileFixture_PublishesNoControlsAndNoLocalPath()
    {
        // The feeds live in the test's own folder, so its path is what must never be published.
        var rss = _temp.File("feeds/veilleur.rss.xml");
        Directory.CreateDirectory(Path.GetDirectoryName(rss)!);
        File.Copy(Fixture("hostile.rss.xml"), rss);
        File.Copy(Fixture("hostile.feed.json"), _temp.File("feeds/sahelwatch.feed.json"));
        var list = _temp.Write("feeds/list.txt", "veilleur.rss.xml\nsahelwatch.feed.json\n");
        Assert.Equal(0, (await Cli.RunAsync("fetch", "--feeds", list, "--now", "2026-03-10T12:00:00Z")).ExitCode);
        File.Copy(Fixture("hostile.edited.rss.xml"), rss, overwrite: true);
        File.SetLastWriteTimeUtc(rss, DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(0, (await Cli.RunAsync("fetch", "--feeds", list, "--now", "2026-03-11T12:00:00Z")).ExitCode);

        var incidents = await Cli.RunAsync("incidents", "--format", "json", "--now", Now);
        var incident = JsonDocument.Parse(incidents.Out).RootElement.GetProperty("incidents")[0].GetProperty("id").GetString()!;
        const string article = "https://veilleur.example/2026/03/10/embuscade-kidal";

        string[][] published =
        [
            ["timeline", "--format", "md"], ["timeline", "--format", "json"], ["timeline", "--flat"],
            ["stories"], ["stories", "--format", "json"], ["stories", "--format", "ndjson"],
            ["incidents"], ["incidents", "--format", "json"],
            ["diff", incident], ["diff", incident, "--format", "json"],
            ["diff", article], ["diff", article, "--format", "json"],
            ["changes"], ["changes", "--format", "json"],
            ["sweep", "--feeds", list, "--format", "json"], ["sweep", "--feeds", list],
            // The digest formats (issue 11) go through the same cleaning.
            ["timeline", "--format", "atom"], ["timeline", "--flat", "--format", "atom"], ["timeline", "--format", "jsonfeed"],
            ["incidents", "--format", "geojson"], ["incidents", "--format", "csv"], ["incidents", "--format", "acled"],
            ["stories", "--format", "csv"],
        ];
        foreach (var args in published)
        {
            var result = await Cli.RunAsync([.. args, "--now", Now]);
            Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result}");
            AssertClean(result.Out, string.Join(' ', args));
            AssertClean(result.Error, string.Join(' ', args) + " (stderr)");
            Assert.DoesNotContain(_temp.Path, result.Out);
        }
        var terminal = await new CliRunner(_temp.File("sahel.db")) { OutIsTerminal = true }.RunAsync("stories", "--now", Now);
        // The table is drawn without colour off a real console; an escape from a feed (ESC [31m) loses its ESC.
        AssertClean(terminal.Out, "stories on a terminal");

        // Not published, but printed: the feed list (which names your own files) and extract of a page you gave.
        foreach (var args in new[] { new[] { "feeds", "list" }, ["feeds", "list", "--format", "json"],
                     ["extract", Fixture("hostile-page.html")], ["extract", Fixture("hostile-page.html"), "--format", "md"],
                     ["extract", Fixture("hostile-page.html"), "--format", "json"] })
        {
            var result = await Cli.RunAsync(args);
            Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result}");
            AssertClean(result.Out, string.Join(' ', args));
        }
    }

    [Fact]
    public async Task Json_KeepsApostrophesGreppable_AndEscapesHtml()
    {
        var result = await Cli.RunAsync("sweep", "--feeds", _temp.Write("list.txt", Fixture("hostile.rss.xml")), "--format", "json", "--now", Now);
        Assert.Contains("l'armée", result.Out);
        Assert.DoesNotContain("\\u0027", result.Out);
        Assert.DoesNotContain("<script>", result.Out);
        JsonDocument.Parse(result.Out).Dispose();
    }

    [Fact]
    public async Task StoriesJson_PublishesTheFeedFileName_NotItsPath()
    {
        var result = await Cli.RunAsync("sweep", "--feeds", _temp.Write("list.txt", Fixture("hostile.rss.xml")), "--format", "json", "--now", Now);
        using var document = JsonDocument.Parse(result.Out);
        var story = document.RootElement.GetProperty("stories")[0];
        Assert.Equal("hostile.rss.xml", story.GetProperty("feed").GetString());
        Assert.DoesNotContain(AppContext.BaseDirectory.TrimEnd('/'), result.Out);
    }

    private static void AssertClean(string output, string what)
    {
        foreach (var c in output)
        {
            var bad = c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200B' or '\uFEFF'
                || (char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
            Assert.False(bad, $"{what}: U+{(int)c:X4} in the output:\n{output}");
        }
        foreach (var escaped in new[] { "\\u202E", "\\u202e", "\\u2066", "\\u0007", "\\u001B", "\\u001b", "\\u0000", "\\u0085", "\\u200B" })
            Assert.DoesNotContain(escaped, output);
        if (output.TrimStart().StartsWith('{'))
        {
            foreach (var line in output.TrimStart().StartsWith("{\n", StringComparison.Ordinal) ? [output] : output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                JsonDocument.Parse(line).Dispose();
        }
    }

    public void Dispose() => _temp.Dispose();
}
