using Humanizer;
using Sahel.Store;
using Sahel.Sweep;

namespace Sahel.Cli.Terminal;

/// <summary>
/// The per-feed report after a sweep, on stderr, sfeed-style: one line per feed, failures labelled by stage
/// (`Name (URL) FAIL (FETCH): timeout after 20 s`) and always shown, even with --quiet; then one total line.
/// </summary>
public static class SweepSummary
{
    public static void Print(SweepReport report, TextWriter error, TerminalInfo terminal)
    {
        foreach (var feed in report.Feeds)
        {
            var name = feed.Feed.DisplayName;
            if (feed.Status == FeedRunStatus.Failed)
            {
                error.WriteLine($"{name} ({feed.Feed.Location}) {terminal.Red($"FAIL ({feed.FailedStage})")}: {feed.Error}");
                continue;
            }
            if (terminal.Quiet)
                continue;
            foreach (var warning in feed.Warnings)
                error.WriteLine($"{name} {terminal.Yellow("WARN (PARSE)")}: {warning}");
            error.WriteLine(feed.Status == FeedRunStatus.NotModified
                ? $"{name}: not modified"
                : $"{name}: {Counts(feed)}");
        }
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
        // Only a sweep that claims feeds skips any: --min-interval, or another runner of a shared store.
        if (report.Skipped > 0)
            total += $", {report.Skipped} skipped (fetched recently or by another runner)";
        return report.Interrupted ? total + " (interrupted; completed feeds are stored)" : total;
    }
}
