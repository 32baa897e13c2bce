using System.Globalization;
using Sahel.Cluster;
using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Reconcile;

/// <summary>What a reconciliation compares: the export, the incidents of the window, the store's coverage, and the options.</summary>
public sealed record ReconcileRequest
{
    public required AcledExport Export { get; init; }
    public required IReadOnlyList<Incident> Incidents { get; init; }

    /// <summary>The days the stored stories span and the countries of their feeds and incidents.</summary>
    public required ReconcileScope StoreScope { get; init; }
    public required Lexicon Lexicon { get; init; }

    /// <summary>The killed tolls the accounts of an incident give (read only for matched incidents: it reads their texts).</summary>
    public required Func<Incident, IReadOnlyList<ClaimedToll>> Tolls { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    public string? Country { get; init; }
    public int MinFatalities { get; init; }
}

/// <summary>Builds the <see cref="ReconcileReport"/>: matches, leftovers within the other side's scope, disagreements.</summary>
public static class Reconciler
{
    public static ReconcileReport Build(ReconcileRequest request)
    {
        var events = request.Export.Events.Where(e => InWindow(e.Date, request)
            && (request.Country is null || string.Equals(e.Country, request.Country, StringComparison.OrdinalIgnoreCase))).ToList();
        var exportScope = new ReconcileScope(
            events.Count > 0 ? events.Min(e => e.Date) : null, events.Count > 0 ? events.Max(e => e.Date) : null,
            events.Select(e => e.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

        var matcher = new AcledMatcher(request.Lexicon);
        var byIncident = matcher.Match(request.Incidents, events);
        var matched = new List<IncidentMatch>();
        var disagreements = new List<Disagreement>();
        foreach (var incident in request.Incidents)
        {
            if (!byIncident.TryGetValue(incident.Id, out var eventMatches))
                continue;
            var fatalities = eventMatches.Sum(m => m.Event.Fatalities);
            var tolls = request.Tolls(incident).Select(t => new TollCheck(t, t.Place(fatalities))).ToList();
            matched.Add(new IncidentMatch { Incident = incident, Events = eventMatches, Tolls = tolls });
            disagreements.AddRange(Disagreements(incident, eventMatches, tolls, fatalities));
        }

        var matchedIds = byIncident.Values.SelectMany(m => m).Select(m => m.Event.Id).ToHashSet(StringComparer.Ordinal);
        return new ReconcileReport
        {
            GeneratedAt = request.GeneratedAt,
            Since = request.Since,
            Until = request.Until,
            Country = request.Country,
            MinFatalities = request.MinFatalities,
            Export = request.Export,
            EventsConsidered = events.Count,
            ExportScope = exportScope,
            StoreScope = request.StoreScope,
            IncidentCount = request.Incidents.Count,
            Matched = matched,
            SahelOnly = request.Incidents.Where(i => !byIncident.ContainsKey(i.Id)
                && exportScope.Contains(DateOnly.FromDateTime(i.FirstReported.UtcDateTime), i.Places.Select(p => p.Country))).ToList(),
            AcledOnly = events.Where(e => !matchedIds.Contains(e.Id) && e.IsPoliticalViolence && e.Fatalities >= request.MinFatalities
                && request.StoreScope.Contains(e.Date, [e.Country])).OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(),
            Disagreements = disagreements,
        };
    }

    private static bool InWindow(DateOnly date, ReconcileRequest request) =>
        (request.Since is not { } since || date >= DateOnly.FromDateTime(since.UtcDateTime))
        && (request.Until is not { } until || date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) < until.UtcDateTime);

    private static IEnumerable<Disagreement> Disagreements(Incident incident, IReadOnlyList<EventMatch> matches, List<TollCheck> tolls, int fatalities)
    {
        var first = DateOnly.FromDateTime(incident.FirstReported.UtcDateTime);
        var dates = matches.Where(m => !m.DateAgrees).ToList();
        if (dates.Count > 0)
            yield return new Disagreement(incident, DisagreementKind.Date, Ids(dates), string.Join("; ", dates.Select(m =>
                $"ACLED dates {m.Event.Id} {Day(m.Event.Date)}, {Math.Abs(m.DayOffset)} days {(m.DayOffset < 0 ? "before" : "after")} the first report ({Day(first)})")));
        var places = matches.Where(m => !m.PlaceAgrees).ToList();
        if (places.Count > 0)
            yield return new Disagreement(incident, DisagreementKind.Place, Ids(places), string.Join("; ", places.Select(m =>
                $"ACLED places {m.Event.Id} at {Where(m.Event)}{(m.DistanceKm is { } km ? string.Create(CultureInfo.InvariantCulture, $", {km:0} km from {Nearest(incident, m.Event)}") : "")}")));
        var actors = matches.Where(m => m.ActorsAgree == false).ToList();
        if (actors.Count > 0)
        {
            var ours = incident.Actors.Where(a => a.Kind != "state").Select(a => a.Name);
            yield return new Disagreement(incident, DisagreementKind.Actors, Ids(actors), string.Join("; ", actors.Select(m =>
                $"ACLED names {string.Join(", ", m.Actors.Where(a => a.Kind != "state").Select(a => a.Name))} in {m.Event.Id}")) + $"; the reports name {string.Join(", ", ours)}");
        }
        if (tolls.Count > 0 && tolls.All(t => t.Position == TollPosition.Outside))
            yield return new Disagreement(incident, DisagreementKind.Toll, Ids(matches),
                $"ACLED counts {fatalities} killed, outside every claimed toll: {string.Join("; ", tolls.Select(t => $"{t.Claim.Source} {t.Claim.Display}"))}");
    }

    private static List<string> Ids(IEnumerable<EventMatch> matches) => matches.Select(m => m.Event.Id).ToList();

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Where(AcledEvent acled) =>
        acled.Admin1.Length > 0 && acled.Admin1 != acled.Location ? $"{acled.Location} ({acled.Admin1})" : acled.Location;

    private static string Nearest(Incident incident, AcledEvent acled)
    {
        var point = new Place("acled", acled.Location, "town", acled.Country, null, acled.Latitude, acled.Longitude, false);
        return incident.Places.Where(p => p.Kind is not ("country" or "region" or "area") && p.Lat is not null)
            .OrderBy(p => GeoDistance.Kilometres(p, point)).Select(p => p.Name).FirstOrDefault() ?? incident.MainPlace?.Name ?? "the incident";
    }
}
