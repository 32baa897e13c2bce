using System.Text.Json;

namespace Sahel.Render;

/// <summary>
/// The timeline for machines: a versioned document (docs/schema/timeline.v1.schema.json). Fields are only
/// ever added within a schema version; renaming or removing one bumps <c>schemaVersion</c>.
/// </summary>
public sealed class JsonTimelineRenderer : IReportRenderer<Timeline.Timeline>
{
    public const int SchemaVersion = 1;

    public void Render(Timeline.Timeline timeline, TextWriter output)
    {
        JsonEnvelope.Write(output, "timeline.v1.schema.json", SchemaVersion, timeline.GeneratedAt, json =>
        {
            StoryJsonWriter.WriteTime(json, "since", timeline.Since);
            StoryJsonWriter.WriteTime(json, "until", timeline.Until);
            json.WriteStartObject("counts");
            json.WriteNumber("stories", timeline.Stories.Count);
            json.WriteNumber("outlets", timeline.OutletCount);
            if (timeline.Incidents is { } grouped)
                json.WriteNumber("incidents", grouped.Incidents.Count);
            json.WriteStartArray("languages");
            foreach (var language in timeline.Languages)
                json.WriteStringValue(language);
            json.WriteEndArray();
            json.WriteEndObject();
            // A story of an incident is listed twice, inside it and in the stories: it is written once.
            var listed = (timeline.Incidents?.Incidents.SelectMany(i => i.Stories.Select(s => s.Story)) ?? []).Concat(timeline.Stories);
            var objects = new StoryJsonObjects(JsonOutput.Options, timeline.Incidents, timeline.Details, listed, listedTwice: true);
            if (timeline.Incidents is { } set)
            {
                json.WriteStartArray("incidents");
                foreach (var incident in set.Incidents)
                    IncidentJsonWriter.Write(json, incident, set, timeline.Details, objects);
                json.WriteEndArray();
            }
            json.WriteStartArray("stories");
            foreach (var story in timeline.Stories)
            {
                objects.WriteAgain(json, story);
                JsonOutput.FlushBetweenValues(json);
            }
            json.WriteEndArray();
        });
    }
}
