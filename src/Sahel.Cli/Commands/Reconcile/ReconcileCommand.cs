using System.CommandLine;
using Sahel.Cli.Infrastructure;

namespace Sahel.Cli.Commands.Reconcile;

/// <summary>
/// `sahel reconcile --acled FILE`: the stored incidents against the user's own ACLED export: which ACLED has,
/// which it lacks, what only ACLED has, and where dates, places, actors or tolls disagree (docs/reconcile.md).
/// </summary>
public static class ReconcileCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var acled = new Option<string>("--acled") { Description = "Your ACLED export (CSV, current or pre-2023 layout; docs/reconcile.md says how to download it)", HelpName = "FILE", Required = true };
        var since = TimeOption.Create("--since", "Only stories published and ACLED events dated at or after this time");
        var until = TimeOption.Create("--until", "Only stories published and ACLED events dated before this time");
        var country = new Option<string?>("--country") { Description = "Only this country, on both sides (ML, BF, NE, TD, MR…)", HelpName = "CC" };
        var format = new Option<string>("--format") { Description = "md for people, json for machines (docs/schema/reconcile.v1.schema.json), csv for spreadsheets", DefaultValueFactory = _ => "md", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("md", "json", "csv");
        var minFatalities = new Option<int>("--min-fatalities") { Description = "List ACLED events sahel lacks only with at least this many fatalities", DefaultValueFactory = _ => 0, HelpName = "N" };
        minFatalities.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--min-fatalities must be 0 or more");
        });
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit 5 when anything is unmatched or disagrees, 0 when everything matches" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (replaced whole) instead of stdout", HelpName = "FILE" };
        var grouping = new IncidentOptions();
        var command = new SahelCommand("reconcile", "Compare stored incidents with an ACLED export: matched, missing on either side, and disagreements",
            "sahel reconcile --acled acled-sahel-2026-03.csv",
            "sahel reconcile --acled export.csv --country ML --since 2026-03-01 --min-fatalities 5",
            "sahel reconcile --acled export.csv --format csv -o reconcile.csv",
            "sahel reconcile --acled export.csv --exit-code > /dev/null || echo differences")
        { acled, since, until, country, format, minFatalities, exitCode, output };
        foreach (var option in grouping.All)
            command.Add(option);
        command.SetHandler(globals, environment, (parse, context, _) => ReconcileAction.RunAsync(parse, context, new ReconcileAction.Request(
            parse.GetValue(acled)!, context.Time(parse.GetValue(since)), context.Time(parse.GetValue(until)), parse.GetValue(country),
            parse.GetValue(format)!, parse.GetValue(minFatalities), parse.GetValue(exitCode), parse.GetValue(output)), grouping));
        return command;
    }
}
