using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Render;

namespace Sahel.Cli.Commands.Diff;

/// <summary>
/// `sahel diff TARGET`: where the accounts of an incident disagree (an incident id), or how an article changed
/// between sweeps (its URL or story id). --exit-code makes differences exit 5, for scripts.
/// </summary>
public static class DiffCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var target = new Argument<string>("TARGET") { Description = "An incident id (inc-…), an article URL, or a story id (16 hex digits)" };
        // The two kinds of diff have the same format names; help describes the incident's.
        var format = FormatOption.Create(ReportFormats.IncidentDiff);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (replaced whole) instead of stdout", HelpName = "FILE" };
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit 5 when there are differences (an edited article, disagreeing accounts), 0 when none" };
        var since = TimeOption.Create("--since", "Incident: only stories published at or after this time; article: compare from its state at this time");
        var until = TimeOption.Create("--until", "Incident: only stories published before this time; article: compare to its state at this time");
        var from = VersionOption("--from", "Article: the older version to compare (default: the first)");
        var to = VersionOption("--to", "Article: the newer version to compare (default: the latest)");
        var grouping = new IncidentOptions();
        var command = new SahelCommand("diff", "Show where the accounts of an incident disagree, or how an article changed between sweeps",
            "sahel diff inc-cc393ec6f2c02bc2",
            "sahel diff https://letamarinier.example/2026/03/11/anefis-embuscade-bilan-sources-locales/",
            "sahel diff 3f9a1c0d5e7b2a64 --from 2 --to 3 --format json",
            "sahel diff \"$url\" --exit-code --since 24h > /dev/null || echo edited")
        { target, format, output, exitCode, since, until, from, to };
        foreach (var option in grouping.All)
            command.Add(option);
        command.SetHandler(globals, environment, (parse, context, _) =>
        {
            var parsed = DiffTarget.Parse(parse.GetValue(target)!);
            var formatName = parse.GetValue(format)!;
            var (sinceTime, untilTime) = context.Window(parse.GetValue(since), parse.GetValue(until));
            if (parsed.Kind == DiffTargetKind.Incident)
            {
                if (parse.GetValue(from) is not null || parse.GetValue(to) is not null)
                    throw CliException.Usage("--from and --to pick versions of an article, not of an incident");
                return IncidentDiffAction.RunAsync(parse, context,
                    new IncidentDiffAction.Request(parsed.Value, ReportFormats.IncidentDiff[formatName], parse.GetValue(output), parse.GetValue(exitCode), sinceTime, untilTime), grouping);
            }
            return ArticleDiffAction.RunAsync(context, new ArticleDiffAction.Request(parsed, ReportFormats.ArticleDiff[formatName], parse.GetValue(output), parse.GetValue(exitCode),
                sinceTime, untilTime, parse.GetValue(from), parse.GetValue(to)));
        });
        return command;
    }

    private static Option<int?> VersionOption(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description, HelpName = "N" };
        option.Validators.Add(result =>
        {
            if (ParsedValue.Int(result) is < 1)
                result.AddError($"{name} must be a version number, 1 or more");
        });
        return option;
    }
}
