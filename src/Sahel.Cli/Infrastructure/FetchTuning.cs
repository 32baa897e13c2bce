using System.CommandLine;
using Sahel.Fetch;

namespace Sahel.Cli.Infrastructure;

/// <summary>The fetch limits a user may change for one run (fetch and sweep share them).</summary>
public sealed class FetchTuning
{
    public Option<int> Concurrency { get; } = new("--concurrency") { Description = "Feeds fetched at once", DefaultValueFactory = _ => 16, HelpName = "N" };
    public Option<int> PerHost { get; } = new("--per-host") { Description = "Requests at once to one host", DefaultValueFactory = _ => 2, HelpName = "N" };
    public Option<int> TimeoutSeconds { get; } = new("--timeout") { Description = "Seconds before a request is abandoned", DefaultValueFactory = _ => 20, HelpName = "SECONDS" };
    public Option<int> Retries { get; } = new("--retries") { Description = "Retries after a timeout, 5xx or 429", DefaultValueFactory = _ => 2, HelpName = "N" };
    public Option<int> FeedTimeoutSeconds { get; } = new("--feed-timeout") { Description = "Seconds one feed may take in all, retries included", DefaultValueFactory = _ => 60, HelpName = "SECONDS" };
    public Option<int> MaxSizeMegabytes { get; } = new("--max-size") { Description = "Largest response accepted, in MB", DefaultValueFactory = _ => 10, HelpName = "MB" };

    public FetchTuning()
    {
        foreach (var option in (Option<int>[])[Concurrency, PerHost, TimeoutSeconds, FeedTimeoutSeconds, MaxSizeMegabytes])
            option.Validators.Add(r => { if (ParsedValue.Int(r) < 1) r.AddError($"{option.Name} must be at least 1"); });
        Retries.Validators.Add(r => { if (ParsedValue.Int(r) is < 0 or > 10) r.AddError("--retries must be between 0 and 10"); });
    }

    public IEnumerable<Option> All => [Concurrency, PerHost, TimeoutSeconds, Retries, FeedTimeoutSeconds, MaxSizeMegabytes];

    public FetchOptions Resolve(ParseResult parse, FetchOptions? defaults) => (defaults ?? new FetchOptions()) with
    {
        MaxConcurrency = parse.GetValue(Concurrency),
        MaxPerHost = parse.GetValue(PerHost),
        Timeout = TimeSpan.FromSeconds(parse.GetValue(TimeoutSeconds)),
        MaxRetries = parse.GetValue(Retries),
        FeedTimeout = TimeSpan.FromSeconds(parse.GetValue(FeedTimeoutSeconds)),
        MaxBodyBytes = parse.GetValue(MaxSizeMegabytes) * 1024L * 1024L,
    };
}
