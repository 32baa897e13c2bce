using Sahel.Fetch;
using Xunit;

namespace Sahel.Tests.Fetch;

/// <summary>Regression test for issue 9, item 1: one deadline per feed, retries and their waits included.</summary>
public sealed class FeedDeadlineTests
{
    /// <summary>A server that never answers: every attempt times out, and each would be retried.</summary>
    private sealed class SilentHandler : HttpMessageHandler
    {
        public int Calls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    [Fact]
    public async Task FeedDeadlineCutsRetriesShort()
    {
        var handler = new SilentHandler();
        var options = new FetchOptions
        {
            Timeout = TimeSpan.FromMilliseconds(300),
            MaxRetries = 10,
            RetryBaseDelay = TimeSpan.FromMilliseconds(200),
            FeedTimeout = TimeSpan.FromSeconds(1),
        };
        using var client = new HttpMessageInvoker(handler);
        using var fetcher = new DocumentFetcher(options, client);

        var result = await fetcher.FetchAsync(new FetchRequest("http://127.0.0.1:9/feed"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("gave up after 1 second (the feed deadline, retries included)", result.Error);
        // Ten retries of 300 ms with exponential backoff would take far longer than the deadline allows.
        Assert.InRange(handler.Calls, 1, 4);
        Assert.Equal(handler.Calls, result.Attempts);
    }

    /// <summary>A server that answers each request after a pause, one feed at a time.</summary>
    private sealed class SlowHandler(TimeSpan pause) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(pause, cancellationToken);
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("<rss version=\"2.0\"><channel><title>t</title></channel></rss>") };
        }
    }

    /// <summary>
    /// Regression: the deadline counted the time a feed waited for one of its host's connection slots, so feeds
    /// queued behind slow ones on the same host failed with "gave up" before they were ever asked for.
    /// </summary>
    [Fact]
    public async Task FeedDeadlineStartsWhenTheFeedGetsItsSlot()
    {
        var options = new FetchOptions
        {
            MaxPerHost = 1,
            Timeout = TimeSpan.FromSeconds(5),
            FeedTimeout = TimeSpan.FromMilliseconds(1500),
        };
        using var client = new HttpMessageInvoker(new SlowHandler(TimeSpan.FromMilliseconds(250)));
        using var fetcher = new DocumentFetcher(options, client);

        // Eight feeds on one host, one at a time: the last waits about 1.75 s for its slot, past its own deadline,
        // while each request takes a sixth of it (a loaded CI machine stays well inside).
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            fetcher.FetchAsync(new FetchRequest($"http://127.0.0.1:9/feed{i}"), CancellationToken.None)));

        Assert.All(results, result => Assert.NotEqual(FetchOutcome.Failed, result.Outcome));
    }

    [Fact]
    public async Task FeedDeadlineDoesNotTouchTheCallersCancellation()
    {
        using var client = new HttpMessageInvoker(new SilentHandler());
        using var fetcher = new DocumentFetcher(new FetchOptions { FeedTimeout = TimeSpan.FromSeconds(30) }, client);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => fetcher.FetchAsync(new FetchRequest("http://127.0.0.1:9/feed"), cts.Token));
    }
}
