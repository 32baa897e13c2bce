using System.Threading.Channels;
using Sahel.Feeds;
using Sahel.Fetch;
using Sahel.Model;
using Sahel.Store;

namespace Sahel.Sweep;

/// <summary>
/// One sweep: every feed is fetched and parsed concurrently (within the fetcher's limits), and a single writer
/// commits each feed in its own transaction as soon as it is ready. A failing feed is recorded with its stage
/// and reason and never stops the others; an interrupted sweep keeps every feed already committed.
/// </summary>
public sealed class SweepRunner(SahelStore store, DocumentFetcher fetcher, TimeProvider clock)
{
    public async Task<SweepReport> RunAsync(
        IReadOnlyList<FeedSource> sources, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        var feeds = store.Feeds.Ensure(sources, clock.GetUtcNow());
        var ready = Channel.CreateBounded<(int Index, FeedUpdate Update, int Attempts)>(
            new BoundedChannelOptions(64) { SingleReader = true });
        var producers = Task.WhenAll(feeds.Select((feed, index) => FetchAndParseAsync(index, feed, ready.Writer, cancellationToken)))
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
                progress?.Report(new SweepProgress(done, feeds.Count, failed, newItems, outcome));
            }
            await producers.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new SweepReport(outcomes.OfType<FeedOutcome>().ToList(), Interrupted: true);
        }
        return new SweepReport(outcomes.Select(o => o!).ToList());
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
            return Base(feed, fetched) with { Status = FeedRunStatus.Fetched, Feed = parsed, Warnings = parsed.Warnings };
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
        catch (Microsoft.Data.Sqlite.SqliteException e)
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
    };

    private FeedUpdate Failure(FeedRecord feed, FetchResult fetched, string stage, string error) =>
        Base(feed, fetched) with { Status = FeedRunStatus.Failed, ErrorStage = stage, Error = error };
}
