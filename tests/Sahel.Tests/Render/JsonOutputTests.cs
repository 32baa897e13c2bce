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
