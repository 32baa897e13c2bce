using Sahel.Cluster;
using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Reconcile;

/// <summary>
/// Matches incidents to ACLED events. A pair is considered when the country agrees (or the point is within 50 km) and the dates are within a
/// week (plus ACLED's imprecision); it matches when the event type fits and either the place and the date agree,
/// or the place and the non-state actors agree (a date disagreement), or the date and the actors agree within
/// 150 km (a place disagreement). Each event goes to the incident it fits best; an incident keeps every event it
/// wins, since ACLED splits an attack into one event per day, place and pair of actors.
/// </summary>
public sealed class AcledMatcher(Lexicon lexicon)
{
    /// <summary>ACLED's date and the first report are this many days apart at most to agree.</summary>
    public const int DateDays = 2;

    /// <summary>ACLED's point and a place of the incident are this close to agree.</summary>
    public const double PlaceKm = 50;

    private const int CandidateDays = 7;
    private const double NearKm = 150;
    private static readonly HashSet<string> GlobalParents = new(StringComparer.Ordinal) { "al-qaeda", "islamic-state" };
    private readonly AcledActors _actors = new(lexicon);
    private readonly Dictionary<AcledEvent, (List<Place> Named, IReadOnlyList<Actor> Actors)> _facts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Place?> _placesByName = new(StringComparer.Ordinal);

    /// <summary>How far ACLED's point may be from a place of the incident, for its geo precision: 2 is "near" a town (a point within its district).</summary>
    public static double Reach(int geoPrecision) => geoPrecision == 2 ? PlaceKm * 1.5 : PlaceKm;

    /// <summary>
    /// ACLED's geo precision 3 places an event only by its first-level region (at the region's capital, often far from the
    /// event): then the region containing a place of the incident is the place agreeing.
    /// </summary>
    private static bool SameRegion(Incident incident, AcledEvent acled) =>
        acled.GeoPrecision == 3 && acled.Admin1.Length > 0
        && incident.Places.Any(p => p.Region is { } region && TextNormalizer.Normalize(region) == TextNormalizer.Normalize(acled.Admin1));

    /// <summary>The days ACLED's date may be off by, for its time precision: 2 is a week, 3 a month.</summary>
    public static int Tolerance(int timePrecision) => DateDays + timePrecision switch { 2 => 7, 3 => 31, _ => 0 };

