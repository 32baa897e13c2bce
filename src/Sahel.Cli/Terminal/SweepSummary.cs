using Humanizer;
using Sahel.Render;
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
            // Names, errors and warnings quote feeds and servers: cleaned like every output, or a feed title
            // could reverse a line or send escape codes to the terminal.
            var name = SafeText.Clean(feed.Feed.DisplayName);
            if (feed.Status == FeedRunStatus.Failed)
            {
                error.WriteLine($"{name} ({SafeText.Clean(feed.Feed.Location)}) {terminal.Red($"FAIL ({feed.FailedStage})")}: {SafeText.Clean(feed.Error)}");
                continue;
            }
            if (terminal.Quiet)
                continue;
            foreach (var warning in feed.Warnings)
                error.WriteLine($"{name} {terminal.Yellow("WARN (PARSE)")}: {SafeText.Clean(warning)}");
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
        return report.Interrupted ? total + " (interrupted; completed feeds are stored)" : total;
    }
}
