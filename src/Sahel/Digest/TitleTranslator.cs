using Sahel.Model;
using Sahel.Store;

namespace Sahel.Digest;

/// <summary>
/// English titles for the stories not already in English: from the store's cache, else from the user's server,
/// then cached. A failure is never fatal: the first one stops asking for this run, is reported once, and the
/// titles already translated are kept. Translations are shown beside the original; grouping never reads them.
/// </summary>
public sealed class TitleTranslator(LibreTranslateClient client, ISahelStore store, TimeProvider clock)
{
    public const string Target = "en";

    /// <summary>At most this many requests at once: the server is the user's own, often a laptop.</summary>
    private const int Parallel = 4;

    public sealed record Result(IReadOnlyDictionary<long, string> Titles, string? Failure, int Requested);

    public async Task<Result> TranslateAsync(IReadOnlyList<Story> stories, CancellationToken cancellationToken)
    {
        var titles = new Dictionary<long, string>();
        var wanted = stories.Where(s => s.Lang != Target && !string.IsNullOrWhiteSpace(s.Title)).ToList();
        string? failure = null;
        var requested = 0;
        foreach (var group in wanted.GroupBy(s => s.Lang ?? "auto", StringComparer.Ordinal))
        {
            var cached = store.Translations.Load(group.Select(s => s.Title), group.Key, Target);
            var missing = group.Select(s => s.Title).Distinct(StringComparer.Ordinal).Where(t => !cached.ContainsKey(t)).ToList();
            var fresh = new List<(string Text, string Translated)>();
            if (failure is null && missing.Count > 0)
            {
                using var gate = new SemaphoreSlim(Parallel);
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var tasks = missing.Select(async title =>
                {
                    await gate.WaitAsync(stop.Token).ConfigureAwait(false);
                    try
                    {
                        Interlocked.Increment(ref requested);
                        var translated = await client.TranslateAsync(title, group.Key == "auto" ? null : group.Key, Target, stop.Token).ConfigureAwait(false);
                        lock (fresh)
                            fresh.Add((title, translated));
                    }
                    catch (TranslationException e)
                    {
                        failure ??= e.Message;
                        await stop.CancelAsync().ConfigureAwait(false);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }).ToList();
                try
                {
                    await Task.WhenAll(tasks).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Stopped by the first failure: what was translated before it is kept.
                }
                if (fresh.Count > 0)
                    store.Translations.Save(fresh, group.Key, Target, clock.GetUtcNow());
                foreach (var (text, translated) in fresh)
                    cached[text] = translated;
            }
            foreach (var story in group)
            {
                if (cached.TryGetValue(story.Title, out var english))
                    titles[story.Id] = english;
            }
        }
        return new Result(titles, failure, requested);
    }
}
