using System.Text;
using Sahel.Cli.Tests.Support;
using Sahel.Store;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// `fetch --full-text` against a real HTTP server on 127.0.0.1: a feed whose items link to a French page, an
/// Arabic page in windows-1256, a page over the size cap, a 404 and a page robots.txt disallows. Each test
/// asserts the exit code, the stderr summary and what item_pages holds.
/// </summary>
public sealed class FullTextFetchTests : LoopbackCliTest
{
    private const string French = "/news/menaka-poste-attaque.html";
    private const string Arabic = "/ar/anefis-kamin.html";
    private const string Huge = "/news/commentaires.html";
    private const string Gone = "/news/retire.html";
    private const string Disallowed = "/archives/2026/kidal.html";

    private string ServeTheFiveItems()
    {
        Server.MapFeed("/feed.xml", TestPages.Feed(Server,
            (French, "Ménaka : un poste militaire attaqué"),
            (Arabic, "كمين قرب أنفيس"),
            (Huge, "Les lecteurs réagissent"),
            (Gone, "Un article retiré"),
            (Disallowed, "Archives : Kidal en 2026")));
        TestPages.MapHtml(Server, French, TestPages.Fixture("veilleur-fr.html"));
        TestPages.MapEncoded(Server, Arabic, TestPages.Fixture("sada-ar.html"), "windows-1256");
        TestPages.MapHtml(Server, Huge, TestPages.Huge(1_300_000));
        TestPages.MapHtml(Server, Disallowed, TestPages.Fixture("veilleur-fr.html").Replace("Ménaka", "Kidal", StringComparison.Ordinal));
        TestPages.MapText(Server, "/robots.txt", TestPages.Fixture("robots.txt"));
        return Temp.Write("feeds.txt", Server.Url("/feed.xml"));
    }

    private StoredPage? Page(string path)
    {
        using var store = SahelStore.Open(Temp.File("sahel.db"));
        var story = store.Stories.Query(new StoryFilter()).Single(s => s.Url == Server.Url(path));
        return store.Pages.Find(story.Id);
    }

