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
        ISahelStore store, IReadOnlyList<FeedSource> sources, FetchOptions options, CommandContext context, CancellationToken cancellationToken,
        FullTextChoice? fullText = null, Cluster.IncidentAnalysis? analysis = null, RunnerSettings? runnerSettings = null)
    {
        using var fetcher = new DocumentFetcher(options);
        var runner = new SweepRunner(store, fetcher, context.Clock, runnerSettings);
        var progress = context.Terminal.ShowProgress ? new ProgressLine(context.Error) : null;
        SweepReport report;
        try
        {
            report = await runner.RunAsync(sources, new FeedLines(progress, context), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            progress?.Clear();
        }
        SweepSummary.PrintTotal(report, context.Error, context.Terminal);
        if (report.Interrupted)
            throw new OperationCanceledException(cancellationToken);
        await FetchPagesAsync(store, report, fetcher, options, fullText ?? FullTextChoice.FeedSettings, context, progress, cancellationToken).ConfigureAwait(false);
        // The new and changed stories join their incidents now, in one transaction: the next command only reads.
        // Their claims are read at the same time on the cores the assignment leaves idle (it is mostly one thread's
        // work), and cached, so every digest after this run only reads them back.
        analysis ??= Cluster.IncidentAnalysis.Default;
        var claims = Digest.CachedClaims.ReadAhead(store, store.Incidents.Pending(context.Now), analysis);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var assigned = new Cluster.IncidentAssignment(store, analysis).AssignPending(context.Now);
        if (context.Verbose)
            context.Inform(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"sahel: incidents: {assigned.Stories} stories assigned in {clock.Elapsed.TotalSeconds:0.00} s: {assigned.Opened} new incidents, {assigned.Joined} joined, {assigned.Copies} copies"));
        clock.Restart();
        claims.Finish();
        if (context.Verbose && claims.Read > 0)
            context.Inform(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"sahel: claims: {claims.Read} stories read beside the assignment, {clock.Elapsed.TotalSeconds:0.00} s more"));
        return report;
    }

    /// <summary>
    /// The pages stage, after the feeds and with the same fetcher (so the same limits): the swept feeds whose
    /// pages are wanted, by the run's --full-text or by their own setting. Pages never change the exit code.
    /// </summary>
    private static async Task FetchPagesAsync(
        ISahelStore store, SweepReport report, DocumentFetcher fetcher, FetchOptions options, FullTextChoice fullText,
        CommandContext context, ProgressLine? progress, CancellationToken cancellationToken)
    {
        var feedIds = report.Feeds.Where(f => fullText.AllFeeds || f.Feed.FullText).Select(f => f.Feed.Id).ToList();
        if (feedIds.Count == 0)
            return;
        var pages = new PageRunner(store, fetcher, context.Clock, fullText.Options, options.UserAgent);
        PageReport pageReport;
        try
        {
            pageReport = await pages.RunAsync(feedIds, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            progress?.Clear();
        }
        PageSummary.Print(pageReport, context.Error, context.Terminal);
        if (pageReport.Interrupted)
            throw new OperationCanceledException(cancellationToken);
    }

    /// <summary>0 when every feed was fine, 3 when some failed, 4 when all failed.</summary>
    public static int ExitCode(SweepReport report) =>
        report.AllFailed ? ExitCodes.AllFeedsFailed
        : report.AnyFailed ? ExitCodes.SomeFeedsFailed
        : ExitCodes.Success;

    /// <summary>Each feed's line as soon as it is stored, above the progress line when there is one.</summary>
    private sealed class FeedLines(ProgressLine? progress, CommandContext context) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value)
        {
            if (value.Finished is { } feed)
            {
                progress?.Clear();
                SweepSummary.PrintFeed(feed, context.Error, context.Terminal);
            }
            progress?.Report(value);
        }
    }
}
