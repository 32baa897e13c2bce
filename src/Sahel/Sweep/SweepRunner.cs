using System.Threading.Channels;
using Sahel.Feeds;
using Sahel.Fetch;
using Sahel.Model;
using Sahel.Store;

namespace Sahel.Sweep;

/// <summary>
/// One sweep: every due feed is fetched and parsed concurrently (within the fetcher's limits), and a single writer
/// commits each feed in its own transaction as soon as it is ready. A failing feed is recorded with its stage
/// and reason and never stops the others; an interrupted sweep keeps every feed already committed.
/// On a shared store each feed is first claimed (<see cref="IFeedStore.Claim"/>), one at a time as workers come
/// free, so runners sweeping the same list at once divide it between them and none fetches what another did.
/// </summary>
public sealed class SweepRunner(ISahelStore store, DocumentFetcher fetcher, TimeProvider clock, RunnerSettings? settings = null)
{
    private readonly RunnerSettings _settings = settings ?? RunnerSettings.Default;

    public async Task<SweepReport> RunAsync(
        IReadOnlyList<FeedSource> sources, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        var feeds = store.Feeds.Ensure(sources, clock.GetUtcNow());
        var ready = Channel.CreateBounded<(int Index, FeedUpdate Update, int Attempts)>(
            new BoundedChannelOptions(64) { SingleReader = true });
        var claimed = new bool[feeds.Count];
        var producers = (store.Shared
                ? ClaimEachAsync(feeds, claimed, ready.Writer, cancellationToken)
                : FetchAllDueAsync(feeds, claimed, ready.Writer, cancellationToken))
            .ContinueWith(_ => ready.Writer.TryComplete(), TaskScheduler.Default);

        var outcomes = new FeedOutcome?[feeds.Count];
        int done = 0, failed = 0, newItems = 0;
        try
        {
            await foreach (var (index, update, attempts) in ready.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var outcome = Commit(feeds[index], update) with { Attempts = attempts };
                outcomes[index] = outcome;
                done++;
                failed += outcome.Status == FeedRunStatus.Failed ? 1 : 0;
                newItems += outcome.NewItems;
                progress?.Report(new SweepProgress(done, claimed.Count(c => c), failed, newItems, outcome));
            }
            await producers.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Feeds claimed but not committed go back at once rather than when their leases run out.
            var unfinished = feeds.Where((_, i) => claimed[i] && outcomes[i] is null).Select(f => f.Id).ToList();
            if (unfinished.Count > 0)
                store.Feeds.Release(unfinished, _settings.RunnerId);
            return new SweepReport(outcomes.OfType<FeedOutcome>().ToList(), Interrupted: true) { Skipped = claimed.Count(c => !c) };
        }
        return new SweepReport(outcomes.OfType<FeedOutcome>().ToList()) { Skipped = claimed.Count(c => !c) };
    }

    private FeedClaim Claim() => new(_settings.RunnerId, clock.GetUtcNow(), _settings.MinInterval, _settings.Lease);

    // A store file has one runner: the due feeds are known at once and all fetched concurrently, the fetcher's
    // limits deciding the pace.
    private Task FetchAllDueAsync(
        IReadOnlyList<FeedRecord> feeds, bool[] claimed, ChannelWriter<(int, FeedUpdate, int)> ready, CancellationToken cancellationToken)
    {
        var due = store.Feeds.Claim(feeds.Select(f => f.Id).ToList(), Claim(), feeds.Count).Select(f => f.Id).ToHashSet();
        var work = new List<Task>();
        for (var i = 0; i < feeds.Count; i++)
        {
            if (!due.Contains(feeds[i].Id))
                continue;
            claimed[i] = true;
            work.Add(FetchAndParseAsync(i, feeds[i], ready, cancellationToken));
        }
        return Task.WhenAll(work);
    }

