using System.CommandLine;
using Sahel.Sources;
using Sahel.Store;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// A command with examples for its --help and one place that turns failures into a line and an exit code:
/// usage mistakes 2, failed runs 1, Ctrl-C 130, SIGTERM 143, a closed pipe (`sahel timeline | head`) 0.
/// </summary>
public class SahelCommand : Command
{
    public SahelCommand(string name, string description, params string[] examples) : base(name, description)
    {
        Examples = examples;
    }

    public IReadOnlyList<string> Examples { get; }

    /// <summary>Binds this command's action; the action receives the resolved context.</summary>
    public void SetHandler(GlobalOptions globals, CliEnvironment environment, Func<ParseResult, CommandContext, CancellationToken, Task<int>> action)
    {
        SetAction(async (parse, cancellationToken) =>
        {
            CommandContext? context = null;
            try
            {
                context = new CommandContext(parse, globals, environment);
                return await action(parse, context, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                if (SahelApp.Terminated)
                {
                    environment.Streams.Error.WriteLine("sahel: terminated (SIGTERM); completed feeds are stored");
                    return ExitCodes.Terminated;
                }
                environment.Streams.Error.WriteLine("sahel: interrupted");
                return ExitCodes.Interrupted;
            }
            catch (IOException e) when (IsBrokenPipe(e))
            {
                return ExitCodes.Success;
            }
            catch (Exception e)
            {
                return Report(e, environment, context?.Verbose ?? false);
            }
        });
    }

    private static int Report(Exception error, CliEnvironment environment, bool verbose)
    {
        var (message, code) = error switch
        {
            CliException cli => (cli.Message, cli.ExitCode),
            SourceListException or StoreException => (error.Message, ExitCodes.Failure),
            IOException or UnauthorizedAccessException => (error.Message, ExitCodes.Failure),
            _ => ($"internal error: {error.GetType().Name}: {error.Message}", ExitCodes.Failure),
        };
        environment.Streams.Error.WriteLine($"sahel: {message.ReplaceLineEndings(" ")}");
        if (verbose)
            environment.Streams.Error.WriteLine(error.ToString());
        else if (error is not CliException and not SourceListException)
            environment.Streams.Error.WriteLine("sahel: run again with --verbose (or SAHEL_DEBUG=1) for details");
        return code;
    }

    private static bool IsBrokenPipe(IOException e) =>
        e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase) || (e.HResult & 0xFFFF) == 32;
}
