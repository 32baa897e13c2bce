using System.CommandLine;
using Sahel.Cli.Infrastructure;

namespace Sahel.Cli.Commands.Incidents;

/// <summary>`sahel incidents`: the stored stories of a window grouped into incidents across outlets and languages.</summary>
public static class IncidentsCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var since = TimeOption.Create("--since", "Only stories published at or after this time (default: all stored)");
        var until = TimeOption.Create("--until", "Only stories published before this time");
        var country = new Option<string?>("--country") { Description = "Only incidents in this country (ML, BF, NE, TD, MR…)", HelpName = "CC" };
        var actor = new Option<string?>("--actor") { Description = "Only incidents involving this actor (JNIM, FAMa, \"Islamic State Sahel\"…)", HelpName = "NAME" };
        var place = new Option<string?>("--place") { Description = "Only incidents at or near this place (Kidal, Ménaka, تمبكتو…)", HelpName = "NAME" };
        var lang = new Option<string?>("--lang") { Description = "Only incidents reported in this language", HelpName = "LANG" };
        var format = new Option<string>("--format") { Description = "md for people, json for machines (docs/schema/incidents.v1.schema.json)", DefaultValueFactory = _ => "md", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("md", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (replaced whole) instead of stdout", HelpName = "FILE" };
        var grouping = new IncidentOptions();
        var command = new SahelCommand("incidents", "Group stored stories into incidents across outlets and languages, copies folded",
            "sahel incidents --since 7d",
            "sahel incidents --country ML --actor JNIM --format json",
            "sahel incidents --place Kidal --since 2026-03-01 -o kidal.md")
        { since, until, country, actor, place, lang, format, output };
        foreach (var option in grouping.All)
            command.Add(option);
        command.SetHandler(globals, environment, (parse, context, _) =>
        {
            var window = context.Window(parse.GetValue(since), parse.GetValue(until));
            return IncidentsAction.RunAsync(parse, context, new IncidentsAction.Request(
                window.Since, window.Until, parse.GetValue(country), parse.GetValue(actor),
                parse.GetValue(place), parse.GetValue(lang), parse.GetValue(format) == "json", parse.GetValue(output)), grouping);
        });
        return command;
    }
}
