using Humanizer;
using Sahel.Store;
using Sahel.Sweep;

namespace Sahel.Cli.Terminal;

/// <summary>
/// The report on a run's article pages, on stderr after the feeds' one: a labelled line for each page that was
/// not stored (`page URL FAIL (ROBOTS): disallowed by robots.txt …`), then one total line. Pages never make a
/// run fail, so --quiet hides all of it.
/// </summary>
public static class PageSummary
{
    public static void Print(PageReport report, TextWriter error, TerminalInfo terminal)
    {
        if (terminal.Quiet)
            return;
        if (report.Pages.Count == 0 && !report.Interrupted)
        {
            error.WriteLine("sahel: no pages to fetch (every item's page is stored or was tried)");
            return;
        }
        foreach (var page in report.Pages.Where(p => p.Status != PageStatus.Ok))
            error.WriteLine($"page {Sahel.Render.SafeText.Clean(page.Url)} {terminal.Red($"FAIL ({page.Stage})")}: {Sahel.Render.SafeText.Clean(page.Reason)}{(page.Rechecked ? " (the stored article is kept)" : "")}");
        var notModified = report.NotModified > 0 ? $", {report.NotModified} not modified" : "";
        var total = $"sahel: {"page".ToQuantity(report.Pages.Count)}: {report.Stored} stored{notModified}, {report.Failed} failed, {report.Skipped} skipped";
        error.WriteLine(report.Interrupted ? total + " (interrupted; completed pages are stored)" : total);
    }
}
