using System.Globalization;
using Sahel.Diff.Claims;
using Sahel.Render.Feeds;

namespace Sahel.Render.Tables;

/// <summary>
/// `sahel incidents --format acled`: CSV with ACLED's column names, filled by ACLED's codebook rules where sahel
/// knows the value (<see cref="AcledCoding"/>; docs/acled.md), empty where it does not, so the rows can be set
/// beside an ACLED export. Rows are sahel's reading of the news, not ACLED data.
/// </summary>
public sealed class AcledRenderer : IReportRenderer<IncidentReport>
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "admin2", "location",
        "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public void Render(IncidentReport report, TextWriter output)
    {
        var csv = new CsvWriter(output);
        csv.Header(Columns);
        foreach (var incident in report.Incidents)
        {
            var facts = IncidentFacts.Of(incident, report.Details);
            var civiliansOnly = facts.Figures.Count > 0 && facts.Figures.All(f => f.Victims == "civilians");
            var code = AcledCoding.Event(incident.EventType, civiliansOnly);
            var (side1, side2) = AcledCoding.Sides(incident);
            var victims = code.EventType == "Violence against civilians" && side2.Count == 0 && facts.Country is { } country ? $"Civilians ({country})" : null;
            var first = facts.FirstReport;
            csv.Text(incident.Id)
                .Text(first.Published.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Number(first.Published.UtcDateTime.Year)
                .Number(first.PublishedIsEstimated ? 2 : 1)
                .Text(code.DisorderType).Text(code.EventType).Text(code.SubEventType)
                .Text(side1.FirstOrDefault()?.Name).Text(string.Join("; ", side1.Skip(1).Select(a => a.Name)))
                .Text(side2.FirstOrDefault()?.Name ?? victims).Text(string.Join("; ", side2.Skip(1).Select(a => a.Name)))
                .Text(facts.Country).Text(facts.Admin1).Text(null).Text(facts.Place?.Name)
                .Number(facts.Place?.Lat, "0.0000").Number(facts.Place?.Lon, "0.0000").Number(AcledCoding.GeoPrecision(facts.Precision))
                .Text(string.Join("; ", incident.Stories.Where(s => s.DuplicateOf is null).Select(s => SafeText.Clean(s.Story.Outlet)).Distinct(StringComparer.Ordinal)))
                .Text(AcledCoding.SourceScale(incident, facts.CountryCode))
                .Text(Notes(incident, facts, report))
                .Number(AcledCoding.Fatalities(facts.Figures))
                .Text($"sahel event type: {Cluster.EventTypes.Code(incident.EventType)}")
                .Number((int)DigestFeedBuilder.Updated(incident).ToUnixTimeSeconds());
            csv.EndLine();
        }
    }

    /// <summary>"On 10 March 2026, ambush near Anéfis, Kidal (Mali). Figures: killed (soldiers): 5–20+ — …".</summary>
    private static string Notes(Cluster.Incident incident, IncidentFacts facts, IncidentReport report)
    {
        var date = facts.FirstReport.Published.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var title = IncidentText.Title(incident);
        var what = title.Length > 1 && char.IsLower(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title; // "IED" stays
        var notes = $"On {date}, {what}. {IncidentText.Coverage(incident)}.";
        if (facts.Figures.Count > 0)
            notes += " Figures: " + string.Join("; ", facts.Figures.Select(f => FigureText.Line(f, report.Details.Lexicon))) + ".";
        return notes;
    }
}
