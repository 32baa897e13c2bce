using System.Buffers;
using System.Net;
using Humanizer;

namespace Sahel.Fetch;

/// <summary>
/// One attempt at one http(s) document: conditional GET, redirects followed by hand (counted, loops caught,
/// permanent chains reported), a size cap enforced on the decompressed bytes, and a timeout over the whole
/// exchange. Retrying is <see cref="DocumentFetcher"/>'s business; this says whether a failure is worth it.
/// </summary>
internal sealed class HttpDocumentFetcher(HttpMessageInvoker client, FetchOptions options)
{
    private const string Accept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, " +
        "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    public async Task<FetchResult> AttemptAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            return await FollowAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed($"timeout after {options.Timeout.Humanize()}", transient: true);
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Failed($"connection failed: {OneLine(e.InnerException?.Message ?? e.Message)}", transient: true);
        }
        catch (InvalidDataException e)
        {
            return FetchResult.Failed($"corrupt compressed response: {OneLine(e.Message)}");
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed($"connection broken: {OneLine(e.Message)}", transient: true);
        }
    }

    private async Task<FetchResult> FollowAsync(FetchRequest request, CancellationToken token)
    {
        var current = new Uri(request.RedirectLocation ?? request.Location);
        var chain = new List<Uri> { current };
        var allPermanent = true;
        while (true)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, current);
            message.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
            message.Headers.TryAddWithoutValidation("Accept", Accept);
            if (request.ETag is not null)
                message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
            if (request.LastModified is not null)
                message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);

            using var response = await client.SendAsync(message, token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                var next = RedirectTarget(response, current, chain, out var error);
                if (next is null)
                    return FetchResult.Failed(error!, status);
                allPermanent &= status is 301 or 308;
                chain.Add(next);
                current = next;
                continue;
            }

            var permanent = allPermanent && chain.Count > 1 ? current.AbsoluteUri : null;
            if (status == 304)
                return new FetchResult { Outcome = FetchOutcome.NotModified, HttpStatus = status, PermanentLocation = permanent };
            if (status is >= 200 and < 300)
                return await ReadBodyAsync(response, current, permanent, token).ConfigureAwait(false);
            return StatusFailure(response);
        }

        Uri? RedirectTarget(HttpResponseMessage response, Uri from, List<Uri> chain, out string? error)
        {
            error = null;
            if (response.Headers.Location is not { } location)
            {
                error = $"HTTP {(int)response.StatusCode} redirect without a Location header";
                return null;
            }
            var next = location.IsAbsoluteUri ? location : new Uri(from, location);
            if (next.Scheme is not ("http" or "https"))
                error = $"redirect to a non-http(s) location refused: {next.Scheme}:";
            else if (chain.Any(u => u.AbsoluteUri == next.AbsoluteUri))
                error = $"redirect loop: {string.Join(" → ", chain.Append(next).Select(u => u.AbsoluteUri))}";
            else if (chain.Count > options.MaxRedirects)
                error = $"too many redirects (more than {options.MaxRedirects})";
            return error is null ? next : null;
        }
    }

    private async Task<FetchResult> ReadBodyAsync(HttpResponseMessage response, Uri location, string? permanent, CancellationToken token)
    {
        var limit = options.MaxBodyBytes;
        var declared = response.Content.Headers.ContentLength;
        if (declared > limit)
            return FetchResult.Failed($"response too large: {declared.Value.Bytes().Humanize("0.#")} declared, limit {limit.Bytes().Humanize("0.#")}", (int)response.StatusCode);

        await using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var body = new MemoryStream(declared is > 0 ? (int)declared.Value : 64 * 1024);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, token).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > limit)
                    return FetchResult.Failed($"response too large: more than the {limit.Bytes().Humanize("0.#")} limit", (int)response.StatusCode);
                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var contentType = response.Content.Headers.ContentType;
        return new FetchResult
        {
            Outcome = FetchOutcome.Fetched,
            Body = body.ToArray(),
            Charset = contentType?.CharSet?.Trim('"', '\''),
            ContentType = contentType?.MediaType,
            HttpStatus = (int)response.StatusCode,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("r"),
            PermanentLocation = permanent,
            FinalLocation = location.AbsoluteUri,
            ContentLanguage = response.Content.Headers.ContentLanguage.FirstOrDefault(),
        };
    }

    private FetchResult StatusFailure(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var reason = $"HTTP {status} {response.ReasonPhrase ?? ((HttpStatusCode)status).ToString()}".TrimEnd();
        var retryAfter = RetryAfter(response);
        if (retryAfter > options.MaxRetryAfter)
            return FetchResult.Failed($"{reason}; the server asks to wait {retryAfter.Value.Humanize()}", status);
        var transient = status is 408 or 429 or >= 500;
        return FetchResult.Failed(reason, status, transient, retryAfter);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta;
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