    public IReadOnlyDictionary<string, IReadOnlyList<EventMatch>> Match(IReadOnlyList<Incident> incidents, IReadOnlyList<AcledEvent> events)
    {
        // Events by date, so each incident looks only at the weeks around it: exports run to tens of thousands of rows.
        var byDate = events.Select((e, i) => (Event: e, Index: i)).OrderBy(e => e.Event.Date).ToList();
        var dates = byDate.Select(e => e.Event.Date.DayNumber).ToArray();
        var reach = Tolerance(3) + CandidateDays;
        var best = new Dictionary<int, (Incident Incident, EventMatch Match)>();
        foreach (var incident in incidents)
        {
            var day = DateOnly.FromDateTime(incident.FirstReported.UtcDateTime).DayNumber;
            var start = Array.BinarySearch(dates, day - reach);
            start = start < 0 ? ~start : start;
            while (start > 0 && dates[start - 1] >= day - reach)
                start--;
            for (var i = start; i < dates.Length && dates[i] <= day + reach; i++)
            {
                var (acled, index) = byDate[i];
                if (Compare(incident, acled) is { } match
                    && (!best.TryGetValue(index, out var current) || match.Score > current.Match.Score
                        || (match.Score == current.Match.Score && string.CompareOrdinal(incident.Id, current.Incident.Id) < 0)))
                    best[index] = (incident, match);
            }
        }
        return best.Values.GroupBy(b => b.Incident.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<EventMatch>)g.Select(b => b.Match).OrderBy(m => m.Event.Date).ThenBy(m => m.Event.Id, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>The pair as a match, or null when it is not one.</summary>
    public EventMatch? Compare(Incident incident, AcledEvent acled)
    {
        // Cheapest first: the date, then the type, then the country (a border incident, herders taken on the Malian
        // side near Fassala, is reported under one country and coded under the other: 50 km decide then).
        var offset = acled.Date.DayNumber - DateOnly.FromDateTime(incident.FirstReported.UtcDateTime).DayNumber;
        var tolerance = Tolerance(acled.TimePrecision);
        if (Math.Abs(offset) > tolerance + CandidateDays)
            return null;
        if (!AcledEventTypes.Compatible(acled, incident.EventType))
            return null;
        var distance = Distance(incident, acled);
        if (acled.Country is { } country && !incident.Places.Any(p => p.Country == country) && incident.Places.Any(p => p.Country is not null)
            && !(distance <= PlaceKm))
            return null;

        var dateAgrees = Math.Abs(offset) <= tolerance;
        var facts = Facts(acled);
        var named = facts.Named.FirstOrDefault(n => incident.Places.Any(p => p.Id == n.Id));
        var placeAgrees = named is not null || distance <= Reach(acled.GeoPrecision) || SameRegion(incident, acled);
        var actors = facts.Actors;
        var actorsAgree = ActorsAgree(incident.Actors, actors);
        var matched = (placeAgrees && dateAgrees)
            || (placeAgrees && actorsAgree == true)
            || (dateAgrees && actorsAgree == true && distance <= NearKm);
        if (!matched)
            return null;
        return new EventMatch
        {
            Event = acled,
            DayOffset = offset,
            DateAgrees = dateAgrees,
            DistanceKm = distance,
            NamedPlace = named,
            PlaceAgrees = placeAgrees,
            ActorsAgree = actorsAgree,
            Actors = actors,
            TypeAgrees = true,
            Score = (placeAgrees ? 4 : 0) + (dateAgrees ? 4 : 0) + (actorsAgree == true ? 2 : 0) + (named is not null ? 1 : 0)
                - Math.Abs(offset) * 0.25 - (distance ?? NearKm) / 100,
        };
    }

    /// <summary>What an event names, resolved once: the gazetteer places of its location, admin3 and admin2, and its lexicon actors.</summary>
    private (List<Place> Named, IReadOnlyList<Actor> Actors) Facts(AcledEvent acled)
    {
        if (_facts.TryGetValue(acled, out var known))
            return known;
        var named = new[] { acled.Location, acled.Admin3, acled.Admin2 }.Where(n => n.Length > 0)
            .Select(n => _placesByName.TryGetValue(n, out var place) ? place : _placesByName[n] = lexicon.FindPlace(n)).OfType<Place>().ToList();
        return _facts[acled] = (named, _actors.Of(acled));
    }

    private static double? Distance(Incident incident, AcledEvent acled)
    {
        if (acled.Latitude is not { } lat || acled.Longitude is not { } lon)
            return null;
        var point = new Place("acled", acled.Location, "town", acled.Country, null, lat, lon, false);
        return incident.Places.Where(p => p.Kind is not ("country" or "region" or "area"))
            .Select(p => GeoDistance.Kilometres(p, point)).OfType<double>().DefaultIfEmpty(double.NaN).Min() is var km && double.IsNaN(km) ? null : km;
    }

    /// <summary>Whether the armed groups, militias and foreign forces named on both sides have one in common (components count as their group); null when either side names none.</summary>
    private bool? ActorsAgree(IReadOnlyList<Actor> incident, IReadOnlyList<Actor> acled)
    {
        var ours = Distinctive(incident);
        var theirs = Distinctive(acled);
        return ours.Count == 0 || theirs.Count == 0 ? null : ours.Overlaps(theirs);
    }

    /// <summary>Non-state actors and their parents up to, not including, the global al-Qaeda and Islamic State.</summary>
    public HashSet<string> Distinctive(IEnumerable<Actor> actors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in actors.Where(a => a.Kind != "state"))
            for (var current = actor; current is not null && current.Kind != "state" && !GlobalParents.Contains(current.Id) && ids.Add(current.Id);)
                current = current.Parent is { } parent ? lexicon.FindActor(parent) : null;
        return ids;
    }
}
