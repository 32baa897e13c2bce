using System.CommandLine;
using Sahel.Cli.Infrastructure;

namespace Sahel.Cli;

/// <summary>Parses, reports usage errors as exit 2, and runs the chosen command. Tests call this directly.</summary>
public static class SahelApp
{
    /// <summary>Set by the process's SIGTERM handler: the cancellation that follows exits 143, not 130.</summary>
    public static volatile bool Terminated;

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = CommandTree.Build(environment);
        var parse = root.Parse(args);
        // --help and --version win over errors such as a missing argument (`sahel feeds add --help`).
        if (parse.Errors.Count > 0 && parse.Action is System.CommandLine.Invocation.ParseErrorAction)
        {
            foreach (var error in parse.Errors)
                environment.Streams.Error.WriteLine($"sahel: {error.Message}");
            environment.Streams.Error.WriteLine($"Run '{UsageHint(parse)} --help' for usage.");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration
        {
            Output = environment.Streams.Out,
            Error = environment.Streams.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null, // Program owns Ctrl-C, so a sweep can stop cleanly and exit 130.
        };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    private static string UsageHint(ParseResult parse)
    {
        var names = new List<string>();
        for (var command = parse.CommandResult; command is not null; command = command.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, command.Command is RootCommand ? "sahel" : command.Command.Name);
        return string.Join(' ', names);
    }
}
