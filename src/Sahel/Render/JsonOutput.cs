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
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, options))
            body(json);
        // Cleaned straight into the output: a nightly digest's document runs to 100 MB, and building the clean
        // copy as a string first would hold it in memory twice more.
        Clean(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), output);
        output.WriteLine();
    }

    /// <summary>The UTF-8 JSON a writer produced, made safe to publish (see the class summary).</summary>
    public static string Text(ReadOnlySpan<byte> utf8Json)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Clean(Encoding.UTF8.GetString(utf8Json), text);
        return text.ToString();
    }

    private static void Clean(string text, TextWriter output)
    {
        var chunk = new char[16384];
        var used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                // An escape inside a string: \uXXXX of a character to drop is dropped whole; others are kept.
                if (text[i + 1] == 'u' && i + 5 < text.Length
                    && int.TryParse(text.AsSpan(i + 2, 4), System.Globalization.NumberStyles.HexNumber, null, out var code)
                    && Drops((char)code, escaped: true))
                {
                    i += 5;
                    continue;
                }
                Put(c);
                Put(text[i + 1]);
                i++;
                continue;
            }
            if (Drops(c, escaped: false))
                continue;
            switch (c)
            {
                // Outside strings JSON has none of these: escaping them raw is escaping them in strings.
                case '<': PutText("\\u003C"); break;
                case '>': PutText("\\u003E"); break;
                case '&': PutText("\\u0026"); break;
                default: Put(c); break;
            }
        }
        output.Write(chunk, 0, used);

        void Put(char c)
        {
            if (used == chunk.Length)
            {
                output.Write(chunk, 0, used);
                used = 0;
            }
            chunk[used++] = c;
        }

        void PutText(string escaped)
        {
            foreach (var c in escaped)
                Put(c);
        }
    }

    // Raw \n, \r, \t and spaces are the writer's indentation; escaped \n and \t (paragraphs) are written short.
    private static bool Drops(char c, bool escaped) =>
        SafeText.IsInvisibleControl(c) || (char.IsControl(c) && (escaped || c is not ('\n' or '\r' or '\t')));
}
