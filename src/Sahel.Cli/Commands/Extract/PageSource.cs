using System.IO.Compression;
using Sahel.Cli.Infrastructure;
using Sahel.Fetch;

namespace Sahel.Cli.Commands.Extract;

/// <summary>
/// The bytes of one page for `extract`: a URL through the fetch stage (same limits, retries and User-Agent as
/// feeds), or a local file, gunzipped when it is gzip (saved pages are often kept as .html.gz).
/// </summary>
internal sealed record PageSource(byte[] Body, string? Charset, string? ContentLanguage, Uri? Url)
{
    /// <summary>Same cap as a fetched body: a decompression bomb stops here.</summary>
    private const long MaxFileBytes = 10 * 1024 * 1024;

    public static async Task<PageSource> FetchAsync(string url, FetchOptions options, CancellationToken cancellationToken)
    {
        using var fetcher = new DocumentFetcher(options);
        var result = await fetcher.FetchAsync(new FetchRequest(url), cancellationToken).ConfigureAwait(false);
        if (result.Outcome != FetchOutcome.Fetched || result.Body is null)
            throw new CliException($"{url}: {result.Error ?? "nothing was fetched"}");
        var final = Uri.TryCreate(result.PermanentLocation ?? url, UriKind.Absolute, out var parsed) ? parsed : null;
        return new PageSource(result.Body, result.Charset, null, final);
    }

    public static async Task<PageSource> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
            throw CliException.Usage($"{path}: is a directory; extract takes one page (a file or a URL)");
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes)
                throw new CliException($"{path}: larger than {MaxFileBytes / (1024 * 1024)} MB");
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException($"{path}: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be read ({e.Message})");
        }
        if (bytes is [0x1F, 0x8B, ..])
            bytes = Gunzip(bytes, path);
        return new PageSource(bytes, null, null, null);
    }

    private static byte[] Gunzip(byte[] compressed, string path)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxFileBytes)
                    throw new CliException($"{path}: larger than {MaxFileBytes / (1024 * 1024)} MB once decompressed");
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new CliException($"{path}: not a readable gzip file ({e.Message})");
        }
    }
}
