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
        var ids = new Argument<string[]>("ID") { Description = "Only these incidents (any id ever printed: a merged one shows the incident it became)", Arity = ArgumentArity.ZeroOrMore };
        var grouping = new IncidentOptions();
        var command = new SahelCommand("incidents", "Group stored stories into incidents across outlets and languages, copies folded",
            "sahel incidents --since 7d",
            "sahel incidents --country ML --actor JNIM --format json",
            "sahel incidents --place Kidal --since 2026-03-01 -o kidal.md",
            "sahel incidents inc-cc393ec6f2c02bc2 --format json")
        { ids, since, until, country, actor, place, lang, format, output };
        foreach (var option in grouping.All)
            command.Add(option);
        command.Add(RebuildCommand(globals, environment));
        command.SetHandler(globals, environment, (parse, context, _) => IncidentsAction.RunAsync(parse, context, new IncidentsAction.Request(
            context.Time(parse.GetValue(since)), context.Time(parse.GetValue(until)), parse.GetValue(country), parse.GetValue(actor),
            parse.GetValue(place), parse.GetValue(lang), parse.GetValue(format) == "json", parse.GetValue(output)) { Ids = parse.GetValue(ids) ?? [] }, grouping));
        return command;
    }

    /// <summary>`sahel incidents rebuild`: regroup the whole store at once, keeping every published id resolvable.</summary>
    private static SahelCommand RebuildCommand(GlobalOptions globals, CliEnvironment environment)
    {
        var grouping = new IncidentOptions();
        var command = new SahelCommand("rebuild", "Regroup every stored story at once (after a new analyser, gazetteer or lexicon); old ids map onto the new incidents",
            "sahel incidents rebuild",
            "sahel incidents rebuild --gazetteer my-places.json");
        foreach (var option in grouping.All)
            command.Add(option);
        command.SetHandler(globals, environment, (parse, context, _) =>
        {
            using var store = context.OpenStore();
            var analysis = grouping.Analysis(parse);
            var result = new Cluster.IncidentRebuild(store, analysis).Run(context.Now);
            var before = string.Join(", ", result.PreviousAnalyses.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} ({p.Value} stories)"));
            context.Out.WriteLine($"rebuilt {result.Stories} stories into {result.Incidents} incidents with {analysis.Name}");
            if (before.Length > 0)
                context.Out.WriteLine($"before: {before}");
            foreach (var change in result.Changes)
            {
                var stories = change.Stories == 1 ? "1 story" : $"{change.Stories} stories";
                context.Out.WriteLine(change.Kind switch
                {
                    "merged" => $"merged     {change.Id} into {change.Other} ({stories}); the old id resolves to it",
                    "split" => $"split      {change.Id} from {change.Other} ({stories}); {change.Other} keeps its larger part",
                    "dissolved" => $"dissolved  {change.Id} ({stories} now in no incident)",
                    "changed" => $"changed    {change.Id} (now {stories})",
                    _ => $"new        {change.Id} ({stories})",
                });
            }
            if (result.Changes.Count == 0)
                context.Out.WriteLine("no incident changed");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
