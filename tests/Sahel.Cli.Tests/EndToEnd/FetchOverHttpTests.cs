using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Sahel.Cli.Tests.Support;
using Sahel.Store;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// The real CLI against a real HTTP server on 127.0.0.1: status codes, validators, redirects, retries, limits.
/// Each test asserts the exit code, the per-feed summary and what the store holds.
/// </summary>
public sealed class FetchOverHttpTests : LoopbackCliTest
{
    private string FeedList(params string[] paths) =>
        Temp.Write("feeds.txt", string.Join('\n', paths.Select(Server.Url)));

    private IReadOnlyList<Model.Story> StoredStories()
    {
        using var store = SahelStore.Open(Temp.File("sahel.db"));
        return store.Stories.Query(new StoryFilter());
    }

    private FeedRecord StoredFeed(string path)
    {
        using var store = SahelStore.Open(Temp.File("sahel.db"));
        return store.Feeds.Find(Server.Url(path))!;
    }

    [Fact]
    public async Task Ok200_StoresItems_AndSecondSweepIsAConditional304()
    {
        Server.MapFeed("/feed.xml", TestFeeds.TwoItems());
        var list = FeedList("/feed.xml");

        var first = await Cli.RunAsync("fetch", "--feeds", list);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Le Veilleur du Sahel: 2 new items", first.Error);
        Assert.Equal(2, StoredStories().Count);
        Assert.Equal("\"v1\"", StoredFeed("/feed.xml").ETag);

        var second = await Cli.RunAsync("fetch", "--feeds", list);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Le Veilleur du Sahel: not modified", second.Error);
        Assert.Equal("\"v1\"", Server.Requests.Last().IfNoneMatch);
        Assert.StartsWith("sahel/", Server.Requests.Last().UserAgent);
        Assert.Equal(2, StoredStories().Count);
    }

