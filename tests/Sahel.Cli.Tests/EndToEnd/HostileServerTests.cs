using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Security;
using System.Text;
using Microsoft.Data.Sqlite;
using Sahel.Cli.Tests.Support;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// One sweep of a hostile host on loopback: every trick a feed server can play, all from 127.0.0.1 (so the
/// per-host limit serialises them, as it would in the wild), next to valid feeds including one of 9 MB and
/// 40,000 items. The sweep ends well within 90 s, every failure is labelled with its stage, every valid feed is
/// stored whole, and nothing on the local disk is read (a canary file named by XXE and a redirect stays unread).
/// </summary>
public sealed class HostileServerTests(Xunit.Abstractions.ITestOutputHelper log) : LoopbackCliTest
{
    private const string Canary = "CANARY-d41d8cd98f00b204";
    private const int BigItems = 40_000;
    private readonly CancellationTokenSource _stop = new();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Rss(string title, string items) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{title}</title><link>https://hostile.example/</link>{items}</channel></rss>";

    private static string Item(string guid, string title, DateTimeOffset published) =>
        $"<item><guid isPermaLink=\"false\">{guid}</guid><title>{SecurityElement.Escape(title)}</title><link>https://hostile.example/{guid}</link>" +
        $"<pubDate>{published.ToString("r", CultureInfo.InvariantCulture)}</pubDate><description>Texte de test écrit pour sahel, dépêche {guid}.</description></item>";

