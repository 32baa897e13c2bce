using System.Globalization;
using System.Text.Json;
using Sahel.Cluster;
using Sahel.Reconcile;

namespace Sahel.Render;

/// <summary>The reconciliation with ACLED for machines (docs/schema/reconcile.v1.schema.json).</summary>
public sealed class JsonReconcileRenderer
{
    public void Render(ReconcileReport report, TextWriter output)
    {
        JsonEnvelope.Write(output, "reconcile.v1.schema.json", 1, report.GeneratedAt, json =>
        {
            StoryJsonWriter.WriteTime(json, "since", report.Since);
            StoryJsonWriter.WriteTime(json, "until", report.Until);
            if (report.Country is { } country)
                json.WriteString("country", country.ToUpperInvariant());
            else
                json.WriteNull("country");
            json.WriteNumber("minFatalities", report.MinFatalities);

            json.WriteStartObject("acled");
            json.WriteString("file", Path.GetFileName(report.Export.Name));
            json.WriteString("layout", report.Export.Layout);
            json.WriteString("separator", report.Export.Separator.ToString());
            json.WriteNumber("rows", report.Export.Rows);
            json.WriteNumber("events", report.Export.Events.Count);
            json.WriteNumber("eventsConsidered", report.EventsConsidered);
            WriteScope(json, report.ExportScope);
            json.WriteStartArray("skipped");
            foreach (var warning in report.Export.Warnings)
            {
                json.WriteStartObject();
                json.WriteNumber("line", warning.Line);
                json.WriteString("reason", warning.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartObject("store");
            json.WriteNumber("incidents", report.IncidentCount);
            WriteScope(json, report.StoreScope);
            json.WriteEndObject();

            json.WriteStartObject("counts");
            json.WriteNumber("matched", report.Matched.Count);
            json.WriteNumber("sahelOnly", report.SahelOnly.Count);
            json.WriteNumber("acledOnly", report.AcledOnly.Count);
            json.WriteNumber("disagreements", report.Disagreements.Count);
            json.WriteEndObject();

            json.WriteStartArray("matched");
            foreach (var match in report.Matched)
                WriteMatch(json, match);
            json.WriteEndArray();
            json.WriteStartArray("sahelOnly");
            foreach (var incident in report.SahelOnly)
                WriteIncident(json, incident);
            json.WriteEndArray();
            json.WriteStartArray("acledOnly");
            foreach (var acled in report.AcledOnly)
            {
                json.WriteStartObject();
                WriteEventFields(json, acled);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("disagreements");
            foreach (var d in report.Disagreements)
            {
                json.WriteStartObject();
                json.WriteString("incident", d.Incident.Id);
                json.WriteString("kind", DisagreementKinds.Code(d.Kind));
                json.WriteStartArray("events");
                foreach (var id in d.EventIds)
                    json.WriteStringValue(id);
                json.WriteEndArray();
                json.WriteString("detail", d.Detail);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    private static void WriteScope(Utf8JsonWriter json, ReconcileScope scope)
    {
        WriteDate(json, "from", scope.From);
        WriteDate(json, "to", scope.To);
        json.WriteStartArray("countries");
        foreach (var country in scope.Countries)
            json.WriteStringValue(country);
        json.WriteEndArray();
    }

    private static void WriteMatch(Utf8JsonWriter json, IncidentMatch match)
    {
        json.WriteStartObject();
        json.WritePropertyName("incident");
        WriteIncident(json, match.Incident);
        json.WriteNumber("acledFatalities", match.AcledFatalities);
        json.WriteStartArray("events");
        foreach (var e in match.Events)
        {
            json.WriteStartObject();
            WriteEventFields(json, e.Event);
            json.WriteStartObject("agreement");
            json.WriteNumber("dayOffset", e.DayOffset);
            json.WriteBoolean("date", e.DateAgrees);
            if (e.DistanceKm is { } km)
                json.WriteNumber("distanceKm", Math.Round(km, 1));
            else
                json.WriteNull("distanceKm");
            if (e.NamedPlace is { } place)
                json.WriteString("placeByName", place.Id);
            else
                json.WriteNull("placeByName");
            json.WriteBoolean("place", e.PlaceAgrees);
            if (e.ActorsAgree is { } actors)
                json.WriteBoolean("actors", actors);
            else
                json.WriteNull("actors");
            json.WriteBoolean("eventType", e.TypeAgrees);
            json.WriteStartArray("actorIds");
            foreach (var actor in e.Actors)
                json.WriteStringValue(actor.Id);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("tolls");
        foreach (var toll in match.Tolls)
        {
            json.WriteStartObject();
            json.WriteString("source", toll.Claim.Source);
            json.WriteString("claimed", toll.Claim.Display);
            json.WriteNumber("low", toll.Claim.Low);
            if (toll.Claim.High is { } high)
                json.WriteNumber("high", high);
            else
                json.WriteNull("high");
            json.WriteString("position", toll.Position switch
            {
                TollPosition.LowEnd => "low-end",
                TollPosition.Inside => "inside",
                _ => "outside",
            });
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIncident(Utf8JsonWriter json, Incident incident)
    {
        json.WriteStartObject();
        json.WriteString("id", incident.Id);
        json.WriteString("title", IncidentText.Title(incident));
        json.WriteString("firstReported", StoryJsonWriter.Time(incident.FirstReported));
        json.WriteString("eventType", EventTypes.Code(incident.EventType));
        json.WriteStartArray("places");
        foreach (var place in incident.Places)
            json.WriteStringValue(place.Id);
        json.WriteEndArray();
        json.WriteStartArray("actors");
        foreach (var actor in incident.Actors)
            json.WriteStringValue(actor.Id);
        json.WriteEndArray();
        json.WriteNumber("stories", incident.Stories.Count);
        json.WriteEndObject();
    }

    private static void WriteEventFields(Utf8JsonWriter json, AcledEvent e)
    {
        json.WriteString("id", e.Id);
        json.WriteNumber("line", e.Line);
        WriteDate(json, "date", e.Date);
        json.WriteNumber("timePrecision", e.TimePrecision);
        json.WriteString("eventType", e.EventType);
        json.WriteString("subEventType", e.SubEventType);
        json.WriteString("actor1", e.Actor1);
        json.WriteString("assocActor1", e.AssocActor1);
        json.WriteString("inter1", AcledCodes.InterName(e.Inter1));
        json.WriteString("actor2", e.Actor2);
        json.WriteString("assocActor2", e.AssocActor2);
        json.WriteString("inter2", AcledCodes.InterName(e.Inter2));
        json.WriteString("country", e.Country);
        json.WriteString("admin1", e.Admin1);
        json.WriteString("admin2", e.Admin2);
        json.WriteString("location", e.Location);
        StoryJsonWriter.WriteCoordinates(json, "latitude", "longitude", e.Latitude, e.Longitude);
        json.WriteNumber("fatalities", e.Fatalities);
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
            json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            json.WriteNull(name);
    }
}
