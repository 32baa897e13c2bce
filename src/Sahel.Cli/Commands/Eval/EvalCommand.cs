using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Cluster;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Commands.Eval;

/// <summary>
/// `sahel eval --labels FILE`: scores sahel's grouping of the stored stories against a researcher's labels:
/// B-cubed precision, recall and F1 for incidents; precision and recall for copies. `sahel eval claims` scores the
/// claims extractor (<see cref="ClaimsEvalCommand"/>).
/// </summary>
public static class EvalCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var labels = new Option<string>("--labels") { Description = "JSON: story url → incident label (null for none), or → {\"incident\", \"copyOf\"}", HelpName = "FILE", Required = true };
        var format = FormatOption.Create(ReportFormats.Eval);
        var grouping = new IncidentOptions();
        var command = new SahelCommand("eval", "Score incident grouping and copy detection against your labelled stories",
            "sahel eval --labels samples/labels.json",
            "sahel eval --labels my-labels.json --window 48h --format json") { labels, format };
        foreach (var option in grouping.All)
            command.Add(option);
        command.Add(ClaimsEvalCommand.Create(globals, environment));
        command.SetHandler(globals, environment, (parse, context, _) =>
        {
            LabelsFile file;
            try
            {
                file = LabelsFile.Read(parse.GetValue(labels)!);
            }
            catch (LabelsException e)
            {
                throw new CliException(e.Message);
            }
            if (file.Incidents.Count == 0)
                throw CliException.Usage($"{parse.GetValue(labels)}: no labelled stories in this file");
            using var store = context.OpenExistingStore();
            var analysis = grouping.Analysis(parse);
            // The stored incidents, as sweeps grew them story by story, against all stories regrouped at once.
            var catalog = IncidentCatalog.UpToDate(store, analysis, context.Now);
            var stories = store.Stories.Query(new StoryFilter { SeenBy = context.Now, IncludeSummaries = false });
            var stored = catalog.ForStories(stories, context.Now);
            var batch = analysis.Builder(store).Build(stories);
            var byUrl = stories.Where(s => s.Url is not null).GroupBy(s => s.Url!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var found = file.Incidents.Keys.Where(byUrl.ContainsKey).ToList();
            var goldIncidents = found.ToDictionary(url => url, url => file.Incidents[url], StringComparer.Ordinal);
            var goldCopies = file.CopyOf.Where(pair => byUrl.ContainsKey(pair.Key) && byUrl.ContainsKey(pair.Value)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            (IncidentEvaluation.Scores Incidents, IncidentEvaluation.Scores Copies) Score(IncidentSet set)
            {
                var predicted = found.ToDictionary(url => url, url => set.IncidentOf(byUrl[url])?.Id, StringComparer.Ordinal);
                var predictedCopies = found.Select(url => (url, original: set.OriginalOf(byUrl[url])?.Url))
                    .Where(x => x.original is not null && file.Incidents.ContainsKey(x.original))
                    .ToDictionary(x => x.url, x => x.original!, StringComparer.Ordinal);
                return (IncidentEvaluation.BCubed(goldIncidents, predicted), IncidentEvaluation.Copies(goldCopies, predictedCopies));
            }
            // Scores over no stories would read as perfect (precision 1.000): say what is missing instead.
            if (found.Count == 0)
                throw new CliException($"none of the {file.Incidents.Count} labelled stories is in the store {context.DbPath}: fetch their feeds first");
            var (incidents, copies) = Score(stored);
            var (batchIncidents, _) = Score(batch);
            var missing = file.Incidents.Count - found.Count;
            if (missing > 0)
                context.Error.WriteLine($"sahel: {missing} of {file.Incidents.Count} labelled stories are not in the store; scored on the {found.Count} that are");
            parse.Chosen(format, ReportFormats.Eval).Create(RenderSettings.Default).Render(new EvalReport(incidents, batchIncidents, copies, found.Count), context.Out);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
