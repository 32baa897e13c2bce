using System.CommandLine;
using Sahel.Cli.Terminal;
using Sahel.Fetch;
using Sahel.Model;
using Sahel.Store;
using Sahel.Sweep;

namespace Sahel.Cli.Infrastructure;

/// <summary>Runs the fetch stage for `fetch` and `sweep`: progress while it runs, the per-feed summary after.</summary>
public static class SweepExecution
{
    public static async Task<SweepReport> RunAsync(
        SahelStore store, IReadOnlyList<FeedSource> sources, FetchOptions options, CommandContext context, CancellationToken cancellationToken)
    {
        using var fetcher = new DocumentFetcher(options);
        var runner = new SweepRunner(store, fetcher, context.Clock);
        var progress = context.Terminal.ShowProgress ? new ProgressLine(context.Error) : null;
        SweepReport report;
        try
        {
            report = await runner.RunAsync(sources, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            progress?.Clear();
        }
        SweepSummary.Print(report, context.Error, context.Terminal);
        if (report.Interrupted)
            throw new OperationCanceledException(cancellationToken);
        return report;
    }

    /// <summary>0 when every feed was fine, 3 when some failed, 4 when all failed.</summary>
    public static int ExitCode(SweepReport report) =>
        report.AllFailed ? ExitCodes.AllFeedsFailed
        : report.AnyFailed ? ExitCodes.SomeFeedsFailed
        : ExitCodes.Success;
}
