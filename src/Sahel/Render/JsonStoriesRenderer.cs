using System.Text;
using System.Text.Json;

namespace Sahel.Render;

/// <summary>`sahel stories --format json`: one document with the stories, each the timeline's story object.</summary>
public sealed class JsonStoriesRenderer : IReportRenderer<StoryList>
{
    public void Render(StoryList report, TextWriter output)
    {
        JsonOutput.Write(output, JsonOutput.Options, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", JsonTimelineRenderer.SchemaVersion);
            json.WriteStartArray("stories");
            var details = report.Details;
            foreach (var story in report.Stories)
            {
                StoryJsonWriter.Write(json, story, details: details);
                JsonOutput.FlushBetweenValues(json);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
