using Microsoft.Data.Sqlite;
using Sahel.Cli.Tests.Support;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// Real processes of the built CLI against one store: killed with SIGKILL in the middle of a sweep, and two
/// sweeps at once. Each feed is committed in its own transaction (WAL), so nothing committed is lost, nothing
/// is stored twice, and the store stays sound.
/// </summary>
public sealed class CrashAndConcurrencyTests : LoopbackCliTest
{
    private const int Feeds = 30;
    private const int ItemsPerFeed = 20;

    /// <summary>30 feeds of 20 items, each answering after a short pause so a sweep takes a few seconds.</summary>
    private string ServeFeeds(TimeSpan pause)
    {
        var paths = new List<string>();
        for (var f = 0; f < Feeds; f++)
        {
            var items = Enumerable.Range(0, ItemsPerFeed)
                .Select(i => ($"f{f}-i{i}", $"Dépêche {i} de l'outlet {f} : réunion à Niamey", TestFeeds.Day.AddMinutes(f * 60 + i)))
                .ToArray();
            var body = TestFeeds.Rss($"Outlet {f}", items);
            var path = $"/feeds/{f}.xml";
            Server.Map(path, async (context, _) =>
            {
                await Task.Delay(pause);
                await LoopbackServer.Respond(context, 200, body);
            });
            paths.Add(Server.Url(path));
        }
        return Temp.Write("feeds.txt", string.Join('\n', paths));
    }

    private string[] Sweep(string list) =>
        ["fetch", "--feeds", list, "--db", Temp.File("sahel.db"), "--per-host", "2", "--retries", "0", "--quiet"];

    private (long Items, long Distinct, long FeedRows, string Integrity) Census()
    {
        using var connection = new SqliteConnection($"Data Source={Temp.File("sahel.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var integrity = (string)check.ExecuteScalar()!;
        return (Scalar("SELECT COUNT(*) FROM items"), Scalar("SELECT COUNT(DISTINCT guid) FROM items"), Scalar("SELECT COUNT(*) FROM feeds"), integrity);
    }

    [Fact]
    public async Task KilledMidSweep_KeepsEveryCommittedFeed_AndTheNextSweepCompletesWithoutDuplicates()
    {
        var list = ServeFeeds(TimeSpan.FromMilliseconds(150));
        using (var doomed = new SahelProcess(Sweep(list)))
        {
            // Kill once some feeds are committed and others are still in flight.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !doomed.HasExited && Server.Requests.Count < Feeds / 3)
                await Task.Delay(20);
            Assert.False(doomed.HasExited, "the sweep ended before it could be killed");
            doomed.Kill();
            await doomed.WaitAsync(TimeSpan.FromSeconds(10));
        }
        var afterKill = Census();
        Assert.Equal("ok", afterKill.Integrity);
        Assert.Equal(afterKill.Items, afterKill.Distinct);
        Assert.True(afterKill.Items % ItemsPerFeed == 0, $"a feed was half stored: {afterKill.Items} items");
        Assert.True(afterKill.Items < Feeds * ItemsPerFeed, "the kill came after the whole sweep");

        var next = await new SahelProcess(Sweep(list)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(next.ExitCode == 0, next.ToString());
        var final = Census();
        Assert.Equal(("ok", Feeds * ItemsPerFeed, Feeds * ItemsPerFeed, (long)Feeds), (final.Integrity, final.Items, final.Distinct, final.FeedRows));
    }

    [Fact]
    public async Task TwoSweepProcessesAtOnce_OnOneStore_LoseNothing_AndDuplicateNothing()
    {
        var list = ServeFeeds(TimeSpan.FromMilliseconds(30));
        using var first = new SahelProcess(Sweep(list));
        using var second = new SahelProcess(Sweep(list));
        var results = await Task.WhenAll(first.WaitAsync(TimeSpan.FromSeconds(90)), second.WaitAsync(TimeSpan.FromSeconds(90)));
        foreach (var result in results)
            Assert.True(result.ExitCode == 0, result.ToString());
        var census = Census();
        Assert.Equal(("ok", Feeds * ItemsPerFeed, Feeds * ItemsPerFeed, (long)Feeds), (census.Integrity, census.Items, census.Distinct, census.FeedRows));
        Assert.Equal(2 * Feeds, Server.Requests.Count);
    }
}
