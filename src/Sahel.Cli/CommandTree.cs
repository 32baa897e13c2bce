using System.CommandLine;
using System.CommandLine.Help;
using Sahel.Cli.Commands.Changes;
using Sahel.Cli.Commands.Completions;
using Sahel.Cli.Commands.Diff;
using Sahel.Cli.Commands.Eval;
using Sahel.Cli.Commands.Extract;
using Sahel.Cli.Commands.Incidents;
using Sahel.Cli.Commands.Feeds;
using Sahel.Cli.Commands.Fetch;
using Sahel.Cli.Commands.Reconcile;
using Sahel.Cli.Commands.Store;
using Sahel.Cli.Commands.Stories;
using Sahel.Cli.Commands.Sweep;
using Sahel.Cli.Commands.Timeline;
using Sahel.Cli.Infrastructure;

namespace Sahel.Cli;

/// <summary>The whole `sahel` command tree; help, parsing and completion scripts are all derived from it.</summary>
public static class CommandTree
{
    public static RootCommand Build(CliEnvironment environment)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("sahel: sweep Sahel news feeds into a local store and print timelines, in French, Arabic and English.");
        foreach (var option in globals.All)
            root.Add(option);
        root.Add(FeedsCommand.Create(globals, environment));
        root.Add(FetchCommand.Create(globals, environment));
        root.Add(StoriesCommand.Create(globals, environment));
        root.Add(TimelineCommand.Create(globals, environment));
        root.Add(IncidentsCommand.Create(globals, environment));
        root.Add(SweepCommand.Create(globals, environment));
        root.Add(DiffCommand.Create(globals, environment));
        root.Add(ChangesCommand.Create(globals, environment));
        root.Add(ReconcileCommand.Create(globals, environment));
        root.Add(EvalCommand.Create(globals, environment));
        root.Add(ExtractCommand.Create(globals, environment));
        root.Add(StoreCommand.Create(globals, environment));
        root.Add(CompletionsCommand.Create(globals, environment, () => root));

        root.Options.OfType<VersionOption>().Single().Action = new VersionAction();
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard)
        {
            // A fixed width off a terminal keeps help identical in pipes, files and snapshot tests.
            if (!environment.Streams.OutIsTerminal)
                standard.MaxWidth = 100;
            help.Action = new ExamplesHelpAction(standard);
        }
        return root;
    }
}
