using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Render;

namespace Sahel.Cli.Commands.Changes;

/// <summary>`sahel changes`: the articles edited between sweeps in a window, and what changed in each.</summary>
public static class ChangesCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var since = TimeOption.Create("--since", "Only edits seen at or after this time (default: all)");
        var until = TimeOption.Create("--until", "Only edits seen before this time");
        var format = FormatOption.Create(ReportFormats.Changes);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (replaced whole) instead of stdout", HelpName = "FILE" };
        var command = new SahelCommand("changes", "List the articles edited between sweeps, with what changed: title, text, tolls, attributions",
            "sahel changes --since 24h",
            "sahel changes --since 7d --format json | jq '.articles[] | select(.claimsChanged)'",
            "sahel changes --since 2026-03-10 --until 2026-03-12 -o edits.md")
        { since, until, format, output };
        command.SetHandler(globals, environment, (parse, context, _) =>
        {
            var window = context.Window(parse.GetValue(since), parse.GetValue(until));
            return ChangesAction.RunAsync(context, new ChangesAction.Request(window.Since, window.Until, parse.Chosen(format, ReportFormats.Changes), parse.GetValue(output)));
        });
        return command;
    }
}