    private static readonly DateTimeOffset Recent = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A valid RSS feed of 40,000 items, about 9 MB, dated years back so the digest stays small.</summary>
    private static byte[] BigFeed()
    {
        var builder = new StringBuilder(9_500_000);
        builder.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Archive Outlet</title><link>https://archive.example/</link>");
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < BigItems; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<item><guid>big-{i}</guid><title>Archive {i} : conseil régional à Mopti</title>");
            builder.Append(CultureInfo.InvariantCulture, $"<link>https://archive.example/2020/{i}</link><pubDate>{start.AddMinutes(i).ToString("r", CultureInfo.InvariantCulture)}</pubDate>");
            builder.Append(CultureInfo.InvariantCulture, $"<description>Compte rendu {i}.</description></item>");
        }
        builder.Append("</channel></rss>");
        return Utf8(builder.ToString());
    }

    private static byte[] GzipOfZeros(int megabytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
                gzip.Write(zeros);
        }
        return output.ToArray();
    }

    private static async Task Send(HttpListenerContext context, byte[] body, string type = "application/rss+xml; charset=utf-8", int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
    }

    private void MapHostileHost(string canaryFile)
    {
        var token = _stop.Token;
        var canaryUrl = new Uri(canaryFile).AbsoluteUri;
        // Time: a trickle that never ends, a server that never answers, a body that never ends.
        Server.Map("/slow-drip.xml", async (c, _) =>
        {
            c.Response.SendChunked = true;
            c.Response.ContentType = "application/rss+xml";
            await c.Response.OutputStream.WriteAsync(Utf8("<?xml version=\"1.0\"?><rss><channel>"), token);
            while (!token.IsCancellationRequested)
            {
                await c.Response.OutputStream.WriteAsync(Utf8(" "), token);
                await c.Response.OutputStream.FlushAsync(token);
                await Task.Delay(300, token);
            }
        });
        Server.Map("/no-answer.xml", (_, _) => Task.Delay(TimeSpan.FromSeconds(60), token));
        Server.Map("/endless.xml", async (c, _) =>
        {
            c.Response.SendChunked = true;
            c.Response.ContentType = "application/rss+xml";
            var chunk = Utf8(string.Concat(Enumerable.Repeat("<item><title>encore</title></item>", 2000)));
            await c.Response.OutputStream.WriteAsync(Utf8("<rss><channel>"), token);
            while (!token.IsCancellationRequested)
                await c.Response.OutputStream.WriteAsync(chunk, token);
        });
        var bomb = GzipOfZeros(64);
        Server.Map("/gzip-bomb.xml", (c, _) =>
        {
            c.Response.Headers["Content-Encoding"] = "gzip";
            return Send(c, bomb);
        });
        // Redirects: a loop, and a chain of 8 (longer than the limit of 5).
        Server.Map("/loop.xml", (c, _) => { LoopbackServer.Redirect(c, 302, "/loop.xml"); return Task.CompletedTask; });
        for (var i = 1; i <= 8; i++)
        {
            var next = i == 8 ? "/valid.xml" : $"/chain-{i + 1}.xml";
            Server.Map($"/chain-{i}.xml", (c, _) => { LoopbackServer.Redirect(c, 301, next); return Task.CompletedTask; });
        }
        Server.Map("/to-file.xml", (c, _) => { LoopbackServer.Redirect(c, 302, canaryUrl); return Task.CompletedTask; });
        // Entities: a local file and a loopback URL named by XXE, and the billion laughs.
        Server.Map("/xxe.xml", (c, _) => Send(c, Utf8($"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY file SYSTEM "{canaryUrl}"><!ENTITY remote SYSTEM "{Server.Url("/xxe-canary")}">]>
            <rss version="2.0"><channel><title>XXE</title><item><guid>x1</guid><title>&file;&remote;</title></item></channel></rss>
            """)));
        var laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
            laughs.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        laughs.Append("]><rss version=\"2.0\"><channel><title>Laughs</title><item><guid>l1</guid><title>&lol9;</title></item></channel></rss>");
        Server.Map("/billion-laughs.xml", (c, _) => Send(c, Utf8(laughs.ToString())));
        // Bodies that are not feeds.
        Server.Map("/malformed.xml", (c, _) => Send(c, Utf8("<rss version=\"2.0\"><channel><title>Cassé</title><item><title>a</titl</item></chan")));
        Server.Map("/page.html", (c, _) => Send(c, Utf8("<!DOCTYPE html><html><head><title>Accueil</title></head><body><p>Pas un flux.</p></body></html>"), "text/html; charset=utf-8"));
        Server.Map("/empty.xml", (c, _) => Send(c, []));
        Server.Map("/binary.xml", (c, _) => Send(c, Enumerable.Range(0, 4096).Select(i => (byte)(i * 131 % 251)).ToArray(), "application/octet-stream"));
        Server.Map("/nul.xml", (c, _) => Send(c, Utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>N\0U\0L</title><item><guid>n1</guid><title>\0\0\0</title></item></channel></rss>")));
        var deep = Utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Repeat("<a>", 200_000)) + string.Concat(Enumerable.Repeat("</a>", 200_000)) + "</channel></rss>");
        Server.Map("/deep.xml", (c, _) => Send(c, deep));
        // Status codes that deserve a retry.
        Server.Map("/500-then-200.xml", (c, hit) => hit == 1
            ? Send(c, Utf8("erreur"), "text/plain", 500)
            : Send(c, Utf8(Rss("Retry Outlet", Item("r1", "Crue du fleuve à Niamey", Recent)))));
        Server.Map("/429.xml", (c, hit) =>
        {
            if (hit > 1)
                return Send(c, Utf8(Rss("Patient Outlet", Item("p1", "Marché de Gao rouvert", Recent))));
            c.Response.Headers["Retry-After"] = "1";
            return Send(c, Utf8("trop de requêtes"), "text/plain", 429);
        });
        // Valid but lying or hostile in its text.
        Server.Map("/charset-lie.xml", (c, _) => Send(c,
            Encoding.Latin1.GetBytes(Rss("Menteur", Item("c1", "Ménaka : la délégation arrivée à Ansongo", Recent))), "application/rss+xml; charset=utf-8"));
        Server.Map("/injection.xml", (c, _) => Send(c, Utf8(Rss("Injection\u202E Outlet",
            Item("i1", "Kidal\u202E [clic](javascript:alert(1)) <script>alert(1)</script> \u2066# titre", Recent) +
            Item("i2", "Ansongo | colonne | ![pixel](https://tracker.example/p.gif)", Recent.AddHours(1))))));
        Server.Map("/valid.xml", (c, _) => Send(c, Utf8(Rss("Valid Outlet", Item("v1", "Réunion à Niamey sur la sécurité alimentaire", Recent)))));
        var big = BigFeed();
        Assert.InRange(big.Length, 8_500_000, 9_900_000);
        Server.Map("/big.xml", (c, _) => Send(c, big));
    }

    private static readonly string[] Failing =
    [
        "/slow-drip.xml", "/no-answer.xml", "/endless.xml", "/gzip-bomb.xml", "/loop.xml", "/chain-1.xml", "/to-file.xml",
        "/billion-laughs.xml", "/malformed.xml", "/page.html", "/empty.xml", "/binary.xml", "/deep.xml",
    ];

    // Stored or refused, both are fine, as long as the line says which; what must hold is that nothing leaks.
    private static readonly string[] Either = ["/xxe.xml", "/nul.xml", "/charset-lie.xml"];

    private static readonly (string Path, int Items)[] Valid =
        [("/500-then-200.xml", 1), ("/429.xml", 1), ("/injection.xml", 2), ("/valid.xml", 1), ("/big.xml", BigItems)];

    [Fact]
    public async Task SweepOfAHostileHost_EndsInTime_LabelsEveryFailure_StoresEveryValidFeed_ReadsNoLocalFile()
    {
        var canary = Temp.Write("canary.txt", Canary);
        MapHostileHost(canary);
        var paths = Failing.Concat(Either).Concat(Valid.Select(v => v.Path)).ToList();
        var list = Temp.Write("hostile.txt", string.Join('\n', paths.Select(Server.Url)));

        var clock = Stopwatch.StartNew();
        var result = await Cli.RunAsync("sweep", "--feeds", list, "--since", "2026-03-01", "--now", "2026-03-12T00:00:00Z",
            // Short limits: 2 s a request, one retry. The feed deadline also counts the wait for one of the host's two
            // slots, which the slow sources hold, so it is left long enough for the feeds queued behind them.
            "--timeout", "2", "--feed-timeout", "30", "--retries", "1");
        clock.Stop();
        _stop.Cancel();
        log.WriteLine($"sweep took {clock.Elapsed.TotalSeconds:0.0} s\n{result.Error}");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"the sweep took {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(result.ExitCode == ExitCodes.SomeFeedsFailed, result.ToString());
        var lines = result.Error.Split('\n');
        foreach (var path in Failing)
            Assert.True(lines.Any(l => l.Contains($"({Server.Url(path)}) FAIL (")), $"{path} is not labelled as failed:\n{result.Error}");
        foreach (var path in Either)
            Assert.True(lines.Any(l => l.Contains($"({Server.Url(path)}) FAIL (") || (l.Contains(": 1 new item") && !l.Contains("FAIL"))) || lines.Any(l => l.Contains(Server.Url(path))),
                $"{path} has no line of its own:\n{result.Error}");
        Assert.Contains($"({Server.Url("/deep.xml")}) FAIL (PARSE)", result.Error);
        Assert.Contains($"({Server.Url("/billion-laughs.xml")}) FAIL (PARSE)", result.Error);
        Assert.Contains($"({Server.Url("/gzip-bomb.xml")}) FAIL (FETCH): response too large", result.Error);

        using var connection = new SqliteConnection($"Data Source={Temp.File("sahel.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (var (path, items) in Valid)
        {
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM items JOIN feeds ON feeds.id = items.feed_id WHERE feeds.location = $url";
            count.Parameters.AddWithValue("$url", Server.Url(path));
            Assert.True(items == Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture), $"{path}: expected {items} stored items\n{result.Error}");
        }
        using (var leak = connection.CreateCommand())
        {
            leak.CommandText = "SELECT COUNT(*) FROM items WHERE title LIKE '%CANARY%' OR summary_html LIKE '%CANARY%' OR content_html LIKE '%CANARY%'";
            Assert.Equal(0L, (long)leak.ExecuteScalar()!);
        }
        Assert.DoesNotContain(Canary, result.Out + result.Error);
        Assert.Equal(0, Server.Hits("/xxe-canary"));

        // The digest shows the injected titles as text: no bidi override, no link, no HTML.
        Assert.Contains("Kidal", result.Out);
        Assert.False((result.Out + result.Error).Contains('\u202E'), result.ToString());
        Assert.DoesNotContain("<script>", result.Out);
        Assert.Contains(@"\[clic\](javascript:", result.Out); // escaped: text, not a link
    }

    public override async Task DisposeAsync()
    {
        _stop.Cancel();
        _stop.Dispose();
        await base.DisposeAsync();
    }
}
