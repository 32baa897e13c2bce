using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>
/// A story's <c>claims</c> are the same in `stories` as in the digests: read from the fullest stored text (the
/// feed's content when it is longer than its teaser), as `timeline` and `diff` read them.
/// </summary>
public sealed class StoryClaimsTests : IDisposable
{
    private const string Now = "2026-03-12T08:00:00Z";
    private readonly TempDirectory _temp = new();
    private CliRunner Cli => new(_temp.File("sahel.db"));

    // The teaser names no figure; the full content does, with its source.
    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Gao Evening Post</title>
            <link>https://gao-evening.example/</link>
            <description>test feed</description>
            <item>
              <title>Attack on a checkpoint near Ansongo</title>
              <link>https://gao-evening.example/2026/03/ansongo</link>
              <guid>https://gao-evening.example/2026/03/ansongo</guid>
              <pubDate>Wed, 11 Mar 2026 18:00:00 GMT</pubDate>
              <description>Gunmen struck a checkpoint on the road south of Gao on Wednesday.</description>
              <content:encoded><![CDATA[<p>Gunmen struck a checkpoint on the road south of Gao on Wednesday.</p>
                <p>Seven soldiers were killed in the attack, the army general staff said in a statement in the evening.</p>]]></content:encoded>
            </item>
          </channel>
        </rss>
        """;

    [Theory]
    [InlineData("ndjson")]
    [InlineData("json")]
    public async Task Stories_ShowTheClaimsOfTheFullestText_AsTheTimelineDoes(string format)
    {
        var feed = _temp.Write("gao.xml", Feed);
        var fetch = await Cli.RunAsync("fetch", "--feeds", _temp.Write("feeds.txt", feed), "--now", Now);
        Assert.True(fetch.ExitCode == 0, fetch.ToString());

        var stories = await Cli.RunAsync("stories", "--format", format, "--now", Now);
        Assert.True(stories.ExitCode == 0, stories.ToString());
        var story = format == "ndjson"
            ? JsonDocument.Parse(stories.Out.Trim()).RootElement
            : JsonDocument.Parse(stories.Out).RootElement.GetProperty("stories")[0];
        var toll = Assert.Single(story.GetProperty("claims").GetProperty("tolls").EnumerateArray());
        Assert.Equal("killed", toll.GetProperty("kind").GetString());
        Assert.Equal(7, toll.GetProperty("low").GetInt32());
        Assert.Equal("army", toll.GetProperty("source").GetProperty("kind").GetString());

        var timeline = await Cli.RunAsync("timeline", "--format", "json", "--now", Now);
        Assert.True(timeline.ExitCode == 0, timeline.ToString());
        var listed = JsonDocument.Parse(timeline.Out).RootElement.GetProperty("stories")[0];
        Assert.True(JsonElement.DeepEquals(listed.GetProperty("claims"), story.GetProperty("claims")), $"timeline {listed.GetProperty("claims")}, stories {story.GetProperty("claims")}");
    }

    public void Dispose() => _temp.Dispose();
}
