using System.Globalization;
using Humanizer;
using Sahel.Cluster;
using Sahel.Reconcile;

namespace Sahel.Render;

/// <summary>
/// The reconciliation with ACLED for people: a summary line, then the matched incidents with their events and
/// tolls, what only sahel has, what only ACLED has, the disagreements, and the rows of the export that were skipped.
/// </summary>
public sealed class MarkdownReconcileRenderer
{
    public void Render(ReconcileReport report, TextWriter output)
    {
        output.WriteLine("# sahel and ACLED");
        output.WriteLine();
        output.WriteLine($"{"stored incident".ToQuantity(report.IncidentCount)} ({Scope(report.StoreScope)}) against " +
            $"{"ACLED event".ToQuantity(report.EventsConsidered)} of `{MarkdownText.Escape(Path.GetFileName(report.Export.Name))}` " +
            $"({report.Export.Layout} layout; {Scope(report.ExportScope)}){Filters(report)}.");
        output.WriteLine();
        output.WriteLine($"**{report.Matched.Count} matched** · **{report.SahelOnly.Count} in sahel, not in ACLED** · " +
            $"**{report.AcledOnly.Count} in ACLED, not in sahel** · **{"disagreement".ToQuantity(report.Disagreements.Count)}**" +
            (report.Export.Warnings.Count > 0 ? $" · {"row".ToQuantity(report.Export.Warnings.Count)} of the export skipped" : ""));
        output.WriteLine();
        output.WriteLine("Event data: Armed Conflict Location & Event Data (ACLED), acleddata.com; export downloaded by the user.");

        Matched(report, output);
        SahelOnly(report, output);
        AcledOnly(report, output);
        Disagreements(report, output);
        if (report.Export.Warnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Rows skipped");
            output.WriteLine();
            foreach (var warning in report.Export.Warnings)
                output.WriteLine($"- line {warning.Line}: {MarkdownText.Escape(warning.Reason)}");
        }
    }

    private static void Matched(ReconcileReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("## Matched");
        if (report.Matched.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("No stored incident matches an ACLED event.");
        }
        foreach (var match in report.Matched)
        {
            output.WriteLine();
            output.WriteLine($"### {Title(match.Incident)}");
            output.WriteLine();
            output.WriteLine($"`{match.Incident.Id}` · {EventTypes.Label(match.Incident.EventType)} · first reported {MarkdownTime.Stamp(match.Incident.FirstReported)} UTC");
            output.WriteLine();
            output.WriteLine(match.Events.Count == 1
                ? "Matches 1 ACLED event:"
                : $"Matches {match.Events.Count} ACLED events (ACLED codes one event per day, place and pair of actors):");
            output.WriteLine();
            output.WriteLine("| ACLED event | date | type | where | actors | fatalities | agrees on |");
            output.WriteLine("|---|---|---|---|---|---|---|");
            foreach (var e in match.Events)
                output.WriteLine($"| {Cell(e.Event.Id)} | {Day(e.Event)} | {Cell(Type(e.Event))} | {Cell(Where(e))} | {Cell(Actors(e.Event))} | {e.Event.Fatalities} | {Agrees(e)} |");
            output.WriteLine();
            if (match.Tolls.Count == 0)
            {
                output.WriteLine($"ACLED counts {match.AcledFatalities} killed; no account gives a killed toll.");
                continue;
            }
            output.WriteLine($"ACLED counts {match.AcledFatalities} killed. Against each source's toll:");
            output.WriteLine();
            foreach (var toll in match.Tolls)
                output.WriteLine($"- {MarkdownText.Escape(toll.Claim.Source)}: {MarkdownText.Escape(toll.Claim.Display)} — {Position(toll, match.AcledFatalities)}");
        }
    }

    private static void SahelOnly(ReconcileReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("## In sahel, not in ACLED");
        output.WriteLine();
        output.WriteLine($"Stored incidents ACLED has no event for, within the export's dates and countries ({Scope(report.ExportScope)}).");
        output.WriteLine();
        if (report.SahelOnly.Count == 0)
            output.WriteLine("None.");
        foreach (var incident in report.SahelOnly)
            output.WriteLine($"- **{Title(incident)}** · `{incident.Id}` · {EventTypes.Label(incident.EventType)} · {"report".ToQuantity(incident.Stories.Count)} from {"outlet".ToQuantity(incident.OutletCount)}");
    }

