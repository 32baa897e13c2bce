using Sahel.Cli.Terminal;
using Sahel.Fetch;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// What a command needs from the outside world, injected so tests run the real commands in-process:
/// the streams, environment variables, the clock, the working directory, and fetch limits to tighten.
/// </summary>
public sealed record CliEnvironment
{
    public required ConsoleStreams Streams { get; init; }
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Tests shorten retry delays here; null means the documented defaults.</summary>
    public FetchOptions? FetchDefaults { get; init; }

    public static CliEnvironment FromProcess() => new() { Streams = ConsoleStreams.FromSystemConsole() };
}
