using System.Net;
using Humanizer;
using Polly;
using Polly.Retry;

namespace Sahel.Fetch;

/// <summary>
/// The fetch stage's entry point: routes a location to HTTP or the file system, holds the concurrency limits,
/// and retries transient HTTP failures (timeouts, 5xx, 408, 429) with jittered exponential backoff, waiting as
/// long as a Retry-After asks when that is reasonable. Shared by all feeds of a sweep; thread-safe.
/// </summary>
public sealed class DocumentFetcher : IDisposable
{
    private readonly HttpMessageInvoker _client;
    private readonly bool _ownsClient;
    private readonly HttpDocumentFetcher _http;
    private readonly FileDocumentFetcher _files;
    private readonly HostLimiter _limiter;
    private readonly FetchOptions _options;
    private readonly ResiliencePipeline<FetchResult> _retry;

    public DocumentFetcher(FetchOptions options, HttpMessageInvoker? client = null)
    {
        _options = options;
        _ownsClient = client is null;
        _client = client ?? new HttpMessageInvoker(CreateHandler(options));
        _http = new HttpDocumentFetcher(_client, options);
        _files = new FileDocumentFetcher(options);
        _limiter = new HostLimiter(options.MaxConcurrency, options.MaxPerHost);
        _retry = RetryPipeline();
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        if (!Model.FeedSource.IsHttpLocation(request.Location))
            return await _files.FetchAsync(request, cancellationToken).ConfigureAwait(false);

        var attempts = 0;
        var host = new Uri(request.RedirectLocation ?? request.Location).Authority;
        // The feed's deadline starts when it first gets a connection slot: time queued behind the host's other
        // feeds is theirs, not this feed's (with 2 slots per host, a long list on one host would otherwise fail
        // its last feeds without ever asking for them). Retries and their waits count.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var result = await _retry.ExecuteAsync(async token =>
            {
                attempts++;
                using var lease = await _limiter.AcquireAsync(host, token).ConfigureAwait(false);
                if (attempts == 1)
                    deadline.CancelAfter(_options.FeedTimeout);
                return await _http.AttemptAsync(request, token).ConfigureAwait(false);
            }, deadline.Token).ConfigureAwait(false);
            // An attempt cut short by the deadline reports itself as a timeout of one request: say what really happened.
            return deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested && result.Outcome == FetchOutcome.Failed
                ? DeadlinePassed(attempts)
                : result with { Attempts = attempts };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeadlinePassed(attempts);
        }
    }

    private FetchResult DeadlinePassed(int attempts) =>
        FetchResult.Failed($"gave up after {_options.FeedTimeout.Humanize()} (the feed deadline, retries included)") with
        {
            Attempts = attempts,
        };

    public void Dispose()
    {
        if (_ownsClient)
            _client.Dispose();
    }

    private ResiliencePipeline<FetchResult> RetryPipeline()
    {
        if (_options.MaxRetries <= 0)
            return ResiliencePipeline<FetchResult>.Empty;
        return new ResiliencePipelineBuilder<FetchResult>()
            .AddRetry(new RetryStrategyOptions<FetchResult>
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { IsTransient: true }),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            })
            .Build();
    }

    private static SocketsHttpHandler CreateHandler(FetchOptions options) => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = false,
        UseCookies = false,
        MaxConnectionsPerServer = options.MaxPerHost,
        ConnectTimeout = options.Timeout,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
    };
}
