using System.Text;
using System.Text.Json;
using Sahel.Cluster;
using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;
using Sahel.Digest;
using Sahel.Render.Tables;

namespace Sahel.Render.Maps;

/// <summary>
/// Incidents for map tools (QGIS, ogr2ogr): an RFC 7946 FeatureCollection, one Point per incident at its main
/// place (gazetteer coordinates, longitude first), or a null geometry when the incident has no place with
/// coordinates (it is still listed). Properties are flat and typed so GIS tools read them as columns;
/// docs/geojson.md lists them.
/// </summary>
public sealed class GeoJsonRenderer : IReportRenderer<Timeline.Timeline>, IReportRenderer<IncidentReport>
{
    public void Render(Timeline.Timeline report, TextWriter output) =>
        Render(report.Incidents?.Incidents ?? [], report.Details, output);

    public void Render(IncidentReport report, TextWriter output) => Render(report.Incidents, report.Details, output);

    private static void Render(IReadOnlyList<Incident> incidents, DigestDetails details, TextWriter output)
    {
        JsonOutput.Write(output, JsonOutput.Options, json =>
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var incident in incidents)
                Feature(json, IncidentFacts.Of(incident, details), details);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Feature(Utf8JsonWriter json, IncidentFacts facts, DigestDetails details)
    {
        var incident = facts.Incident;
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", incident.Id);
        if (facts.Place is { Lat: { } lat, Lon: { } lon })
        {
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(Math.Round(lon, 6));
            json.WriteNumberValue(Math.Round(lat, 6));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
            json.WriteNull("geometry");
        json.WriteStartObject("properties");
        json.WriteString("id", incident.Id);
        json.WriteString("title", IncidentText.Title(incident));
        json.WriteString("eventType", EventTypes.Code(incident.EventType));
        json.WriteString("firstReported", StoryJsonWriter.Time(incident.FirstSeen));
        json.WriteString("lastReported", StoryJsonWriter.Time(incident.LastSeen));
        StoryJsonWriter.WriteNullable(json, "country", facts.CountryCode);
        StoryJsonWriter.WriteNullable(json, "admin1", facts.Admin1);
        StoryJsonWriter.WriteNullable(json, "place", facts.Place?.Name);
        StoryJsonWriter.WriteNullable(json, "placePrecision", facts.Precision);
        json.WriteString("actors", string.Join("; ", incident.Actors.Select(a => a.Name)));
        foreach (var kind in (TollKind[])[TollKind.Killed, TollKind.Wounded, TollKind.Kidnapped, TollKind.Missing])
        {
            var (low, high) = facts.Range(kind);
            var name = ClaimChanges.Name(kind);
            StoryJsonWriter.WriteNullable(json, name + "Low", low);
            StoryJsonWriter.WriteNullable(json, name + "High", high);
        }
        json.WriteString("tolls", string.Join(" | ", facts.Figures.Select(f => FigureText.Line(f, details.Lexicon))));
        json.WriteStartArray("tollsBySource");
        foreach (var toll in facts.Figures)
        {
            foreach (var report in toll.Reports)
            {
                json.WriteStartObject();
                json.WriteString("kind", ClaimChanges.Name(toll.Kind));
                StoryJsonWriter.WriteNullable(json, "victims", toll.Victims);
                json.WriteString("source", FigureText.Source(report, details.Lexicon));
                json.WriteString("count", report.Count.Display);
                StoryJsonWriter.WriteNullable(json, "low", TollComparison.Point(report.Count));
                StoryJsonWriter.WriteNullable(json, "high", report.Count.Max);
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
        json.WriteNumber("reports", incident.Stories.Count);
        json.WriteNumber("outlets", incident.OutletCount);
        json.WriteString("languages", string.Join(" ", incident.Languages));
        StoryJsonWriter.WriteNullable(json, "firstReportUrl", SafeText.HttpLink(facts.FirstReport.Url));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
