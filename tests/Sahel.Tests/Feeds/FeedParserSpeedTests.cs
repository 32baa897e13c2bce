using System.Diagnostics;
using System.Text;
using Sahel.Feeds;
using Xunit;
using Xunit.Abstractions;

namespace Sahel.Tests.Feeds;

public sealed class FeedParserSpeedTests(ITestOutputHelper output)
{
    /// <summary>
    /// Guards the happy path against accidental whole-document work (regexes, repairs). The bound is loose
    /// (the machine is shared); the measured time is printed.
    /// </summary>
    [Fact]
    public void HappyPathStaysFast()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Le Veilleur du Liptako</title><link>https://veilleur-liptako.example/</link><language>fr</language>");
        for (var i = 0; i < 30; i++)
        {
            sb.Append($"<item><title>Attaque près de Ménaka n°{i}</title><link>https://veilleur-liptako.example/a/{i}</link><guid>https://veilleur-liptako.example/a/{i}</guid>")
              .Append("<description>&lt;p&gt;").Append(string.Concat(Enumerable.Repeat("Des hommes armés ont attaqué un convoi civil près de Ménaka. ", 8))).Append("&lt;/p&gt;</description>")
              .Append("<dc:creator>Rédaction</dc:creator><pubDate>Mon, 03 Mar 2025 14:05:09 +0100</pubDate><category>sécurité</category></item>");
        }
        var body = Encoding.UTF8.GetBytes(sb.Append("</channel></rss>").ToString());
        FeedParser.Parse(body, "utf-8", "https://veilleur-liptako.example/rss"); // warm-up

        const int feeds = 300;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < feeds; i++) Assert.Equal(30, FeedParser.Parse(body, "utf-8", "https://veilleur-liptako.example/rss").Items.Count);
        watch.Stop();
        output.WriteLine($"{feeds} feeds × 30 items ({feeds * body.Length / 1_000_000.0:F1} MB) in {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
