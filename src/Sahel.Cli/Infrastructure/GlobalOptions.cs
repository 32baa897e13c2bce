using System.CommandLine;
using Sahel.Timeline;

namespace Sahel.Cli.Infrastructure;

/// <summary>Options every command accepts, defined once and applied to the whole tree.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = "The store: a file, or a team's PostgreSQL as postgres://user@host:port/db or a connection string (password from PGPASSWORD or ~/.pgpass). Default: $SAHEL_DB, else $XDG_DATA_HOME/sahel/sahel.db (the platform's data directory)",
        HelpName = "PATH|URL",
        Recursive = true,
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print only errors and failed feeds on stderr",
        Recursive = true,
    };

    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "No colour in messages (also when NO_COLOR is set or TERM=dumb)",
        Recursive = true,
    };

    public Option<string?> Now { get; } = new("--now")
    {
        Description = "Fix the clock (RFC 3339 or a date) so output is reproducible",
        HelpName = "TIME",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show stack traces with errors (also SAHEL_DEBUG=1)",
        Recursive = true,
    };

    public GlobalOptions()
    {
        Db.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } path && string.IsNullOrWhiteSpace(path))
                result.AddError("--db: the path is empty; pass a store file, or leave --db out for the default store");
        });
        Now.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && !TimeWindow.IsValid(text))
                result.AddError($"--now: '{text}' is not {TimeWindow.Expected}");
        });
    }

    public IEnumerable<Option> All => [Db, Quiet, NoColor, Now, Verbose];
}
