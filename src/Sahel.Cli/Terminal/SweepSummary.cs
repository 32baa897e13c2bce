using Humanizer;
using Sahel.Store;
using Sahel.Sweep;

namespace Sahel.Cli.Terminal;

/// <summary>
/// The per-feed report of a sweep, on stderr, sfeed-style: one line per feed as soon as it is stored (so a CI
/// log shows progress), failures labelled by stage (`Name (URL) FAIL (FETCH): timeout after 20 s`) and always
/// shown, even with --quiet; then one total line at the end.
/// </summary>
public static class SweepSummary
{
    /// <summary>Every feed's line, then the total: for a report whose lines were not printed as it ran.</summary>
    public static void Print(SweepReport report, TextWriter error, TerminalInfo terminal)
    {
        foreach (var feed in report.Feeds)
            PrintFeed(feed, error, terminal);
        PrintTotal(report, error, terminal);
    }

    public static void PrintFeed(FeedOutcome feed, TextWriter error, TerminalInfo terminal)
    {
        var name = feed.Feed.DisplayName;
        if (feed.Status == FeedRunStatus.Failed)
        {
            error.WriteLine($"{name} ({feed.Feed.Location}) {terminal.Red($"FAIL ({feed.FailedStage})")}: {feed.Error}");
            return;
        }
        if (terminal.Quiet)
            return;
        foreach (var warning in feed.Warnings)
            error.WriteLine($"{name} {terminal.Yellow("WARN (PARSE)")}: {warning}");
        error.WriteLine(feed.Status == FeedRunStatus.NotModified
            ? $"{name}: not modified"
            : $"{name}: {Counts(feed)}");
    }

    public static void PrintTotal(SweepReport report, TextWriter error, TerminalInfo terminal)
    {
        if (!terminal.Quiet || report.AnyFailed)
            error.WriteLine(Total(report));
    }

    private static string Counts(FeedOutcome feed)
    {
        var parts = new List<string> { $"{"new item".ToQuantity(feed.NewItems)}" };
        // Only real edits are worth a word: a reformatted item changed nothing a reader would notice.
        if (feed.EditedItems > 0)
            parts.Add($"{feed.EditedItems} edited");
        return string.Join(", ", parts);
    }

    private static string Total(SweepReport report)
    {
        var notModified = report.Feeds.Count(f => f.Status == FeedRunStatus.NotModified);
        var edited = report.Feeds.Sum(f => f.EditedItems);
        var editedText = edited > 0 ? $", {edited} edited" : "";
        var total = $"sahel: {"feed".ToQuantity(report.Feeds.Count)}: {"new item".ToQuantity(report.NewItems)}{editedText}, {notModified} not modified, {report.Failed} failed";
        return report.Interrupted ? total + " (interrupted; completed feeds are stored)" : total;
    }
}
