using System.Text.Json;
using Sahel.Model;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Render;

/// <summary>Story objects written ahead, in parallel, and copied where a story is listed again.</summary>
public sealed class StoryJsonObjectsTests
{
    private static Story Story(long id, string title) => new()
    {
        Id = id,
        FeedId = 1,
        FeedUrl = "https://outlet.example/feed.xml",
        ItemKey = $"https://outlet.example/{id}",
        Url = $"https://outlet.example/{id}",
        Title = title,
        Outlet = "Outlet",
        SummaryHtml = "<p>Selon des sources locales, au moins 12 personnes ont été tuées près de Ménaka.</p>",
        Published = new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero),
        FirstSeen = new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero),
        LastSeen = new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero),
    };

    // Nested as a timeline nests them: stories inside an object inside an array, then again one level up.
    private static string Document(JsonWriterOptions options, IReadOnlyList<Story> stories, bool ahead)
    {
        var output = new StringWriter();
        var objects = new StoryJsonObjects(options, null, null, stories.Concat(stories), listedTwice: true);
        JsonOutput.Write(output, options, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("incidents");
            json.WriteStartObject();
            json.WriteStartArray("stories");
            foreach (var story in stories)
            {
                if (ahead)
                    objects.WriteAndKeep(json, story);
                else
                    StoryJsonWriter.Write(json, story);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("stories");
            foreach (var story in stories)
            {
                if (ahead)
                    objects.WriteAgain(json, story);
                else
                    StoryJsonWriter.Write(json, story);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
        return output.ToString();
    }

    public static TheoryData<bool> Indentation => new() { true, false };

    [Theory]
    [MemberData(nameof(Indentation))]
    public void WrittenAheadAndCopied_IsByteForByteWritingInPlace(bool indented)
    {
        var options = indented ? JsonOutput.Options : JsonOutput.Compact;
        // More than one batch, so the batches' boundaries are crossed too.
        var stories = Enumerable.Range(1, 2500).Select(i => Story(i, i % 3 == 0 ? $"كمين قرب أنفيس {i}" : $"Embuscade <b>{i}</b> près de Kidal")).ToList();
        var inPlace = Document(options, stories, ahead: false);
        Assert.Equal(inPlace, Document(options, stories, ahead: true));
        Assert.Equal(5000, JsonDocument.Parse(inPlace).RootElement.GetProperty("incidents")[0].GetProperty("stories").GetArrayLength()
            + JsonDocument.Parse(inPlace).RootElement.GetProperty("stories").GetArrayLength());
    }
}
