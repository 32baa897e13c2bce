using System.Text.Json;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Render;

/// <summary>The one pass every JSON document goes through (JsonOutput).</summary>
public sealed class JsonOutputTests
{
    private static string Write(string value)
    {
        var output = new StringWriter();
        JsonOutput.Write(output, JsonOutput.Compact, json =>
        {
            json.WriteStartObject();
            json.WriteString("t", value);
            json.WriteEndObject();
        });
        return output.ToString();
    }

    [Fact]
    public void Apostrophes_StayAsWritten_SoGrepFindsThem() =>
        Assert.Equal("{\"t\":\"selon l'armée, à Ménaka\"}\n", Write("selon l'armée, à Ménaka"));

    [Fact]
    public void HtmlSignificantCharacters_AreEscaped_SoTheJsonCanBeEmbedded() =>
        Assert.Equal("{\"t\":\"\\u003Cscript\\u003E \\u0026 \\\"q\\\"\"}\n", Write("<script> & \"q\""));

    [Fact]
    public void BidiZeroWidthAndControlCharacters_AreDropped_ParagraphBreaksKept()
    {
        var written = Write("مقتل\u202E ١٢\u2066 جنديا\u200B\u0007\u001b[31m\u0085\n\nفقرة\t\\u202E");
        // The literal text \u202E (a backslash, then letters) is text, not a character: it stays.
        Assert.Equal("مقتل ١٢ جنديا[31m\n\nفقرة\t\\u202E", JsonDocument.Parse(written).RootElement.GetProperty("t").GetString());
    }

    [Fact]
    public void ArabicStaysReadable_NotEscaped() =>
        Assert.Contains("كمين قرب أنفيس", Write("كمين قرب أنفيس"));
}

/// <summary>
/// The cleaning stream gets the writer's bytes in chunks of any size: an escape or a character cut by the end of
/// a chunk is cleaned exactly as if it had arrived whole.
/// </summary>
public sealed class JsonCleaningStreamTests
{
    private const string Hostile = "{\"t\":\"<b>مقتل\u202E ١٢ جنديا\u200B \\u202E \\u200B \\u0041 é \\\\u202E & ok\u0085 🙂 \\n\"}";

    private static string Clean(string json, int chunk)
    {
        var output = new StringWriter();
        using (var cleaning = new JsonCleaningStream(output))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(json);
            for (var i = 0; i < bytes.Length; i += chunk)
                cleaning.Write(bytes.AsSpan(i, Math.Min(chunk, bytes.Length - i)));
            cleaning.Complete();
        }
        return output.ToString();
    }

    [Fact]
    public void WholeDocument_DropsControlsAndEscapesHtml()
    {
        var cleaned = Clean(Hostile, 1 << 20);
        Assert.Equal("{\"t\":\"\\u003Cb\\u003Eمقتل ١٢ جنديا   \\u0041 é \\\\u202E \\u0026 ok 🙂 \\n\"}", cleaned);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void AnyChunkSize_CleansAsTheWholeDocument(int chunk) =>
        Assert.Equal(Clean(Hostile, 1 << 20), Clean(Hostile, chunk));

    [Fact]
    public void FileWriter_GetsTheSameBytesAsATextWriter()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            {
                file.Write("before ");
                using var cleaning = new JsonCleaningStream(file);
                cleaning.Write(System.Text.Encoding.UTF8.GetBytes(Hostile));
                cleaning.Complete();
            }
            Assert.Equal("before " + Clean(Hostile, 1 << 20), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