    // A shared store: each worker claims the next feed of the list that no other runner holds or fetched within
    // the interval, fetches it, and moves on. A feed another runner holds is skipped, not waited for.
    private Task ClaimEachAsync(
        IReadOnlyList<FeedRecord> feeds, bool[] claimed, ChannelWriter<(int, FeedUpdate, int)> ready, CancellationToken cancellationToken)
    {
        var next = -1;
        async Task WorkAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < feeds.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var feed = await Task.Run(() => store.Feeds.Claim([feeds[index].Id], Claim(), 1), cancellationToken).ConfigureAwait(false);
                if (feed.Count == 0)
                    continue;
                claimed[index] = true;
                await FetchAndParseAsync(index, feed[0], ready, cancellationToken).ConfigureAwait(false);
            }
        }
        return Task.WhenAll(Enumerable.Range(0, Math.Min(_settings.Workers, feeds.Count)).Select(_ => WorkAsync()));
    }

    private async Task FetchAndParseAsync(
        int index, FeedRecord feed, ChannelWriter<(int, FeedUpdate, int)> ready, CancellationToken cancellationToken)
    {
        var request = new FetchRequest(feed.Location, feed.RedirectLocation, feed.ETag, feed.LastModified);
        var fetched = await fetcher.FetchAsync(request, cancellationToken).ConfigureAwait(false);
        var update = fetched.Outcome switch
        {
            FetchOutcome.Failed => Failure(feed, fetched, FailureStage.Fetch, fetched.Error!),
            FetchOutcome.NotModified => Base(feed, fetched) with { Status = FeedRunStatus.NotModified },
            _ => await Task.Run(() => Parse(feed, fetched), cancellationToken).ConfigureAwait(false),
        };
        await ready.WriteAsync((index, update, fetched.Attempts), cancellationToken).ConfigureAwait(false);
    }

    private FeedUpdate Parse(FeedRecord feed, FetchResult fetched)
    {
        try
        {
            var parsed = FeedParser.Parse(fetched.Body!, fetched.Charset, fetched.PermanentLocation ?? feed.RedirectLocation ?? feed.Location);
            var update = Base(feed, fetched) with { Status = FeedRunStatus.Fetched, Feed = parsed, Warnings = parsed.Warnings };
            // Keys, languages and hashes are worked out here, in parallel, rather than by the single writer.
            return update with { PreparedRows = FeedItemMerge.Prepare(feed, parsed, update.At) };
        }
        catch (FeedParseException e)
        {
            return Failure(feed, fetched, FailureStage.Parse, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser bug on hostile input must cost one feed, not the sweep.
            return Failure(feed, fetched, FailureStage.Parse, $"unexpected {e.GetType().Name}: {e.Message}");
        }
    }

    private FeedOutcome Commit(FeedRecord feed, FeedUpdate update)
    {
        try
        {
            var result = store.Items.Commit(feed, update);
            return new FeedOutcome
            {
                // The summary should name the feed by the title this very fetch may have just learned.
                Feed = feed with { Title = update.Feed?.Title ?? feed.Title },
                Status = update.Status,
                NewItems = result.NewItems,
                ChangedItems = result.ChangedItems,
                EditedItems = result.EditedItems,
                SeenItems = result.UnchangedItems,
                FailedStage = update.ErrorStage,
                Error = update.Error,
                Warnings = update.Warnings,
            };
        }
        catch (StoreException e)
        {
            return new FeedOutcome { Feed = feed, Status = FeedRunStatus.Failed, FailedStage = FailureStage.Store, Error = e.Message };
        }
    }

    private FeedUpdate Base(FeedRecord feed, FetchResult fetched) => new()
    {
        FeedId = feed.Id,
        At = clock.GetUtcNow(),
        Status = FeedRunStatus.Fetched,
        HttpStatus = fetched.HttpStatus,
        ETag = fetched.ETag,
        LastModified = fetched.LastModified,
        RedirectLocation = fetched.PermanentLocation,
        RunnerId = _settings.RunnerId,
    };

    private FeedUpdate Failure(FeedRecord feed, FetchResult fetched, string stage, string error) =>
        Base(feed, fetched) with { Status = FeedRunStatus.Failed, ErrorStage = stage, Error = error };
}
