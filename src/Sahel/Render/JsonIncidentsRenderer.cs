using System.Text.Json;

namespace Sahel.Render;

/// <summary>
/// Incidents for machines (docs/schema/incidents.v1.schema.json): the incidents after filters, then the stories
/// of the window that belong to none.
/// </summary>
public sealed class JsonIncidentsRenderer : IReportRenderer<IncidentReport>
{
    public void Render(IncidentReport report, TextWriter output)
    {
        JsonEnvelope.Write(output, "incidents.v1.schema.json", 1, report.GeneratedAt, json =>
        {
            StoryJsonWriter.WriteTime(json, "since", report.Since);
            StoryJsonWriter.WriteTime(json, "until", report.Until);
            var listed = report.Incidents.SelectMany(i => i.Stories).Concat(report.Set.Unassigned).Select(s => s.Story);
            var objects = new StoryJsonObjects(JsonOutput.Options, report.Set, report.Details, listed, listedTwice: false);
            json.WriteStartArray("incidents");
            foreach (var incident in report.Incidents)
                IncidentJsonWriter.Write(json, incident, report.Set, report.Details, objects);
            json.WriteEndArray();
            json.WriteStartArray("unassigned");
            foreach (var story in report.Set.Unassigned)
            {
                objects.WriteAgain(json, story.Story);
                JsonOutput.FlushBetweenValues(json);
            }
            json.WriteEndArray();
        });
    }
}