    private static void AcledOnly(ReconcileReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("## In ACLED, not in sahel");
        output.WriteLine();
        output.WriteLine("Battles, explosions/remote violence and violence against civilians no stored incident matches, within the store's dates and " +
            $"countries ({Scope(report.StoreScope)}){(report.MinFatalities > 0 ? $", with at least {report.MinFatalities} killed" : "")}.");
        output.WriteLine();
        if (report.AcledOnly.Count == 0)
        {
            output.WriteLine("None.");
            return;
        }
        output.WriteLine("| ACLED event | date | type | where | actors | fatalities |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var e in report.AcledOnly)
            output.WriteLine($"| {Cell(e.Id)} | {Day(e)} | {Cell(Type(e))} | {Cell(Place(e))} | {Cell(Actors(e))} | {e.Fatalities} |");
    }

    private static void Disagreements(ReconcileReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("## Disagreements");
        output.WriteLine();
        if (report.Disagreements.Count == 0)
            output.WriteLine("None: every matched incident agrees with ACLED on date, place, actors and toll.");
        foreach (var d in report.Disagreements)
            output.WriteLine($"- **{DisagreementKinds.Code(d.Kind)}** · {Title(d.Incident)} (`{d.Incident.Id}`): {MarkdownText.Escape(d.Detail)}");
    }

    private static string Title(Incident incident) =>
        $"{MarkdownText.Escape(IncidentText.Title(incident))}, {incident.FirstReported.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";

    private static string Scope(ReconcileScope scope) =>
        scope.From is { } from && scope.To is { } to
            ? $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; {(scope.Countries.Count > 0 ? string.Join(", ", scope.Countries) : "no country")}"
            : "nothing in range";

    private static string Filters(ReconcileReport report)
    {
        var parts = new List<string>();
        if (report.Since is not null || report.Until is not null)
            parts.Add(MarkdownTime.Window(report.Since, report.Until));
        if (report.Country is { } country)
            parts.Add($"in {IncidentText.CountryName(country.ToUpperInvariant())}");
        return parts.Count > 0 ? ", " + string.Join(", ", parts) : "";
    }

    private static string Day(AcledEvent e) =>
        e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + e.TimePrecision switch { 2 => " (week)", 3 => " (month)", _ => "" };

    private static string Type(AcledEvent e) => e.SubEventType.Length > 0 ? $"{e.EventType}: {e.SubEventType}" : e.EventType;

    private static string Place(AcledEvent e) => e.Admin1.Length > 0 && e.Admin1 != e.Location ? $"{e.Location} ({e.Admin1}), {e.CountryName}" : $"{e.Location}, {e.CountryName}";

    private static string Where(EventMatch e) =>
        Place(e.Event) + (e.NamedPlace is { } named ? $"; {named.Name} by name" : e.DistanceKm is { } km ? string.Create(CultureInfo.InvariantCulture, $"; {km:0} km away") : "");

    private static string Actors(AcledEvent e)
    {
        static string Side(string actor, string assoc) => assoc.Length > 0 ? $"{actor} (with {assoc})" : actor;
        var one = Side(e.Actor1, e.AssocActor1);
        return e.Actor2.Length > 0 ? $"{one} vs {Side(e.Actor2, e.AssocActor2)}" : one;
    }

    private static string Agrees(EventMatch e)
    {
        var parts = new List<string>();
        parts.Add(e.DateAgrees ? "date" : $"~~date~~ ({e.DayOffset:+0;-0} d)");
        parts.Add(e.PlaceAgrees ? "place" : "~~place~~");
        if (e.ActorsAgree is { } actors)
            parts.Add(actors ? "actors" : "~~actors~~");
        parts.Add("type");
        return string.Join(", ", parts);
    }

    private static string Position(TollCheck toll, int fatalities) => toll.Position switch
    {
        TollPosition.LowEnd => "ACLED is at the low end",
        TollPosition.Inside => "ACLED is inside",
        _ => fatalities < toll.Claim.Low ? "ACLED is outside (lower)" : "ACLED is outside (higher)",
    };

    /// <summary>Text for a table cell (Escape also escapes the pipe that would end the cell).</summary>
    private static string Cell(string text) => MarkdownText.Escape(text);
}
