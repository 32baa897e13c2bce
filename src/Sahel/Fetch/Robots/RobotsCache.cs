using System.Collections.Concurrent;
using System.Text;

namespace Sahel.Fetch.Robots;

/// <summary>
/// robots.txt for the pages of one run: fetched once per scheme and host (through the run's fetcher, so with
/// its limits, retries and User-Agent), kept for the run, and asked for each page. A robots.txt that answers
/// 4xx allows everything (RFC 9309, 2.3.1.3); a 5xx, a network failure or an unusable answer makes sahel
/// skip the host's pages for this run, as the RFC asks of a crawler that cannot know the rules.
/// </summary>
public sealed class RobotsCache(DocumentFetcher fetcher, string userAgent)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HostRobots>>> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _token = RobotsTxt.ProductToken(userAgent);

    /// <summary>How many hosts' robots.txt this run asked for.</summary>
    public int Hosts => _hosts.Count;

    public async Task<RobotsVerdict> CheckAsync(Uri page, CancellationToken cancellationToken)
    {
        var origin = page.GetLeftPart(UriPartial.Authority);
        var robots = await _hosts.GetOrAdd(origin, o => new Lazy<Task<HostRobots>>(() => LoadAsync(o, cancellationToken))).Value.ConfigureAwait(false);
        if (robots.Unavailable is { } why)
            return new RobotsVerdict(false, why, Passing: true);
        var path = page.PathAndQuery;
        return robots.Rules!.IsAllowed(path)
            ? RobotsVerdict.Allow
            : new RobotsVerdict(false, $"disallowed by robots.txt ({robots.Rules.DecidingRule(path)})");
    }

    private async Task<HostRobots> LoadAsync(string origin, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(origin + "/robots.txt"), cancellationToken).ConfigureAwait(false);
        if (result.Outcome == FetchOutcome.Fetched)
            return new HostRobots(RobotsTxt.Parse(Encoding.UTF8.GetString(result.Body!), _token), null);
        if (result.HttpStatus is >= 400 and < 500 and not 429)
            return new HostRobots(RobotsRules.AllowAll, null);
        return new HostRobots(null, $"robots.txt unavailable, the host's pages are skipped: {result.Error}");
    }

    private sealed record HostRobots(RobotsRules? Rules, string? Unavailable);
}
