using System.Collections.Concurrent;

namespace Sahel.Fetch;

/// <summary>
/// At most N requests at once overall and M at once per host. The host slot is taken first so that a queue of
/// feeds on one slow host never holds global slots other hosts could use.
/// </summary>
public sealed class HostLimiter(int maxConcurrency, int maxPerHost)
{
    private readonly SemaphoreSlim _global = new(maxConcurrency, maxConcurrency);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _perHost = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> AcquireAsync(string host, CancellationToken cancellationToken)
    {
        var hostSlot = _perHost.GetOrAdd(host, _ => new SemaphoreSlim(maxPerHost, maxPerHost));
        await hostSlot.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _global.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            hostSlot.Release();
            throw;
        }
        return new Lease(_global, hostSlot);
    }

    private sealed class Lease(SemaphoreSlim global, SemaphoreSlim host) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1)
                return;
            global.Release();
            host.Release();
        }
    }
}
