using System.CommandLine;
using Sahel.Cli.Terminal;
using Sahel.Store;
using Sahel.Timeline;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// One invocation's resolved global settings: the store path, the clock, the terminal. Built from the parse
/// result by <see cref="SahelCommand"/> before its action runs.
/// </summary>
public sealed class CommandContext
{
    public CommandContext(ParseResult parse, GlobalOptions globals, CliEnvironment environment)
    {
        Environment = environment;
        Out = environment.Streams.Out;
        Error = environment.Streams.Error;
        Verbose = parse.GetValue(globals.Verbose) || environment.GetVariable("SAHEL_DEBUG") is "1" or "true";
        Terminal = new TerminalInfo(environment.Streams, environment.GetVariable, parse.GetValue(globals.NoColor), parse.GetValue(globals.Quiet));
        var db = parse.GetValue(globals.Db);
        DbFromEnvironment = db is null && environment.GetVariable("SAHEL_DB") is { Length: > 0 };
        DbPath = db ?? DefaultDbPath(environment.GetVariable);
        var realNow = environment.Clock.GetUtcNow();
        FixedNow = parse.GetValue(globals.Now) is { } fixedNow && TimeWindow.TryParse(fixedNow, realNow, out var parsed) ? parsed : null;
        Clock = FixedNow is { } instant ? new FixedClock(instant) : environment.Clock;
    }

    public CliEnvironment Environment { get; }
    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public TerminalInfo Terminal { get; }
    /// <summary>The store as --db or SAHEL_DB names it: a file path, a postgres:// URL or an Npgsql connection string.</summary>
    public string DbPath { get; }

    private bool DbFromEnvironment { get; }
    public bool Verbose { get; }
    public DateTimeOffset? FixedNow { get; }
    public TimeProvider Clock { get; }
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The store --db names; a location that cannot be used (a password in it) is a usage mistake.</summary>
    public StoreLocation StoreLocation =>
        StoreLocation.TryParse(DbPath, out var location, out var error) ? location!
        : throw CliException.Usage(DbFromEnvironment ? "SAHEL_DB" + error![4..] : error!);

    public ISahelStore OpenStore() => SahelStore.Open(StoreLocation);

    /// <summary>
    /// The store for a command that only reads it. A missing store file is refused rather than created, so a
    /// mistyped --db fails the nightly job instead of publishing an empty digest.
    /// </summary>
    public ISahelStore OpenExistingStore() =>
        SahelStore.Exists(StoreLocation) || Directory.Exists(DbPath) ? SahelStore.Open(StoreLocation) : throw new CliException(MissingStoreMessage(DbPath));

    public static string MissingStoreMessage(string path) => $"no store at {path}: run `sahel fetch` first, or pass --db";

    /// <summary>--since and --until together: each parsed, and refused when the window they make is empty.</summary>
    public (DateTimeOffset? Since, DateTimeOffset? Until) Window(string? sinceText, string? untilText)
    {
        var since = Time(sinceText);
        var until = Time(untilText);
        if (since is { } start && until is { } end && start >= end)
            throw CliException.Usage($"--since {sinceText} ({StoreTimeText(start)}) is not before --until {untilText} ({StoreTimeText(end)}): no story can match");
        return (since, until);
    }

    private static string StoreTimeText(DateTimeOffset time) => Render.StoryJsonWriter.Time(time);

    /// <summary>A --since/--until value against this invocation's clock; null when the option was not given.</summary>
    public DateTimeOffset? Time(string? text) =>
        text is null ? null
        : TimeWindow.TryParse(text, Now, out var value) ? value
        : throw CliException.Usage($"'{text}' is not {TimeWindow.Expected}");

    /// <summary>Messages for people on stderr, unless --quiet.</summary>
    public void Inform(string message)
    {
        if (!Terminal.Quiet)
            Error.WriteLine(message);
    }

    private static string DefaultDbPath(Func<string, string?> variable)
    {
        if (variable("SAHEL_DB") is { Length: > 0 } explicitPath)
            return explicitPath;
        var dataHome = variable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : System.Environment.GetFolderPath(System.Environment.SpecialFolder.LocalApplicationData, System.Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(dataHome))
            dataHome = Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "sahel", "sahel.db");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
