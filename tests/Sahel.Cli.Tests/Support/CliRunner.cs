using Sahel.Cli.Infrastructure;
using Sahel.Cli.Terminal;
using Sahel.Fetch;

namespace Sahel.Cli.Tests.Support;

/// <summary>
/// Runs the real `sahel` command tree in-process with captured streams, as a script would see it: stdout and
/// stderr are pipes (not terminals), no colour, a private store, and retry delays shortened to milliseconds.
/// </summary>
public sealed class CliRunner(string dbPath)
{
    public Dictionary<string, string?> Variables { get; } = new() { ["NO_COLOR"] = null, ["SAHEL_DB"] = null, ["XDG_DATA_HOME"] = null };

    public bool OutIsTerminal { get; init; }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public async Task<CliResult> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var environment = new CliEnvironment
        {
            Streams = new ConsoleStreams(stdout, stderr, OutIsTerminal, ErrorIsTerminal: false),
            GetVariable = name => Variables.TryGetValue(name, out var value) ? value : null,
            FetchDefaults = new FetchOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(20) },
        };
        var exitCode = await SahelApp.RunAsync(["--db", dbPath, .. args], environment, cancellationToken);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
