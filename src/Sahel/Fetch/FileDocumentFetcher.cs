using System.Globalization;
using Humanizer;

namespace Sahel.Fetch;

/// <summary>
/// Local feed files (archives, the shipped samples). The file's size and modification time stand in for
/// HTTP validators, so a second sweep over unchanged files does no parsing either.
/// </summary>
internal sealed class FileDocumentFetcher(FetchOptions options)
{
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var file = new FileInfo(request.Location);
        if (!file.Exists)
            return FetchResult.Failed(Directory.Exists(request.Location) ? "is a directory, not a feed file" : "file not found");
        if (file.Length > options.MaxBodyBytes)
            return FetchResult.Failed($"file too large: {file.Length.Bytes().Humanize("0.#")}, limit {options.MaxBodyBytes.Bytes().Humanize("0.#")}");

        var validator = string.Create(CultureInfo.InvariantCulture, $"file:{file.Length}:{file.LastWriteTimeUtc.Ticks}");
        if (validator == request.LastModified)
            return new FetchResult { Outcome = FetchOutcome.NotModified };
        try
        {
            var body = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            return new FetchResult { Outcome = FetchOutcome.Fetched, Body = body, LastModified = validator };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FetchResult.Failed($"cannot read: {e.Message}");
        }
    }
}
