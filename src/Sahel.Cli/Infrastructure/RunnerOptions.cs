using System.CommandLine;
using System.Globalization;
using Sahel.Store;
using Sahel.Sweep;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// How a fetch or sweep shares a team store with other runners (docs/team.md): the name it records with each
/// fetch, and how recently fetched a feed may be and still be skipped.
/// </summary>
public sealed class RunnerOptions
{
    /// <summary>On a shared store, runners started by the same schedule should share one round, not repeat it.</summary>
    public static readonly TimeSpan SharedDefaultInterval = TimeSpan.FromMinutes(10);

    public Option<string?> RunnerId { get; } = new("--runner-id")
    {
        Description = "The name recorded with each fetch, for a team store's runners. Default: HOST:PID",
        HelpName = "ID",
    };

    public Option<string?> MinInterval { get; } = new("--min-interval")
    {
        Description = "Skip feeds any runner fetched within DURATION (30s, 10m, 2h). Default: 0 for a store file, 10m for a PostgreSQL store",
        HelpName = "DURATION",
    };

    public RunnerOptions()
    {
        RunnerId.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } id && (id.Length is 0 or > 200 || id.Any(char.IsControl)))
                r.AddError("--runner-id must be 1 to 200 printable characters");
        });
        MinInterval.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && TryParseDuration(text) is null)
                r.AddError($"--min-interval: '{text}' is not a duration such as 0, 30s, 10m, 2h or 1d");
        });
    }

    public IEnumerable<Option> All => [RunnerId, MinInterval];

    public RunnerSettings Resolve(ParseResult parse, ISahelStore store) => new(
        parse.GetValue(RunnerId) ?? RunnerSettings.DefaultRunnerId(),
        parse.GetValue(MinInterval) is { } text ? TryParseDuration(text)!.Value : store.Shared ? SharedDefaultInterval : TimeSpan.Zero);

    public static TimeSpan? TryParseDuration(string text)
    {
        if (text == "0")
            return TimeSpan.Zero;
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            return null;
        return text[^1] switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => null,
        };
    }
}
