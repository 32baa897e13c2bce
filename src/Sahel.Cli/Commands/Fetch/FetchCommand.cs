using System.CommandLine;
using Sahel.Cli.Infrastructure;

namespace Sahel.Cli.Commands.Fetch;

/// <summary>`sahel fetch [--feeds FILE]`: fetch every feed into the store, incrementally.</summary>
public static class FetchCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var feeds = FeedsFileOption();
        var tuning = new FetchTuning();
        var fullText = new FullTextOptions();
        var runner = new RunnerOptions();
        var command = new SahelCommand("fetch", "Fetch every feed into the store; unchanged feeds cost one conditional request",
            "sahel fetch",
            "sahel fetch --feeds samples/feeds.opml",
            "sahel fetch --full-text",
            "sahel fetch --feeds urls.txt --timeout 10 --quiet") { feeds };
        foreach (var option in tuning.All.Concat(fullText.All).Concat(runner.All))
            command.Add(option);
        command.SetHandler(globals, environment, async (parse, context, cancellationToken) =>
        {
            var listed = SourceSelection.ReadList(parse.GetValue(feeds), context);
            using var store = context.OpenStore();
            var sources = SourceSelection.Resolve(listed, store);
            var report = await SweepExecution.RunAsync(store, sources, tuning.Resolve(parse, environment.FetchDefaults), context, cancellationToken,
                fullText.Resolve(parse), runnerSettings: runner.Resolve(parse, store)).ConfigureAwait(false);
            return SweepExecution.ExitCode(report);
        });
        return command;
    }

    public static Option<string?> FeedsFileOption() => new("--feeds")
    {
        Description = "An OPML file or a text file of one source per line, used instead of the stored list for this run",
        HelpName = "FILE",
    };
}
