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
