using System.Globalization;
using Sahel.Cluster;
using Sahel.Reconcile;

namespace Sahel.Render;

/// <summary>
/// The reconciliation with ACLED as one CSV table for spreadsheets (docs/reconcile.md): a row per matched
/// incident and event, per incident only sahel has, per event only ACLED has, and per disagreement. RFC 4180
/// quoting; text from feeds that a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote.
/// </summary>
public sealed class CsvReconcileRenderer
{
    private static readonly string[] Header =
    [
        "section", "incident_id", "incident_title", "first_reported", "incident_type",
        "acled_event_id", "acled_date", "acled_event_type", "acled_location", "acled_country", "acled_actors", "acled_fatalities",
        "agrees", "detail",
    ];

    public void Render(ReconcileReport report, TextWriter output)
    {
        Row(output, Header);
        foreach (var match in report.Matched)
        {
            var tolls = string.Join("; ", match.Tolls.Select(t => $"{t.Claim.Source} {t.Claim.Display}: {Position(t.Position)}"));
            foreach (var e in match.Events)
                Row(output, [.. Incident("matched", match.Incident), .. Event(e.Event), Agrees(e), tolls]);
        }
        foreach (var incident in report.SahelOnly)
            Row(output, [.. Incident("sahel-only", incident), "", "", "", "", "", "", "", "", ""]);
        foreach (var acled in report.AcledOnly)
            Row(output, ["acled-only", "", "", "", "", .. Event(acled), "", ""]);
        foreach (var d in report.Disagreements)
            Row(output, [.. Incident("disagreement", d.Incident), string.Join(" ", d.EventIds), "", "", "", "", "", "", DisagreementKinds.Code(d.Kind), d.Detail]);
    }

    private static string[] Incident(string section, Incident incident) =>
        [section, incident.Id, IncidentText.Title(incident), StoryJsonWriter.Time(incident.FirstReported), EventTypes.Code(incident.EventType)];

    private static string[] Event(AcledEvent e) =>
    [
        e.Id, e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.SubEventType.Length > 0 ? $"{e.EventType}: {e.SubEventType}" : e.EventType,
        e.Location, e.Country ?? "", e.Actor2.Length > 0 ? $"{e.Actor1} vs {e.Actor2}" : e.Actor1, e.Fatalities.ToString(CultureInfo.InvariantCulture),
    ];

    private static string Agrees(EventMatch e) => string.Join(" ", new[]
    {
        e.DateAgrees ? "date" : null,
        e.PlaceAgrees ? "place" : null,
        e.ActorsAgree == true ? "actors" : null,
        e.TypeAgrees ? "type" : null,
    }.OfType<string>());

    private static string Position(TollPosition position) => position switch
    {
        TollPosition.LowEnd => "low-end",
        TollPosition.Inside => "inside",
        _ => "outside",
    };


    private static void Row(TextWriter output, IReadOnlyList<string> fields)
    {
        output.Write(string.Join(",", fields.Select(Field)));
        output.Write('\n');
    }

    private static string Field(string value)
    {
        var text = SafeText.Clean(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
