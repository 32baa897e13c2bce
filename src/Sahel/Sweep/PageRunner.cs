using System.Threading.Channels;
using Sahel.Extract;
using Sahel.Fetch;
using Sahel.Fetch.Robots;
using Sahel.Store;

namespace Sahel.Sweep;

/// <summary>
/// The pages of a run, after its feeds: the article page of every item that has none yet, fetched through the
/// feeds' fetcher (so the same concurrency, per-host limits, timeout, size cap and retries), checked against
/// robots.txt first, extracted on the thread pool, and committed one by one by a single writer. A page that
/// cannot be fetched or holds no article is recorded with its stage and reason; the story keeps its feed text.
/// A stored page is asked again, conditionally, only when its item changed in the feed.
/// </summary>
public sealed class PageRunner(ISahelStore store, DocumentFetcher fetcher, TimeProvider clock, PageOptions options, string userAgent)
{
    private readonly RobotsCache _robots = new(fetcher, userAgent);

    public async Task<PageReport> RunAsync(
        IReadOnlyCollection<long> feedIds, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        var candidates = store.Pages.Candidates(feedIds, options.IgnoreRobots, options.MaxTries, options.MaxPages);
        if (candidates.Count == 0)
            return PageReport.Empty;
        var ready = Channel.CreateBounded<(int Index, PageAttempt Attempt)>(new BoundedChannelOptions(64) { SingleReader = true });
        var producers = Task.WhenAll(candidates.Select((candidate, index) => FetchAndExtractAsync(index, candidate, ready.Writer, cancellationToken)))
            .ContinueWith(_ => ready.Writer.TryComplete(), TaskScheduler.Default);

        var outcomes = new PageOutcome?[candidates.Count];
        int done = 0, stored = 0;
        try
        {
            await foreach (var (index, attempt) in ready.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var outcome = Commit(candidates[index], attempt);
                outcomes[index] = outcome;
                done++;
                stored += outcome.Status == PageStatus.Ok ? 1 : 0;
                progress?.Report(new PageProgress(done, candidates.Count, done - stored, stored));
            }
            await producers.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new PageReport(outcomes.OfType<PageOutcome>().ToList(), Interrupted: true);
        }
        return new PageReport(outcomes.Select(o => o!).ToList());
    }

    private async Task FetchAndExtractAsync(
        int index, PageCandidate candidate, ChannelWriter<(int, PageAttempt)> ready, CancellationToken cancellationToken)
    {
        var attempt = await PageAsync(candidate, cancellationToken).ConfigureAwait(false);
        await ready.WriteAsync((index, attempt), cancellationToken).ConfigureAwait(false);
    }

    private async Task<PageAttempt> PageAsync(PageCandidate candidate, CancellationToken cancellationToken)
    {
        var page = new PageUpdate
        {
            ItemId = candidate.ItemId,
            Url = candidate.Url,
            Status = PageStatus.Ok,
            FetchedAt = clock.GetUtcNow(),
            ItemHash = candidate.ItemHash,
        };
        if (!Uri.TryCreate(candidate.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return Failed(page, PageStage.Fetch, "not an http(s) URL");
        if (!options.IgnoreRobots)
        {
            var verdict = await _robots.CheckAsync(url, cancellationToken).ConfigureAwait(false);
            if (!verdict.Allowed)
                return page with { Status = PageStatus.Skipped, Stage = PageStage.Robots, Reason = verdict.Reason, Retry = verdict.Passing };
        }

        var request = new FetchRequest(candidate.Url, ETag: candidate.ETag, LastModified: candidate.LastModified);
        var fetched = await fetcher.FetchAsync(request, cancellationToken).ConfigureAwait(false);
        page = page with
        {
            FetchedAt = clock.GetUtcNow(),
            FinalUrl = fetched.FinalLocation,
            HttpStatus = fetched.HttpStatus,
            ETag = fetched.ETag,
            LastModified = fetched.LastModified,
        };
        if (fetched.Outcome == FetchOutcome.NotModified)
            return new PageAttempt(page, NotModified: true);
        if (fetched.Outcome != FetchOutcome.Fetched)
            return Failed(page, PageStage.Fetch, fetched.Error ?? "no body in the answer", fetched.IsTransient);
        if (fetched.ContentType is { } type && !IsHtml(type))
            return Failed(page, PageStage.Extract, $"not an HTML page ({type})");
        return await Task.Run(() => Extract(page, fetched), cancellationToken).ConfigureAwait(false);
    }

    private static PageUpdate Extract(PageUpdate page, FetchResult fetched)
    {
        ExtractedArticle article;
        try
        {
            var location = new Uri(fetched.FinalLocation ?? page.Url);
            article = ArticleExtractor.Extract(fetched.Body, fetched.Charset, fetched.ContentLanguage, location);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An extractor bug on hostile input must cost one page, not the run.
            return Failed(page, PageStage.Extract, $"unexpected {e.GetType().Name}: {e.Message}");
        }
        var withMetadata = page with
        {
            Encoding = article.Encoding,
            Title = article.Title,
            Author = article.Author,
            Published = article.Published,
            Modified = article.Modified,
            Lang = article.Language,
            Direction = article.Direction,
            SiteName = article.SiteName,
            LeadImage = article.LeadImage,
            CanonicalUrl = article.CanonicalUrl,
        };
        return article.HasArticle && article.Text.Length > 0
            ? withMetadata with { Text = article.Text }
            : Failed(withMetadata, PageStage.Extract, article.Failure ?? "no article body found");
    }

    private PageOutcome Commit(PageCandidate candidate, PageAttempt attempt)
    {
        var (update, notModified) = attempt;
        try
        {
            // A recheck that found nothing new, or failed, keeps the stored article: an outage or a new
            // robots.txt must not erase the evidence.
            if (candidate.Recheck && (notModified || update.Status != PageStatus.Ok))
                store.Pages.Keep(candidate.ItemId, candidate.ItemHash, update.FetchedAt);
            else
                store.Pages.Record(update);
            return new PageOutcome(candidate.ItemId, candidate.FeedId, candidate.Url, update.Status, update.Stage, update.Reason)
            {
                Rechecked = candidate.Recheck,
                NotModified = notModified,
            };
        }
        catch (StoreException e)
        {
            return new PageOutcome(candidate.ItemId, candidate.FeedId, candidate.Url, PageStatus.Failed, PageStage.Store, e.Message);
        }
    }

    /// <summary>One page's result on its way to the writer; a 304 to a recheck changes nothing but the row's item hash.</summary>
    private readonly record struct PageAttempt(PageUpdate Update, bool NotModified = false)
    {
        public static implicit operator PageAttempt(PageUpdate update) => new(update);
    }

    private static PageUpdate Failed(PageUpdate page, string stage, string reason, bool retry = false) =>
        page with { Status = PageStatus.Failed, Stage = stage, Reason = reason, Retry = retry };

    // Servers label pages text/html or application/xhtml+xml; a PDF, an image or a video has no article to read.
    private static bool IsHtml(string mediaType) =>
        mediaType.Contains("html", StringComparison.OrdinalIgnoreCase);
}
