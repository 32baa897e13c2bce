using Sahel.Cluster;
using Sahel.Diff.Claims;

namespace Sahel.Render.Tables;

/// <summary>`sahel incidents --format csv`: one row per incident, for spreadsheets (docs/tables.md lists the columns).</summary>
public sealed class CsvIncidentsRenderer : IReportRenderer<IncidentReport>
{
    public static readonly string[] Columns =
    [
        "id", "title", "event_type", "first_reported", "last_reported", "country", "admin1", "place", "place_precision",
        "latitude", "longitude", "actors", "reports", "copies", "outlets", "languages",
        "killed_low", "killed_high", "wounded_low", "wounded_high", "kidnapped_low", "kidnapped_high", "figures", "first_report_url",
    ];

    public void Render(IncidentReport report, TextWriter output)
    {
        var csv = new CsvWriter(output);
        csv.Header(Columns);
        foreach (var incident in report.Incidents)
        {
            var facts = IncidentFacts.Of(incident, report.Details);
            csv.Text(incident.Id).Text(IncidentText.Title(incident)).Text(EventTypes.Code(incident.EventType))
                .Time(incident.FirstSeen).Time(incident.LastSeen).Text(facts.Country).Text(facts.Admin1).Text(facts.Place?.Name).Text(facts.Precision)
                .Number(facts.Place?.Lat).Number(facts.Place?.Lon).Text(string.Join("; ", incident.Actors.Select(a => a.Name)))
                .Number(incident.Stories.Count).Number(facts.Copies).Number(incident.OutletCount).Text(string.Join(" ", incident.Languages));
            foreach (var kind in (TollKind[])[TollKind.Killed, TollKind.Wounded, TollKind.Kidnapped])
            {
                var (low, high) = facts.Range(kind);
                csv.Number(low).Number(high);
            }
            csv.Text(string.Join(" | ", facts.Figures.Select(f => FigureText.Line(f, report.Details.Lexicon))))
                .Text(SafeText.HttpLink(facts.FirstReport.Url));
            csv.EndLine();
        }
    }
}
