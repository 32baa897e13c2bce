namespace Sahel.Cli.Infrastructure;

/// <summary>A failure to report as one line and an exit code; no stack trace unless --verbose.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.Failure) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(message, ExitCodes.Usage);
}
