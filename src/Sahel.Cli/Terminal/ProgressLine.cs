using Sahel.Sweep;

namespace Sahel.Cli.Terminal;

/// <summary>
/// A single self-overwriting status line on stderr while a sweep runs: feeds done, failed, new items; then
/// pages done, not stored, stored. Only used on a terminal; it is erased before the summary is printed.
/// </summary>
public sealed class ProgressLine(TextWriter error) : IProgress<SweepProgress>, IProgress<PageProgress>
{
    private readonly Lock _gate = new();
    private bool _shown;

    public void Report(SweepProgress value)
    {
        lock (_gate)
        {
            error.Write($"\r\u001b[Kfeeds {value.Done}/{value.Total} · {value.Failed} failed · {value.NewItems} new items");
            _shown = true;
        }
    }

    public void Report(PageProgress value)
    {
        lock (_gate)
        {
            error.Write($"\r\u001b[Kpages {value.Done}/{value.Total} · {value.NotStored} not stored · {value.Stored} stored");
            _shown = true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            if (_shown)
                error.Write("\r\u001b[K");
            _shown = false;
        }
    }
}
