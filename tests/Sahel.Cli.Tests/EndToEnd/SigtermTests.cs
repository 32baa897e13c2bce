using System.Diagnostics;
using System.Runtime.InteropServices;
using Sahel.Cli.Tests.Support;
using Sahel.Store;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// A CI timeout sends SIGTERM: the real process prints each feed's line as the feed is stored (so the log shows
/// progress), stops like Ctrl-C when terminated, keeps the feeds it stored, and exits 143.
/// </summary>
public sealed class SigtermTests : LoopbackCliTest
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Le Rapide</title><link>https://rapide.example/</link>
        <item><title>Kidal : une embuscade contre un convoi</title><link>https://rapide.example/1</link><pubDate>Wed, 11 Mar 2026 08:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);

    [SkippableFact]
    public async Task Sigterm_KeepsTheStoredFeed_PrintsItsLineAtOnce_AndExits143()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "POSIX signals only");
        var release = new TaskCompletionSource();
        Server.MapFeed("/fast.xml", Rss);
        Server.Map("/slow.xml", async (_, _) => await release.Task.WaitAsync(TimeSpan.FromSeconds(60)));
        var list = Temp.Write("feeds.txt", Server.Url("/fast.xml") + "\n" + Server.Url("/slow.xml") + "\n");
        var db = Temp.File("sahel.db");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sahel.dll"), "fetch", "--feeds", list, "--db", db, "--timeout", "60"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        try
        {
            var lines = new List<string>();
            // The fast feed's line comes while the slow one is still downloading.
            while (await process.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line)
            {
                lines.Add(line);
                if (line.Contains("1 new item", StringComparison.Ordinal))
                    break;
            }
            Assert.Contains(lines, l => l.Contains("1 new item", StringComparison.Ordinal));
            Assert.Equal(0, Kill(process.Id, 15));
            var rest = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "sahel did not stop after SIGTERM");
            Assert.Equal(ExitCodes.Terminated, process.ExitCode);
            Assert.Contains("terminated (SIGTERM)", rest);
        }
        finally
        {
            release.TrySetResult();
            if (!process.HasExited)
                process.Kill();
        }
        using var store = SahelStore.Open(db);
        Assert.Single(store.Stories.Query(new StoryFilter()));
    }
}
