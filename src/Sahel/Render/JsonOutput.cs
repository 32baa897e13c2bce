using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sahel.Render;

/// <summary>
/// The one way sahel's JSON reaches its reader, whatever the document: each renderer writes with
/// <see cref="Options"/> into a buffer, and <see cref="Text"/> makes the final text. Text from feeds is
/// hostile input, so this pass removes what <see cref="SafeText"/> removes from Markdown, raw or escaped:
/// bidi embedding, override and isolate controls, zero-width characters and control characters (JSON's
/// own \n and \t stay). It escapes &lt;, &gt; and &amp;, so the JSON can be embedded in a page, but not the
/// apostrophe: <c>grep "l'armée"</c> finds what it should.
/// </summary>
public static class JsonOutput
{
    public static readonly JsonWriterOptions Options = new()
    {
        // Readable Arabic and accents, no \u0027 for apostrophes; the HTML-significant characters are
        // escaped by Text below, and quotes, backslashes and controls by the writer itself.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public static readonly JsonWriterOptions Compact = Options with { Indented = false };

    /// <summary>One JSON document written by <paramref name="body"/>, then a newline.</summary>
    public static void Write(TextWriter output, JsonWriterOptions options, Action<Utf8JsonWriter> body)
    {
        // Cleaned as it is written: a nightly digest's document runs to 100 MB, and holding it (let alone a
        // decoded, cleaned copy) would cost several times that in memory. Renderers call FlushBetweenValues in
        // their long arrays, so the document leaves in chunks.
        using var cleaning = new JsonCleaningStream(output);
        using (var json = new Utf8JsonWriter(cleaning, options))
            body(json);
        cleaning.Complete();
        output.WriteLine();
    }

    /// <summary>
    /// Passes what the writer holds on to the output once it is large: called between the values of long arrays
    /// (stories, incidents), never inside one.
    /// </summary>
    public static void FlushBetweenValues(Utf8JsonWriter json)
    {
        if (json.BytesPending >= 1 << 16)
            json.Flush();
    }

    /// <summary>The UTF-8 JSON a writer produced, made safe to publish (see the class summary).</summary>
    public static string Text(ReadOnlySpan<byte> utf8Json)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var cleaning = new JsonCleaningStream(text))
        {
            cleaning.Write(utf8Json);
            cleaning.Complete();
        }
        return text.ToString();
    }
}