    [Fact]
    public async Task GzipBody_IsDecompressed()
    {
        Server.Map("/gz.xml", async (context, _) =>
        {
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
                gzip.Write(Encoding.UTF8.GetBytes(TestFeeds.TwoItems()));
            context.Response.Headers["Content-Encoding"] = "gzip";
            context.Response.ContentType = "application/rss+xml";
            context.Response.ContentLength64 = compressed.Length;
            await context.Response.OutputStream.WriteAsync(compressed.ToArray());
        });
        var result = await Cli.RunAsync("fetch", "--feeds", FeedList("/gz.xml"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, StoredStories().Count);
    }

    [Fact]
    public async Task PermanentRedirectChain_IsFollowed_AndRemembered()
    {
        Server.Map("/old.xml", (c, _) => { LoopbackServer.Redirect(c, 301, "/moved.xml"); return Task.CompletedTask; });
        Server.Map("/moved.xml", (c, _) => { LoopbackServer.Redirect(c, 308, Server.Url("/final.xml")); return Task.CompletedTask; });
        Server.MapFeed("/final.xml", TestFeeds.TwoItems());
        var list = FeedList("/old.xml");

        var first = await Cli.RunAsync("fetch", "--feeds", list);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(Server.Url("/final.xml"), StoredFeed("/old.xml").RedirectLocation);

        var second = await Cli.RunAsync("fetch", "--feeds", list);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(1, Server.Hits("/old.xml"));
        Assert.Contains("not modified", second.Error);
    }

    [Fact]
    public async Task RedirectLoop_FailsTheFeed_WithTheLoopNamed()
    {
        Server.Map("/a.xml", (c, _) => { LoopbackServer.Redirect(c, 302, "/b.xml"); return Task.CompletedTask; });
        Server.Map("/b.xml", (c, _) => { LoopbackServer.Redirect(c, 302, "/a.xml"); return Task.CompletedTask; });

        var result = await Cli.RunAsync("fetch", "--feeds", FeedList("/a.xml"));
        Assert.Equal(ExitCodes.AllFeedsFailed, result.ExitCode);
        Assert.Contains("FAIL (FETCH): redirect loop", result.Error);
        Assert.Equal("failed", StoredFeed("/a.xml").LastStatus);
    }

    [Fact]
    public async Task TooManyRedirects_FailsAfterFive()
    {
        for (var i = 0; i < 8; i++)
        {
            var next = $"/hop{i + 1}.xml";
            Server.Map($"/hop{i}.xml", (c, _) => { LoopbackServer.Redirect(c, 302, next); return Task.CompletedTask; });
        }
        var result = await Cli.RunAsync("fetch", "--feeds", FeedList("/hop0.xml"));
        Assert.Equal(ExitCodes.AllFeedsFailed, result.ExitCode);
        Assert.Contains("too many redirects (more than 5)", result.Error);
    }

    [Fact]
    public async Task ServerError_ThenOk_IsRetried()
    {
        Server.Map("/flaky.xml", (c, hit) => hit == 1
            ? LoopbackServer.Respond(c, 500, "oops", "text/plain")
            : LoopbackServer.Respond(c, 200, TestFeeds.TwoItems()));

        var result = await Cli.RunAsync("fetch", "--feeds", FeedList("/flaky.xml"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, Server.Hits("/flaky.xml"));
        Assert.Equal(2, StoredStories().Count);
    }

    [Fact]
    public async Task TooManyRequests_WaitsForRetryAfter_ThenSucceeds()
    {
        Server.Map("/busy.xml", (c, hit) =>
        {
            if (hit > 1)
                return LoopbackServer.Respond(c, 200, TestFeeds.TwoItems());
            c.Response.Headers["Retry-After"] = "1";
            return LoopbackServer.Respond(c, 429, "slow down", "text/plain");
        });
        var clock = Stopwatch.StartNew();
        var result = await Cli.RunAsync("fetch", "--feeds", FeedList("/busy.xml"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, Server.Hits("/busy.xml"));
        // The retry base delay is 20 ms in tests: only Retry-After explains a wait of a second.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}");
    }

    [Fact]
    public async Task TooManyRequests_WithALongRetryAfter_FailsAtOnce()
    {
        Server.Map("/later.xml", (c, _) =>
        {
            c.Response.Headers["Retry-After"] = "7200";
            return LoopbackServer.Respond(c, 429, "come back tomorrow", "text/plain");
        });
        var result = await Cli.RunAsync("fetch", "--feeds", FeedList("/later.xml"));
        Assert.Equal(ExitCodes.AllFeedsFailed, result.ExitCode);
        Assert.Contains("FAIL (FETCH): HTTP 429", result.Error);
        Assert.Contains("asks to wait 2 hours", result.Error);
        Assert.Equal(1, Server.Hits("/later.xml"));
    }

    [Fact]
    public async Task ResponseSlowerThanTheTimeout_FailsThatFeedOnly()
    {
        Server.Map("/slow.xml", async (c, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(4));
            await LoopbackServer.Respond(c, 200, TestFeeds.TwoItems());
        });
        Server.MapFeed("/fast.xml", TestFeeds.TwoItems("Fast Outlet"));

        var result = await Cli.RunAsync("fetch", "--feeds", FeedList("/slow.xml", "/fast.xml"), "--timeout", "1", "--retries", "0");
        Assert.Equal(ExitCodes.SomeFeedsFailed, result.ExitCode);
        Assert.Contains("FAIL (FETCH): timeout after 1 second", result.Error);
        Assert.Contains("Fast Outlet: 2 new items", result.Error);
        Assert.Equal(2, StoredStories().Count);
    }

    [Fact]
    public async Task DeclaredOversizedBody_IsRefused()
    {
        Server.Map("/big.xml", async (c, _) =>
        {
            c.Response.ContentLength64 = 3 * 1024 * 1024;
            c.Response.ContentType = "application/rss+xml";
            var chunk = new byte[64 * 1024];
            for (var i = 0; i < 48; i++)
                await c.Response.OutputStream.WriteAsync(chunk);
        });
        var result = await Cli.RunAsync("fetch", "--feeds", FeedList("/big.xml"), "--max-size", "1");
        Assert.Equal(ExitCodes.AllFeedsFailed, result.ExitCode);
        Assert.Contains("FAIL (FETCH): response too large: 3 MB declared, limit 1 MB", result.Error);
    }

    [Fact]
    public async Task EndlessChunkedBody_StopsAtTheLimit()
    {
        Server.Map("/endless.xml", async (c, _) =>
        {
            c.Response.SendChunked = true;
            c.Response.ContentType = "application/rss+xml";
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            for (var i = 0; i < 1000; i++) // bounded: 64 MB at most, the client hangs up long before
                await c.Response.OutputStream.WriteAsync(chunk);
        });
        var result = await Cli.RunAsync("fetch", "--feeds", FeedList("/endless.xml"), "--max-size", "1");
        Assert.Equal(ExitCodes.AllFeedsFailed, result.ExitCode);
        Assert.Contains("response too large: more than the 1 MB limit", result.Error);
    }

    [Fact]
    public async Task MalformedXml_FailsAtParse_AndKeepsWhatWasStored()
    {
        Server.Map("/broken.xml", (c, hit) => hit == 1
            ? LoopbackServer.Respond(c, 200, TestFeeds.TwoItems())
            : LoopbackServer.Respond(c, 200, "<html><body><h1>Maintenance</h1><p>Back soon"));
        var list = FeedList("/broken.xml");
        Assert.Equal(0, (await Cli.RunAsync("fetch", "--feeds", list)).ExitCode);

        var result = await Cli.RunAsync("fetch", "--feeds", list);
        Assert.Equal(ExitCodes.AllFeedsFailed, result.ExitCode);
        Assert.Contains("FAIL (PARSE)", result.Error);
        Assert.Equal(2, StoredStories().Count);
        var feed = StoredFeed("/broken.xml");
        Assert.Equal("PARSE", feed.LastErrorStage);
        Assert.NotNull(feed.LastSuccessAt);
    }

    [Fact]
    public async Task NotFound_IsAFetchFailure_AndTheSweepStillPrintsTheTimeline()
    {
        Server.MapFeed("/good.xml", TestFeeds.TwoItems());
        var result = await Cli.RunAsync("sweep", "--feeds", FeedList("/good.xml", "/missing.xml"), "--now", "2026-03-11T00:00:00Z");
        Assert.Equal(ExitCodes.SomeFeedsFailed, result.ExitCode);
        Assert.Contains("FAIL (FETCH): HTTP 404 Not Found", result.Error);
        Assert.Contains("Attaque contre un poste militaire près de Ménaka", result.Out);
        Assert.Contains("## Tuesday 10 March 2026", result.Out);
    }

    [Fact]
    public async Task Interrupted_KeepsEveryCompletedFeed_AndTheNextSweepPicksUpTheRest()
    {
        Server.MapFeed("/fast.xml", TestFeeds.TwoItems("Fast Outlet"));
        Server.Map("/slow.xml", async (c, hit) =>
        {
            if (hit == 1)
                await Task.Delay(TimeSpan.FromSeconds(15));
            await LoopbackServer.Respond(c, 200, TestFeeds.Rss("Slow Outlet", ("s1", "Crue du fleuve à Niamey", TestFeeds.Day)));
        });
        var list = FeedList("/slow.xml", "/fast.xml");

        using var interrupt = new CancellationTokenSource();
        var run = Cli.RunAsync(["fetch", "--feeds", list], interrupt.Token);
        for (var wait = 0; wait < 200 && StoredStories().Count < 2; wait++)
            await Task.Delay(50);
        interrupt.Cancel(); // what Ctrl-C does
        var interrupted = await run;

        Assert.Equal(ExitCodes.Interrupted, interrupted.ExitCode);
        Assert.Contains("interrupted", interrupted.Error);
        Assert.Equal(2, StoredStories().Count);

        var next = await Cli.RunAsync("fetch", "--feeds", list);
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Contains("Slow Outlet: 1 new item", next.Error);
        Assert.Contains("Fast Outlet: not modified", next.Error);
        Assert.Equal(3, StoredStories().Count);
    }

    [Fact]
    public async Task ChangedItem_IsUpdatedInPlace_NotDuplicated()
    {
        Server.Map("/edit.xml", (c, hit) => LoopbackServer.Respond(c, 200, hit == 1
            ? TestFeeds.TwoItems()
            : TestFeeds.Rss("Le Veilleur du Sahel",
                ("a1", "Attaque contre un poste militaire près de Ménaka : 12 morts", TestFeeds.Day),
                ("a2", "Embuscade entre Kidal et Anéfis : le bilan s'alourdit", TestFeeds.Day.AddHours(5)))));
        var list = FeedList("/edit.xml");
        await Cli.RunAsync("fetch", "--feeds", list);
        var second = await Cli.RunAsync("fetch", "--feeds", list);
        Assert.Contains("0 new items, 1 edited", second.Error);
        var stories = StoredStories();
        Assert.Equal(2, stories.Count);
        Assert.Contains(stories, s => s.Title.EndsWith(": 12 morts", StringComparison.Ordinal));
    }
}
