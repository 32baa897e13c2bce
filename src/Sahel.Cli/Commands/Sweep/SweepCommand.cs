using Sahel.Cli.Commands.Fetch;
using Sahel.Cli.Infrastructure;

namespace Sahel.Cli.Commands.Sweep;

/// <summary>
/// `sahel sweep`: fetch, then print the timeline of the swept feeds; the nightly job. The exit code tells a
/// script whether some (3) or all (4) feeds failed; the timeline is written either way.
/// </summary>
public static class SweepCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var feeds = FetchCommand.FeedsFileOption();
        var tuning = new FetchTuning();
        var fullText = new FullTextOptions();
        var runner = new RunnerOptions();
        var output = new TimelineOutput();
        var command = new SahelCommand("sweep", "Fetch the feeds, then print the timeline of those feeds",
            "sahel sweep --feeds samples/feeds.opml",
            "sahel sweep --since 24h -o digest-$(date -u +%F).md",
            "sahel sweep --since 24h --format json --quiet > digest.json") { feeds };
        foreach (var option in output.All.Concat(tuning.All).Concat(fullText.All).Concat(runner.All))
            command.Add(option);
        command.SetHandler(globals, environment, async (parse, context, cancellationToken) =>
        {
            output.CheckUsage(parse, context);
            var listed = SourceSelection.ReadList(parse.GetValue(feeds), context);
            using var store = context.OpenStore();
            var sources = SourceSelection.Resolve(listed, store);
            var report = await SweepExecution.RunAsync(store, sources, tuning.Resolve(parse, environment.FetchDefaults), context, cancellationToken,
                fullText.Resolve(parse), output.Grouping.Analysis(parse), runner.Resolve(parse, store)).ConfigureAwait(false);
            await output.WriteAsync(parse, context, store, report.Feeds.Select(f => f.Feed.Id).ToList(), cancellationToken).ConfigureAwait(false);
            return SweepExecution.ExitCode(report);
        });
        return command;
    }
}
