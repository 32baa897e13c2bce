using System.Net.Http.Headers;
using System.Text.Json;

namespace Sahel.Digest;

/// <summary>
/// A LibreTranslate-compatible server the user runs (<c>POST /translate</c> with <c>q</c>, <c>source</c>,
/// <c>target</c>, <c>format</c>; the answer's <c>translatedText</c>). One title per request, a few at a time.
/// </summary>
public sealed class LibreTranslateClient(HttpClient http, Uri endpoint)
{
    /// <summary>The endpoint for a URL the user gave: the server's root or its /translate path.</summary>
    public static Uri Endpoint(Uri server) =>
        server.AbsolutePath.EndsWith("/translate", StringComparison.Ordinal) ? server
        : new Uri(server.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/translate");

    /// <exception cref="TranslationException">The server could not be reached or gave no translation.</exception>
    public async Task<string> TranslateAsync(string text, string? sourceLang, string targetLang, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("q", text);
            json.WriteString("source", sourceLang ?? "auto");
            json.WriteString("target", targetLang);
            json.WriteString("format", "text");
            json.WriteEndObject();
        }
        using var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            using var response = await http.PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
            var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new TranslationException($"HTTP {(int)response.StatusCode}");
            using var document = JsonDocument.Parse(answer);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("translatedText", out var translated) && translated.ValueKind == JsonValueKind.String
                && translated.GetString() is { Length: > 0 } result
                ? result
                : throw new TranslationException("the answer has no translatedText");
        }
        catch (HttpRequestException e)
        {
            throw new TranslationException(e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TranslationException("timed out");
        }
        catch (JsonException)
        {
            throw new TranslationException("the answer is not JSON");
        }
    }
}

public sealed class TranslationException(string message) : Exception(message);
