using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Cluster;
using Sahel.Diff.Claims.Evaluation;
using Sahel.Render;

namespace Sahel.Cli.Commands.Eval;

/// <summary>
/// `sahel eval claims PATH…`: scores the claims extractor (tolls and responsibility) against stories a researcher
/// labelled, per language and kind, with every miss by class. It reads the labelled files only, no store: text the
/// project never saw is the fairest judge of the extractor, and this is how a team measures it on its own.
/// </summary>
public static class ClaimsEvalCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Labelled stories: a file, or a directory of stories-*.txt (docs/claims-labels.md)", Arity = ArgumentArity.OneOrMore };
        var format = FormatOption.Create(ReportFormats.ClaimsEval);
        // Only the lexicon of the grouping options: the extractor names actors and places through it.
        var lexiconFiles = new IncidentOptions();
        var command = new SahelCommand("claims", "Score the claims read from your labelled stories: tolls with their sources, responsibility with its polarity",
            "sahel eval claims samples/claims-labels.txt",
            "sahel eval claims my-stories/ --format json",
            "sahel eval claims my-stories/ --actors my-actors.json") { paths, format, lexiconFiles.Gazetteer, lexiconFiles.Actors };
        command.SetHandler(globals, environment, (parse, context, _) =>
        {
            var files = parse.GetValue(paths)!;
            var lexicon = lexiconFiles.Lexicon(parse);
            var actorIds = lexicon.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            List<LabelledStory> stories;
            try
            {
                stories = LabelledStory.Load(files, actorIds);
            }
            catch (LabelsException e)
            {
                throw new CliException(e.Message);
            }
            if (stories.Count == 0)
                throw new CliException($"{string.Join(", ", files)}: no labelled stories (a story starts with '=== ID REGISTER')");
            var report = new ClaimsEvalReport(files, stories, ClaimsScore.Of(stories, lexicon));
            parse.Chosen(format, ReportFormats.ClaimsEval).Create(RenderSettings.Default).Render(report, context.Out);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
