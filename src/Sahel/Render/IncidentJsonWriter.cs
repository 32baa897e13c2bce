using System.Text.Json;
using Sahel.Cluster;
using Sahel.Model;

namespace Sahel.Render;

/// <summary>The incident object of JSON outputs (docs/schema/timeline.v1.schema.json, <c>$defs/incident</c>).</summary>
public static class IncidentJsonWriter
{
    /// <param name="objects">The document's story objects, when its stories are listed again after the incidents.</param>
    public static void Write(Utf8JsonWriter json, Incident incident, IncidentSet set, Digest.DigestDetails? details = null, StoryJsonObjects? objects = null)
    {
        json.WriteStartObject();
        json.WriteString("id", incident.Id);
        json.WriteString("title", IncidentText.Title(incident));
        json.WriteString("firstSeen", StoryJsonWriter.Time(incident.FirstSeen));
        json.WriteString("lastSeen", StoryJsonWriter.Time(incident.LastSeen));
        // The whole incident beside the window's part of it (docs/incidents.md).
        json.WriteString("firstReported", StoryJsonWriter.Time(incident.FirstReported));
        json.WriteString("lastReported", StoryJsonWriter.Time(incident.LastReported));
        json.WriteNumber("reportsInWindow", incident.ReportsInWindow);
        json.WriteNumber("reportsTotal", incident.ReportsTotal);
        json.WriteString("status", incident.Status);
        if (incident.MergedFrom is { } old)
        {
            json.WriteString("mergedFrom", old);
            json.WriteString("mergedInto", incident.Id);
            json.WriteString("mergedAt", StoryJsonWriter.Time(incident.MergedAt!.Value));
        }
        json.WriteString("eventType", EventTypes.Code(incident.EventType));
        json.WriteStartArray("places");
        foreach (var place in incident.Places)
            WritePlace(json, place);
        json.WriteEndArray();
        json.WriteStartArray("actors");
        foreach (var actor in incident.Actors)
        {
            json.WriteStartObject();
            json.WriteString("id", actor.Id);
            json.WriteString("name", actor.Name);
            json.WriteString("kind", actor.Kind);
            json.WriteString("affiliation", actor.Affiliation);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("counts");
        json.WriteNumber("stories", incident.Stories.Count);
        json.WriteNumber("copies", incident.Stories.Count(s => s.DuplicateOf is not null));
        json.WriteNumber("outlets", incident.OutletCount);
        json.WriteStartArray("languages");
        foreach (var language in incident.Languages)
            json.WriteStringValue(language);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("stories");
        foreach (var story in incident.Stories)
        {
            if (objects is null)
                StoryJsonWriter.Write(json, story.Story, set, details);
            else
                objects.WriteAndKeep(json, story.Story);
            JsonOutput.FlushBetweenValues(json);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter json, Place place)
    {
        json.WriteStartObject();
        json.WriteString("id", place.Id);
        json.WriteString("name", place.Name);
        json.WriteString("kind", place.Kind);
        json.WriteString("country", place.Country);
        json.WriteString("region", place.Region);
        StoryJsonWriter.WriteCoordinates(json, "lat", "lon", place.Lat, place.Lon);
        json.WriteEndObject();
    }
}
