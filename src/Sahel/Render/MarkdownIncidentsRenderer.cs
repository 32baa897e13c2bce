using System.Globalization;
using Humanizer;
using Sahel.Cluster;
using Sahel.Model;

namespace Sahel.Render;

/// <summary>
/// Incidents for people: one section per incident with when, where, who, what and how widely it was
/// reported, then its reports with copies folded under their original.
/// </summary>
public sealed class MarkdownIncidentsRenderer : IReportRenderer<IncidentReport>
{
    public void Render(IncidentReport report, TextWriter output)
    {
        output.WriteLine("# Sahel incidents");
        output.WriteLine();
        var stories = report.Incidents.Sum(i => i.Stories.Count);
        output.WriteLine(report.Incidents.Count == 0
            ? $"No incidents among {"story".ToQuantity(report.StoryCount)} {MarkdownTime.Window(report.Since, report.Until)}."
            : $"{"incident".ToQuantity(report.Incidents.Count)} reported by {"story".ToQuantity(stories)} " +
              $"(of {report.StoryCount} stored) {MarkdownTime.Window(report.Since, report.Until)}. Times are UTC.");
        foreach (var incident in report.Incidents)
        {
            output.WriteLine();
            output.WriteLine($"## {MarkdownText.Escape(IncidentText.Title(incident))}, {Date(incident.FirstSeen)}");
            output.WriteLine();
            var first = incident.Stories[0].Story;
            output.WriteLine($"- **When**: first reported {MarkdownTime.Stamp(incident.FirstSeen)} by {MarkdownText.Escape(first.Outlet)}, last report {MarkdownTime.Stamp(incident.LastSeen)}");
            output.WriteLine($"- **Where**: {MarkdownText.Escape(Where(incident))}");
            output.WriteLine($"- **Who**: {MarkdownText.Escape(IncidentText.Actors(incident))}");
            output.WriteLine($"- **What**: {EventTypes.Label(incident.EventType)}");
            output.WriteLine($"- **Coverage**: {IncidentText.Coverage(incident)}");
            output.WriteLine($"- **Id**: `{incident.Id}`");
            if (incident.MergedFrom is { } old)
                output.WriteLine($"- **Note**: `{old}` was merged into `{incident.Id}` on {incident.MergedAt!.Value.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
            if (IncidentText.Continuing(incident) is { } continuing)
                output.WriteLine($"- **Before**: {continuing}");
            output.WriteLine();
            foreach (var (original, copies) in IncidentText.WithCopies(incident.Stories))
                output.WriteLine(IncidentText.StoryLine(original, copies, withDate: true, report.Details));
        }
    }

    private static string Where(Incident incident)
    {
        if (incident.MainPlace is not { } main)
            return "unknown";
        var context = new[] { main.Region is { } region && region != main.Name ? region : null, main.Country is { } c ? IncidentText.CountryName(c) : null }
            .OfType<string>().ToList();
        var text = main.Name + (context.Count > 0 ? $" ({string.Join(", ", context)})" : "");
        if (main.Lat is { } lat && main.Lon is { } lon)
            text += string.Create(CultureInfo.InvariantCulture, $", {lat:0.###}, {lon:0.###}");
        var others = incident.Places.Skip(1).Where(p => p.Kind != "country").Select(p => p.Name).ToList();
        return others.Count > 0 ? $"{text}; also {string.Join(", ", others)}" : text;
    }


    private static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

}
