using Sahel.Cli.Infrastructure;
using Sahel.Render;

namespace Sahel.Cli.Commands.Incidents;

/// <summary>`sahel incidents`: the stored stories of a window grouped into incidents across outlets and languages.</summary>
public static class IncidentsCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var since = TimeOption.Create("--since", "Only stories published at or after this time (default: all stored)");
        var until = TimeOption.Create("--until", "Only stories published before this time");
        var format = FormatOption.Create(ReportFormats.Incidents);
        var output = new System.CommandLine.Option<string?>("--output", "-o") { Description = "Write to this file (replaced whole) instead of stdout", HelpName = "FILE" };
        var ids = new System.CommandLine.Argument<string[]>("ID") { Description = "Only these incidents (any id ever printed: a merged one shows the incident it became)", Arity = System.CommandLine.ArgumentArity.ZeroOrMore };
        var filters = new DigestFilterOptions();
        var translation = new TranslationOptions();
        var grouping = new IncidentOptions();
        var command = new SahelCommand("incidents", "Group stored stories into incidents across outlets and languages, copies folded",
            "sahel incidents --since 7d",
            "sahel incidents --country ML --actor JNIM --format json",
            "sahel incidents --place Kidal --since 2026-03-01 -o kidal.md",
            "sahel incidents inc-cc393ec6f2c02bc2 --format json",
            "sahel incidents --since 30d --format geojson -o incidents.geojson")
        { ids, since, until, format, output };
        foreach (var option in filters.All.Concat(translation.All).Concat(grouping.All))
            command.Add(option);
        command.Add(RebuildCommand(globals, environment));
        command.SetHandler(globals, environment, (parse, context, cancellationToken) =>
        {
            var window = context.Window(parse.GetValue(since), parse.GetValue(until));
            return IncidentsAction.RunAsync(parse, context, new IncidentsAction.Request(
                window.Since, window.Until, parse.Chosen(format, ReportFormats.Incidents), parse.GetValue(output)) { Ids = parse.GetValue(ids) ?? [] },
                grouping, filters, translation, cancellationToken);
        });
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
            using var store = context.OpenExistingStore();
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
