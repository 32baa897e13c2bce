using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// `--translate-url` against a fake LibreTranslate server on loopback: English titles beside the originals,
/// cached in the store, never changing the grouping, and a failing server never failing the command.
/// </summary>
public sealed class TranslationTests : LoopbackCliTest
{
    private const string Now = "2026-03-15T06:00:00Z";
    private static readonly string Opml = Path.Combine(RepoPaths.Samples, "feeds.opml");

    private void MapTranslator()
    {
        Server.Map("/translate", async (context, _) =>
        {
            using var request = await JsonDocument.ParseAsync(context.Request.InputStream);
            var text = request.RootElement.GetProperty("q").GetString();
            Assert.Equal("en", request.RootElement.GetProperty("target").GetString());
            await LoopbackServer.Respond(context, 200, JsonSerializerSafe("EN: " + text), "application/json");
        });
    }

    // One string property, written without reflection so the test reads like the server it fakes.
    private static string JsonSerializerSafe(string translated)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("translatedText", translated);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public async Task Titles_AreTranslatedOnce_ShownBesideTheOriginal_AndNeverChangeTheGrouping()
    {
        MapTranslator();
        Assert.Equal(0, (await Cli.RunAsync("fetch", "--feeds", Opml, "--now", Now)).ExitCode);
        var plain = await Cli.RunAsync("timeline", "--format", "json", "--now", Now, "--since", "2026-03-10", "--until", "2026-03-12");
        var translated = await Cli.RunAsync("timeline", "--format", "json", "--now", Now, "--since", "2026-03-10", "--until", "2026-03-12", "--translate-url", Server.BaseUrl);
        Assert.True(translated.ExitCode == 0, translated.ToString());
        var requests = Server.Hits("/translate");
        Assert.True(requests > 0);

        using var document = JsonDocument.Parse(translated.Out);
        var stories = document.RootElement.GetProperty("stories").EnumerateArray().ToList();
        foreach (var story in stories)
        {
            var title = story.GetProperty("title").GetString();
            if (story.GetProperty("lang").GetString() == "en")
                Assert.False(story.TryGetProperty("titleEnglish", out _));
            else
                Assert.Equal("EN: " + title, story.GetProperty("titleEnglish").GetString());
        }
        static IEnumerable<string?> Ids(string json) =>
            JsonDocument.Parse(json).RootElement.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("id").GetString());
        Assert.Equal(Ids(plain.Out), Ids(translated.Out));

        // Cached in the store: a second digest sends nothing.
        var again = await Cli.RunAsync("timeline", "--now", Now, "--since", "2026-03-10", "--until", "2026-03-12", "--translate-url", Server.BaseUrl);
        Assert.Equal(requests, Server.Hits("/translate"));
        Assert.Contains("“EN: ", again.Out);
    }

    [Fact]
    public async Task AFailingServer_NeverFailsTheSweep_ItSaysSoOnce()
    {
        Server.Map("/translate", (context, _) => LoopbackServer.Respond(context, 500, "{\"error\": \"model not loaded\"}", "application/json"));
        var result = await Cli.RunAsync("sweep", "--feeds", Opml, "--now", Now, "--format", "json", "--translate-url", Server.Url("/translate"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.Error.Split('\n'), line => line.Contains("translation server", StringComparison.Ordinal));
        Assert.Contains("HTTP 500", result.Error);
        Assert.DoesNotContain("titleEnglish", result.Out);
        Assert.Contains("\"gloss\"", result.Out);
    }

    [Fact]
    public async Task AnUnreachableServer_NeverFailsTheTimeline()
    {
        Assert.Equal(0, (await Cli.RunAsync("fetch", "--feeds", Opml, "--now", Now)).ExitCode);
        // A port that was just free and is closed again: nothing listens there.
        var closed = new LoopbackServer();
        var url = closed.BaseUrl;
        await closed.DisposeAsync();
        var result = await Cli.RunAsync("timeline", "--now", Now, "--translate-url", url);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("translation server", result.Error);
    }

    [Fact]
    public async Task ANonHttpUrl_IsAUsageError()
    {
        var result = await Cli.RunAsync("timeline", "--translate-url", "ftp://127.0.0.1/translate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--translate-url", result.Error);
    }
}
