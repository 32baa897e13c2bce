using Sahel.Cli.Infrastructure;

namespace Sahel.Cli.Commands.Timeline;

/// <summary>`sahel timeline`: the stored stories of a window, by day, as Markdown or JSON.</summary>
public static class TimelineCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var output = new TimelineOutput();
        var command = new SahelCommand("timeline", "Print the stored stories of a time window as a timeline, grouped by day (UTC)",
            "sahel timeline --since 24h",
            "sahel timeline --since 2026-03-09 --until 2026-03-12 -o digest.md",
            "sahel timeline --since 7d --format json | jq '.stories | length'");
        foreach (var option in output.All)
            command.Add(option);
        command.SetHandler(globals, environment, async (parse, context, cancellationToken) =>
        {
            output.CheckUsage(parse, context);
            using var store = context.OpenExistingStore();
            await output.WriteAsync(parse, context, store, feedIds: null, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
