using System.Diagnostics;
using Sahel.Cli.Tests.Support;
using Sahel.Store;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// Team mode end to end: the real CLI sweeping feeds served on 127.0.0.1 into a real PostgreSQL (SAHEL_TEST_PG;
/// skipped, saying why, without one). Runners at once fetch each feed once and store each item once; a runner
/// killed mid-feed leaves nothing of that feed and its lease lapses.
/// </summary>
public sealed class TeamStoreTests : LoopbackCliTest, IDisposable
{
    private static readonly DateTimeOffset Published = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
    private TestPostgres? _database;

    private TestPostgres Database => _database ??= new TestPostgres();

    private CliRunner Runner() => new(Database.Url);

    private string FeedList(IEnumerable<string> paths) => Temp.Write("feeds.txt", string.Join('\n', paths.Select(Server.Url)));

    private static string Feed(int feed, int items = 3) =>
        TestFeeds.Rss($"Veilleur {feed}", Enumerable.Range(0, items).Select(i => ($"f{feed}-i{i}", $"Dépêche {i} du veilleur {feed}", Published.AddMinutes(i))).ToArray());

    [SkippableFact]
    public async Task TwoRunnersAtOnce_FetchEachFeedOnce_AndStoreEachItemOnce()
    {
        var paths = Enumerable.Range(0, 40).Select(i => $"/feed{i}.xml").ToList();
        for (var i = 0; i < paths.Count; i++)
        {
            var body = Feed(i);
            // A little latency so the two runners overlap, as real outlets make them.
            Server.Map(paths[i], async (context, _) =>
            {
                await Task.Delay(30);
                context.Response.Headers["ETag"] = "\"v1\"";
                await LoopbackServer.Respond(context, 200, body);
            });
        }
        var list = FeedList(paths);

        var runs = await Task.WhenAll(
            Runner().RunAsync("fetch", "--feeds", list, "--runner-id", "runner-1", "--concurrency", "4"),
            Runner().RunAsync("fetch", "--feeds", list, "--runner-id", "runner-2", "--concurrency", "4"));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.ToString()));
        Assert.All(paths, path => Assert.Equal(1, Server.Hits(path)));
        Assert.Equal(120L, Database.Scalar("SELECT count(*) FROM items"));
        Assert.Equal(120L, Database.Scalar("SELECT count(DISTINCT (feed_id, item_key)) FROM items"));
        Assert.Equal(40L, Database.Scalar("SELECT count(*) FROM feeds WHERE last_runner IN ('runner-1', 'runner-2') AND lease_owner IS NULL"));
        // Both assigned incidents, one after the other: every story has exactly one membership, none forked.
        Assert.Equal(120L, Database.Scalar("SELECT count(DISTINCT item_id) FROM incident_members"));
        Assert.Equal(120L, Database.Scalar("SELECT count(*) FROM incident_members"));
        // Each runner says what it left to the other.
        var fetched = runs.Select(r => System.Text.RegularExpressions.Regex.Match(r.Error, @"sahel: (\d+) feeds?:").Groups[1].Value).Select(int.Parse).ToList();
        Assert.Equal(40, fetched.Sum());
    }

    [SkippableFact]
    public async Task AnotherRunner_UsesTheValidatorsTheFirstStored()
    {
        Server.MapFeed("/feed.xml", Feed(1));
        var list = FeedList(["/feed.xml"]);
        var first = await Runner().RunAsync("sweep", "--feeds", list, "--runner-id", "laptop", "--format", "json");
        Assert.True(first.ExitCode == 0, first.ToString());

        var second = await Runner().RunAsync("fetch", "--feeds", list, "--runner-id", "ci-job", "--min-interval", "0");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("not modified", second.Error);
        Assert.Equal([null, "\"v1\""], Server.Requests.Select(r => r.IfNoneMatch));
        using var store = SahelStore.Open(Database.ConnectionString);
        Assert.Equal("ci-job", store.Feeds.Find(Server.Url("/feed.xml"))!.LastRunner);

        // Within the default interval of a team store the feed is not due: nobody asks again.
        var third = await Runner().RunAsync("fetch", "--feeds", list, "--runner-id", "ci-job");
        Assert.Contains("1 skipped", third.Error);
        Assert.Equal(2, Server.Hits("/feed.xml"));
    }

    [SkippableFact]
    public async Task ARunnerKilledMidFeed_LeavesNothingOfIt_AndItsLeaseLapses()
    {
        Server.MapFeed("/fast.xml", Feed(1));
        var release = new TaskCompletionSource();
        var slow = Feed(2);
        Server.Map("/slow.xml", async (context, hit) =>
        {
            if (hit == 1)
                await release.Task; // the first runner dies waiting
            await LoopbackServer.Respond(context, 200, slow);
        });
        var list = FeedList(["/fast.xml", "/slow.xml"]);

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sahel.dll"), "fetch", "--feeds", list,
            "--db", Database.ConnectionString, "--runner-id", "doomed", "--timeout", "120"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["NO_COLOR"] = "1";
        using (var process = Process.Start(start)!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((Server.Hits("/slow.xml") == 0 || (long)Database.Scalar("SELECT count(*) FROM items")! == 0) && DateTime.UtcNow < deadline)
                await Task.Delay(50);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        release.SetResult();

        Assert.Equal(3L, Database.Scalar("SELECT count(*) FROM items"));
        Assert.Equal(0L, Database.Scalar($"SELECT count(*) FROM items JOIN feeds ON feeds.id = items.feed_id WHERE feeds.location = '{Server.Url("/slow.xml")}'"));
        Assert.Equal("doomed", Database.Scalar($"SELECT lease_owner FROM feeds WHERE location = '{Server.Url("/slow.xml")}'"));

        // Before the lease runs out nobody takes the feed; after, the next runner does.
        var early = await Runner().RunAsync("fetch", "--feeds", list, "--runner-id", "rescue", "--min-interval", "0");
        Assert.Equal(1, Server.Hits("/slow.xml"));
        Assert.True(early.ExitCode == 0, early.ToString());
        var later = DateTimeOffset.UtcNow.AddMinutes(11).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        var rescue = await Runner().RunAsync("fetch", "--feeds", list, "--runner-id", "rescue", "--min-interval", "0", "--now", later);
        Assert.True(rescue.ExitCode == 0, rescue.ToString());
        Assert.Equal(2, Server.Hits("/slow.xml"));
        Assert.Equal(6L, Database.Scalar("SELECT count(*) FROM items"));
        Assert.Equal(0L, Database.Scalar("SELECT count(*) FROM feeds WHERE lease_owner IS NOT NULL"));
    }

    [SkippableFact]
    public async Task AStoreCopiedToPostgresAndBack_ReadsTheSame()
    {
        Server.MapFeed("/feed.xml", Feed(1, items: 5));
        var list = FeedList(["/feed.xml"]);
        await Cli.RunAsync("fetch", "--feeds", list);
        var copy = await Cli.RunAsync("store", "copy", "--from", Temp.File("sahel.db"), "--to", Database.Url);
        Assert.True(copy.ExitCode == 0, copy.ToString());
        Assert.Contains("ids and every value identical", copy.Out);
        var back = await Cli.RunAsync("store", "copy", "--from", Database.Url, "--to", Temp.File("back.db"));
        Assert.True(back.ExitCode == 0, back.ToString());

        var original = await Cli.RunAsync("stories", "--since", "3000d", "--format", "json", "--now", "2026-03-10");
        var team = await Runner().RunAsync("stories", "--since", "3000d", "--format", "json", "--now", "2026-03-10");
        var returned = await new CliRunner(Temp.File("back.db")).RunAsync("stories", "--since", "3000d", "--format", "json", "--now", "2026-03-10");
        Assert.Equal(original.Out, team.Out.Replace(Database.Url, Temp.File("sahel.db"), StringComparison.Ordinal));
        Assert.Equal(original.Out, returned.Out);
        var again = await Cli.RunAsync("store", "copy", "--from", Temp.File("sahel.db"), "--to", Database.Url);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("not empty", again.Error);
    }

    public void Dispose() => _database?.Dispose();
}
