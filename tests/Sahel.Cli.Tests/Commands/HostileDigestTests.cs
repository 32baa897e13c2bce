using System.Xml.Linq;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>
/// A feed written to attack the digests: markup and script in titles and summaries, a javascript: link, XML
/// that would close CDATA, and titles that spreadsheets would run as formulas.
/// </summary>
public sealed class HostileDigestTests : IAsyncLifetime
{
    private const string Now = "2026-03-15T06:00:00Z";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TempDirectory _temp = new();
    private CliRunner Cli => new(_temp.File("sahel.db"));

    public async Task InitializeAsync()
    {
        var feed = _temp.Write("hostile.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Hostile &lt;b&gt;Outlet&lt;/b&gt;</title><link>https://hostile.example/</link>
            <item><guid>h1</guid><title>&lt;script&gt;alert(1)&lt;/script&gt; Attaque à Kidal ]]&gt; &amp;amp; fin</title>
              <link>javascript:alert(1)</link><pubDate>Fri, 13 Mar 2026 10:00:00 GMT</pubDate>
              <description>&lt;img src=x onerror=alert(2)&gt;&lt;a href="javascript:alert(3)"&gt;clic&lt;/a&gt; &lt;/content&gt;&lt;/entry&gt;</description></item>
            <item><guid>h2</guid><title>=HYPERLINK("http://evil.example","clic")</title><link>https://hostile.example/2</link><pubDate>Fri, 13 Mar 2026 11:00:00 GMT</pubDate></item>
            <item><guid>h3</guid><title>+cmd|' /C calc'!A0</title><link>https://hostile.example/3</link><pubDate>Fri, 13 Mar 2026 12:00:00 GMT</pubDate></item>
            <item><guid>h4</guid><title>-2+3</title><link>https://hostile.example/4</link><pubDate>Fri, 13 Mar 2026 13:00:00 GMT</pubDate></item>
            <item><guid>h5</guid><title>@SUM(A1:A9)</title><link>https://hostile.example/5</link><pubDate>Fri, 13 Mar 2026 14:00:00 GMT</pubDate></item>
            </channel></rss>
            """);
        var list = _temp.Write("feeds.txt", feed + "\n");
        Assert.Equal(0, (await Cli.RunAsync("fetch", "--feeds", list, "--now", Now)).ExitCode);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("timeline", "--flat")]
    [InlineData("timeline")]
    public async Task Atom_CarriesFeedMarkupOnlyAsText(params string[] command)
    {
        var result = await Cli.RunAsync([.. command, "--format", "atom", "--now", Now]);
        Assert.Equal(0, result.ExitCode);
        var atom = XDocument.Parse(result.Out); // well-formed whatever the feed held
        var entries = atom.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(5, entries.Count);
        foreach (var entry in entries)
        {
            Assert.Empty(entry.Element(Atom + "title")!.Elements());
            var html = entry.Element(Atom + "content")!.Value; // the HTML a reader renders
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("</entry>", html, StringComparison.Ordinal);
        }
        // The story's title, as text: the entry's own (flat) or in its incident's list of reports (grouped).
        var scripted = entries.Single(e => e.Element(Atom + "content")!.Value.Contains("alert(1)", StringComparison.Ordinal));
        // Titles are plain text (issue 9): the feed's tags are stripped at parsing, their words kept, and what is
        // left is escaped here like any text.
        Assert.Contains("alert(1) Attaque à Kidal ]]&gt; &amp; fin", scripted.Element(Atom + "content")!.Value);
        Assert.Null(scripted.Element(Atom + "link")); // javascript: is never a link
        if (command.Contains("--flat"))
            Assert.Equal("alert(1) Attaque à Kidal ]]> & fin", scripted.Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task JsonFeed_EscapesFeedMarkupInItsHtml()
    {
        var result = await Cli.RunAsync("timeline", "--flat", "--format", "jsonfeed", "--now", Now);
        using var feed = System.Text.Json.JsonDocument.Parse(result.Out);
        foreach (var item in feed.RootElement.GetProperty("items").EnumerateArray())
        {
            var html = item.GetProperty("content_html").GetString()!;
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Csv_NeutralisesCellsThatSpreadsheetsWouldRunAsFormulas()
    {
        var result = await Cli.RunAsync("stories", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var rows = TableFormatTests.ReadCsv(result.Out);
        var title = Array.IndexOf(rows[0], "title");
        var titles = rows.Skip(1).Select(r => r[title]).ToList();
        Assert.Contains("'=HYPERLINK(\"http://evil.example\",\"clic\")", titles);
        Assert.Contains("'+cmd|' /C calc'!A0", titles);
        Assert.Contains("'-2+3", titles);
        Assert.Contains("'@SUM(A1:A9)", titles);
        Assert.All(rows.Skip(1).SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '@', cell));
        var url = Array.IndexOf(rows[0], "url");
        Assert.All(rows.Skip(1), r => Assert.DoesNotContain("javascript", r[url], StringComparison.Ordinal));
    }
}