    [Fact]
    public async Task FullText_StoresArticles_AndRecordsWhyOtherPagesWereNot()
    {
        var list = ServeTheFiveItems();

        var result = await Cli.RunAsync("fetch", "--feeds", list, "--full-text", "--max-size", "1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Le Veilleur du Sahel: 5 new items", result.Error);
        Assert.Contains($"page {Server.Url(Gone)} FAIL (FETCH): HTTP 404 Not Found", result.Error);
        Assert.Contains($"page {Server.Url(Huge)} FAIL (FETCH): response too large", result.Error);
        Assert.Contains($"page {Server.Url(Disallowed)} FAIL (ROBOTS): disallowed by robots.txt (Disallow: /archives/)", result.Error);
        Assert.DoesNotContain($"page {Server.Url(French)}", result.Error);
        Assert.EndsWith("sahel: 5 pages: 2 stored, 2 failed, 1 skipped\n", result.Error.ReplaceLineEndings("\n"));
        Assert.Equal(1, Server.Hits("/robots.txt"));
        Assert.Equal(0, Server.Hits(Disallowed));

        var french = Page(French)!;
        Assert.Equal(PageStatus.Ok, french.Page.Status);
        Assert.Contains("Des hommes armés ont attaqué mardi à l'aube un poste de l'armée malienne", french.Page.Text);
        Assert.Contains("\n\nL'assaut a duré près de deux heures.", french.Page.Text);
        Assert.DoesNotContain("À lire aussi", french.Page.Text);
        Assert.DoesNotContain("cookies", french.Page.Text);
        Assert.Equal("Ménaka : un poste militaire attaqué à l'aube", french.Page.Title);
        Assert.Equal("Le Veilleur du Sahel", french.Page.SiteName);
        Assert.Equal("fr", french.Page.Lang);
        Assert.Equal("https://veilleur.example/2026/03/10/menaka-poste-attaque", french.Page.CanonicalUrl);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero), french.Page.Published);
        Assert.Equal(200, french.Page.HttpStatus);
        Assert.NotNull(french.ContentHash);

        var arabic = Page(Arabic)!;
        Assert.Equal(PageStatus.Ok, arabic.Page.Status);
        Assert.Contains("قالت مصادر محلية إن قافلة عسكرية تعرضت صباح الثلاثاء لكمين", arabic.Page.Text);
        Assert.Equal("windows-1256", arabic.Page.Encoding);
        Assert.Equal("rtl", arabic.Page.Direction);
        Assert.Equal("ar", arabic.Page.Lang);

        var huge = Page(Huge)!;
        Assert.Equal((PageStatus.Failed, "FETCH", false), (huge.Page.Status, huge.Page.Stage, huge.Page.Retry));
        Assert.Null(huge.Page.Text);

        var gone = Page(Gone)!;
        Assert.Equal((PageStatus.Failed, "FETCH", 404), (gone.Page.Status, gone.Page.Stage, gone.Page.HttpStatus));

        var disallowed = Page(Disallowed)!;
        Assert.Equal((PageStatus.Skipped, "ROBOTS"), (disallowed.Page.Status, disallowed.Page.Stage));
        Assert.Contains("disallowed by robots.txt", disallowed.Page.Reason);
    }

    [Fact]
    public async Task StoriesCarryTheFullText_AndKeepTheirFeedTextWhenThePageFailed()
    {
        var list = ServeTheFiveItems();
        await Cli.RunAsync("fetch", "--feeds", list, "--full-text", "--max-size", "1");

        using var store = SahelStore.Open(Temp.File("sahel.db"));
        var stories = store.Stories.Query(new StoryFilter()).ToDictionary(s => s.Url!);
        Assert.Contains("sept soldats ont été tués", stories[Server.Url(French)].FullText);
        Assert.NotNull(stories[Server.Url(French)].PageHash);
        var gone = stories[Server.Url(Gone)];
        Assert.Null(gone.FullText);
        Assert.Null(gone.PageHash);
        Assert.Equal("Brève : Un article retiré.", gone.Summary);
        Assert.Equal(gone.ContentHash, gone.AnalysisHash);

        var json = await Cli.RunAsync("stories", "--format", "json");
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        var byUrl = document.RootElement.GetProperty("stories").EnumerateArray().ToDictionary(s => s.GetProperty("url").GetString()!);
        var fullText = byUrl[Server.Url(French)].GetProperty("fullText").GetString()!;
        Assert.StartsWith("Des hommes armés ont attaqué mardi à l'aube", fullText);
        Assert.Contains(".\n\nL'assaut a duré près de deux heures.", fullText);
        Assert.False(byUrl[Server.Url(Gone)].TryGetProperty("fullText", out _));

        var search = await Cli.RunAsync("stories", "--search", "sept soldats", "--format", "json");
        Assert.Single(System.Text.Json.JsonDocument.Parse(search.Out).RootElement.GetProperty("stories").EnumerateArray());
    }

    [Fact]
    public async Task SecondRun_RefetchesNothing_AndIgnoreRobots_FetchesTheDisallowedPage()
    {
        var list = ServeTheFiveItems();
        await Cli.RunAsync("fetch", "--feeds", list, "--full-text", "--max-size", "1");

        var second = await Cli.RunAsync("fetch", "--feeds", list, "--full-text", "--max-size", "1");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Le Veilleur du Sahel: not modified", second.Error);
        Assert.Contains("sahel: no pages to fetch", second.Error);
        foreach (var path in new[] { French, Arabic, Huge, Gone })
            Assert.Equal(1, Server.Hits(path));
        Assert.Equal(1, Page(French)!.Tries);

        var third = await Cli.RunAsync("fetch", "--feeds", list, "--full-text", "--ignore-robots");
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Contains("sahel: 1 page: 1 stored, 0 failed, 0 skipped", third.Error);
        Assert.Equal(1, Server.Hits(Disallowed));
        Assert.Equal(1, Server.Hits("/robots.txt"));
        var archived = Page(Disallowed)!;
        Assert.Equal(PageStatus.Ok, archived.Page.Status);
        Assert.Contains("ont attaqué mardi à l'aube un poste de l'armée malienne situé à une quinzaine de kilomètres de Kidal", archived.Page.Text);
        Assert.Equal(2, archived.Tries);
    }

    [Fact]
    public async Task SweepWithFullText_FetchesThePagesBeforeTheTimeline()
    {
        var list = ServeTheFiveItems();

        var result = await Cli.RunAsync("sweep", "--feeds", list, "--full-text", "--max-size", "1", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("sahel: 5 pages: 2 stored, 2 failed, 1 skipped", result.Error);
        using var timeline = System.Text.Json.JsonDocument.Parse(result.Out);
        var withText = timeline.RootElement.GetProperty("stories").EnumerateArray()
            .Where(s => s.TryGetProperty("fullText", out _)).Select(s => s.GetProperty("url").GetString()).Order().ToList();
        Assert.Equal([Server.Url(Arabic), Server.Url(French)], withText);
    }

    [Fact]
    public async Task EditedItem_RechecksItsPageConditionally_AndAFailedRecheckKeepsTheArticle()
    {
        var list = Temp.Write("feeds.txt", Server.Url("/feed.xml"));
        var article = TestPages.Fixture("veilleur-fr.html");
        void Serve(string feedEtag, string title, string pageEtag, string page)
        {
            Server.MapFeed("/feed.xml", TestPages.Feed(Server, (French, title)), feedEtag);
            Server.MapFeed(French, page, pageEtag, "text/html; charset=utf-8");
        }
        string? PageIfNoneMatch() => Server.Requests.Last(r => r.Path == French).IfNoneMatch;

        Serve("\"f1\"", "Ménaka : un poste attaqué", "\"p1\"", article);
        Assert.Contains("sahel: 1 page: 1 stored", (await Cli.RunAsync("fetch", "--feeds", list, "--full-text")).Error);
        Assert.Null(PageIfNoneMatch());

        // The item is edited in its feed: its page is asked again with its ETag, and is unchanged.
        Serve("\"f2\"", "Ménaka : sept soldats tués", "\"p1\"", article);
        var second = await Cli.RunAsync("fetch", "--feeds", list, "--full-text");
        Assert.Contains("sahel: 1 page: 0 stored, 1 not modified, 0 failed, 0 skipped", second.Error);
        Assert.Equal("\"p1\"", PageIfNoneMatch());
        Assert.Contains("sahel: no pages to fetch", (await Cli.RunAsync("fetch", "--feeds", list, "--full-text")).Error);
        Assert.Equal(2, Server.Hits(French));

        // Edited again, and the article too: the new text replaces the old.
        Serve("\"f3\"", "Ménaka : neuf soldats tués", "\"p2\"", article.Replace("sept soldats", "neuf soldats", StringComparison.Ordinal));
        Assert.Contains("sahel: 1 page: 1 stored", (await Cli.RunAsync("fetch", "--feeds", list, "--full-text")).Error);
        var before = Page(French)!;
        Assert.Contains("neuf soldats ont été tués", before.Page.Text);

        // Edited again, and the page is gone: the failure is reported, the stored article stays.
        Server.MapFeed("/feed.xml", TestPages.Feed(Server, (French, "Ménaka : le bilan")), "\"f4\"");
        Server.Map(French, (context, _) => LoopbackServer.Respond(context, 404, "gone", "text/plain"));
        var gone = await Cli.RunAsync("fetch", "--feeds", list, "--full-text");
        Assert.True(gone.ExitCode == 0, gone.ToString());
        Assert.Contains($"page {Server.Url(French)} FAIL (FETCH): HTTP 404 Not Found (the stored article is kept)", gone.Error);
        var after = Page(French)!;
        Assert.Equal((PageStatus.Ok, before.Page.Text, before.ContentHash), (after.Page.Status, after.Page.Text, after.ContentHash));
        Assert.Contains("sahel: no pages to fetch", (await Cli.RunAsync("fetch", "--feeds", list, "--full-text")).Error);
    }

    [Fact]
    public async Task FailedPage_GetsAnotherChance_WhenItsItemIsCorrected()
    {
        const string Typo = "/news/menaka-poste-attaqe.html";
        var list = Temp.Write("feeds.txt", Server.Url("/feed.xml"));
        TestPages.MapHtml(Server, French, TestPages.Fixture("veilleur-fr.html"));
        var feed = TestPages.Feed(Server, (Typo, "Ménaka : un poste militaire attaqué"));
        Server.MapFeed("/feed.xml", feed, "\"f1\"");
        Assert.Contains("FAIL (FETCH): HTTP 404", (await Cli.RunAsync("fetch", "--feeds", list, "--full-text")).Error);
        Assert.Contains("sahel: no pages to fetch", (await Cli.RunAsync("fetch", "--feeds", list, "--full-text")).Error);

        // The outlet corrects the link (same guid): the item changed, so its page is tried at the new address.
        Server.MapFeed("/feed.xml", feed.Replace(Typo, French, StringComparison.Ordinal), "\"f2\"");
        var corrected = await Cli.RunAsync("fetch", "--feeds", list, "--full-text");
        Assert.Contains("sahel: 1 page: 1 stored, 0 failed, 0 skipped", corrected.Error);
        Assert.Equal(PageStatus.Ok, Page(French)!.Page.Status);
    }

    [Fact]
    public async Task Interrupted_KeepsEveryStoredPage_AndTheNextRunFetchesTheRest()
    {
        const string Slow = "/news/lent.html";
        Server.MapFeed("/feed.xml", TestPages.Feed(Server, (French, "Ménaka : un poste militaire attaqué"), (Slow, "Une page lente")));
        TestPages.MapHtml(Server, French, TestPages.Fixture("veilleur-fr.html"));
        Server.Map(Slow, async (context, hit) =>
        {
            if (hit == 1)
                await Task.Delay(TimeSpan.FromSeconds(15));
            await LoopbackServer.Respond(context, 200, TestPages.Fixture("veilleur-fr.html"), "text/html; charset=utf-8");
        });
        var list = Temp.Write("feeds.txt", Server.Url("/feed.xml"));

        using var interrupt = new CancellationTokenSource();
        var run = Cli.RunAsync(["fetch", "--feeds", list, "--full-text"], interrupt.Token);
        for (var wait = 0; wait < 200 && (!File.Exists(Temp.File("sahel.db")) || StoredPages() < 1); wait++)
            await Task.Delay(50);
        interrupt.Cancel(); // what Ctrl-C does
        var interrupted = await run;

        Assert.Equal(ExitCodes.Interrupted, interrupted.ExitCode);
        Assert.Contains("(interrupted; completed pages are stored)", interrupted.Error);
        Assert.Equal(PageStatus.Ok, Page(French)!.Page.Status);
        Assert.Null(Page(Slow));

        var next = await Cli.RunAsync("fetch", "--feeds", list, "--full-text");
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Contains("sahel: 1 page: 1 stored, 0 failed, 0 skipped", next.Error);
        Assert.Equal(1, Server.Hits(French));
    }

    private int StoredPages()
    {
        using var store = SahelStore.Open(Temp.File("sahel.db"));
        return store.Stories.Query(new StoryFilter()).Count(s => s.PageHash is not null);
    }

    [Fact]
    public async Task WithoutFullText_NoPageIsFetched()
    {
        var list = ServeTheFiveItems();
        var result = await Cli.RunAsync("fetch", "--feeds", list);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("page", result.Error.Replace("5 new items", "", StringComparison.Ordinal));
        Assert.Equal(0, Server.Hits(French));
        Assert.Equal(0, Server.Hits("/robots.txt"));
    }

    [Fact]
    public async Task FeedAddedWithFullText_FetchesItsPagesOnEveryFetch_AndExportsTheSetting()
    {
        ServeTheFiveItems();
        var added = await Cli.RunAsync("feeds", "add", Server.Url("/feed.xml"), "--full-text");
        Assert.True(added.ExitCode == 0, added.ToString());

        var fetched = await Cli.RunAsync("fetch", "--max-size", "1");
        Assert.True(fetched.ExitCode == 0, fetched.ToString());
        Assert.Contains("sahel: 5 pages: 2 stored, 2 failed, 1 skipped", fetched.Error);

        var exported = await Cli.RunAsync("feeds", "export");
        Assert.Contains("fullText=\"true\"", exported.Out);

        var off = await Cli.RunAsync("feeds", "add", Server.Url("/feed.xml"), "--full-text", "false");
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.DoesNotContain("fullText", (await Cli.RunAsync("feeds", "export")).Out);
    }

    [Fact]
    public async Task RobotsTxtServerError_SkipsTheHostsPages_AndTheyAreTriedAgainNextRun()
    {
        ServeTheFiveItems();
        var list = Temp.Write("feeds.txt", Server.Url("/feed.xml"));
        TestPages.MapText(Server, "/robots.txt", "busy", status: 503);

        var first = await Cli.RunAsync("fetch", "--feeds", list, "--full-text", "--retries", "0");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"page {Server.Url(French)} FAIL (ROBOTS): robots.txt unavailable, the host's pages are skipped: HTTP 503", first.Error);
        Assert.Contains("sahel: 5 pages: 0 stored, 0 failed, 5 skipped", first.Error);
        Assert.Equal(1, Server.Hits("/robots.txt"));
        Assert.Equal(0, Server.Hits(French));

        Server.Map("/robots.txt", (context, _) => LoopbackServer.Respond(context, 404, "none", "text/plain"));
        var second = await Cli.RunAsync("fetch", "--feeds", list, "--full-text", "--max-size", "1");
        Assert.True(second.ExitCode == 0, second.ToString());
        // robots.txt answers 404 now: everything is allowed, the archive page included.
        Assert.Contains("sahel: 5 pages: 3 stored, 2 failed, 0 skipped", second.Error);
        Assert.Equal(PageStatus.Ok, Page(Disallowed)!.Page.Status);
    }

    [Fact]
    public async Task PagesWithoutAnArticle_AreRecordedAsExtractFailures_WithWhatWasLearned()
    {
        Server.MapFeed("/feed.xml", TestPages.Feed(Server, ("/docs/rapport.pdf", "Le rapport"), ("/tag/mali", "Tout sur le Mali")));
        Server.Map("/docs/rapport.pdf", (context, _) => LoopbackServer.Respond(context, 200, "%PDF-1.7", "application/pdf"));
        TestPages.MapHtml(Server, "/tag/mali", """
            <html lang="fr"><head><title>Mali - Le Veilleur du Sahel</title></head>
            <body><nav><a href="/">Accueil</a></nav><h1>Mali</h1><p>Aucun article pour l'instant.</p></body></html>
            """);
        var list = Temp.Write("feeds.txt", Server.Url("/feed.xml"));

        var result = await Cli.RunAsync("fetch", "--feeds", list, "--full-text");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"page {Server.Url("/docs/rapport.pdf")} FAIL (EXTRACT): not an HTML page (application/pdf)", result.Error);
        Assert.Contains($"page {Server.Url("/tag/mali")} FAIL (EXTRACT): no article body found", result.Error);
        Assert.Contains("sahel: 2 pages: 0 stored, 2 failed, 0 skipped", result.Error);
        var tag = Page("/tag/mali")!.Page;
        Assert.Equal((PageStatus.Failed, "EXTRACT", false), (tag.Status, tag.Stage, tag.Retry));
        Assert.Equal("fr", tag.Lang);
        Assert.Null(tag.Text);
    }

    [Fact]
    public async Task ServerErrorOnAPage_IsRetriedInLaterRuns_ThreeTriesAtMost()
    {
        Server.MapFeed("/feed.xml", TestPages.Feed(Server, (French, "Ménaka : un poste militaire attaqué")));
        Server.Map(French, (context, _) => LoopbackServer.Respond(context, 503, "busy", "text/plain"));
        var list = Temp.Write("feeds.txt", Server.Url("/feed.xml"));

        for (var run = 1; run <= 4; run++)
            Assert.Equal(0, (await Cli.RunAsync("fetch", "--feeds", list, "--full-text", "--retries", "0")).ExitCode);

        Assert.Equal(3, Server.Hits(French));
        var page = Page(French)!;
        Assert.Equal((PageStatus.Failed, "FETCH", true, 3), (page.Page.Status, page.Page.Stage, page.Page.Retry, page.Tries));
        Assert.StartsWith("HTTP 503", page.Page.Reason);
    }

    [Fact]
    public async Task ArabicPage_IsServedInWindows1256_NotUtf8()
    {
        // Guards the fixture itself: were the bytes UTF-8, the test above would not test decoding.
        ServeTheFiveItems();
        using var client = new HttpClient();
        var bytes = await client.GetByteArrayAsync(Server.Url(Arabic));
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
    }
}
