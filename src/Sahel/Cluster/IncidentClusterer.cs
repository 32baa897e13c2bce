using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// Groups reports of the same incident. Stories are taken oldest first; each joins the open incident it
/// matches best, or opens a new one if it reports a violent event itself. A match needs the same place (or
/// places within <see cref="ClusterOptions.DistanceKm"/>), a time within <see cref="ClusterOptions.Window"/> of the
/// incident's first report and compatible event types; shared actors, figures, targets and wording decide
/// between candidates and against coincidences. Candidates come from a place index and a map grid, never from
/// all pairs, and incidents leave the index once their window has passed: time grows with the number of
/// stories, not its square.
/// </summary>
public sealed class IncidentClusterer(ClusterOptions options)
{
    private const double JoinThreshold = 1.3;

    /// <summary>Returns, for each story, the index of its incident in the result (or -1), and the incidents' members.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Cluster(IReadOnlyList<Story> stories, IReadOnlyList<StorySignature> signatures, IReadOnlySet<int> skip)
    {
        var features = signatures.Select(s => s.Features).ToArray();
        var incidents = new List<OpenIncident>();
        var byPlace = new Dictionary<string, List<OpenIncident>>(StringComparer.Ordinal);
        var byCell = new Dictionary<(int, int), List<OpenIncident>>();
        for (var i = 0; i < stories.Count; i++)
        {
            if (skip.Contains(i) || features[i].Retrospective || features[i].Roundup)
                continue;
            var anchors = Anchors(features[i]);
            if (anchors.Count == 0)
                continue;
            var targets = signatures[i].Targets;
            var best = BestMatch(stories[i], features[i], anchors, targets, Candidates(anchors, byPlace, byCell, stories[i].Published));
            if (best is null)
            {
                if (features[i].EventType == EventType.Other)
                    continue; // a mention, not a report: it may join an incident but never starts one
                best = new OpenIncident(i, stories[i].Published);
                incidents.Add(best);
            }
            // The first report fixes where the incident is ("between Kidal and Anéfis"); later ones add only their
            // main place, so a report that also names another attack cannot bridge two incidents.
            var founding = best.Members.Count == 1 && best.Members[0] == i;
            best.Absorb(i, features[i], founding ? anchors : MainPlaceNear(anchors[0], best) ? anchors.Take(1).ToList() : [], targets);
            Index(best, anchors, byPlace, byCell);
        }
        return incidents.Select(incident => (IReadOnlyList<int>)incident.Members).ToList();
    }

    /// <summary>
    /// The places that locate a report: specific places in the title, else specific places in the text, else
    /// regions and areas. Country names alone locate nothing. Capitals are mostly their governments speaking: a
    /// title that names two ("Nouakchott asks Bamako…") is diplomacy about an event elsewhere, and in the text a
    /// capital counts only when no other specific place is named. A title that names one capital alone ("attack
    /// in Bamako") is located there.
    /// </summary>
    public static IReadOnlyList<Place> Anchors(StoryFeatures features)
    {
        static bool Specific(Place p) => p.Kind is not ("country" or "region" or "area");
        var title = features.TitlePlaces.Where(Specific).ToList();
        if (title.Count(p => p.Capital) >= 2)
            title.RemoveAll(p => p.Capital);
        if (title.Count > 0)
            return title;
        var text = features.Places.Where(Specific).ToList();
        var local = text.Where(p => !p.Capital).Take(3).ToList();
        if (local.Count > 0)
            return local;
        if (text.Count > 0)
            return text.Take(3).ToList();
        return features.Places.Where(p => p.Kind is "region" or "area").Take(2).ToList();
    }

    private OpenIncident? BestMatch(Story story, StoryFeatures features, IReadOnlyList<Place> anchors, HashSet<string> targets, IEnumerable<OpenIncident> candidates)
    {
        OpenIncident? best = null;
        var bestScore = JoinThreshold;
        foreach (var incident in candidates)
        {
            var score = Score(story, features, anchors, targets, incident);
            if (score >= bestScore && (best is null || score > bestScore || incident.FirstSeen < best.FirstSeen))
            {
                best = incident;
                bestScore = score;
            }
        }
        return best;
    }

    private double Score(Story story, StoryFeatures features, IReadOnlyList<Place> anchors, HashSet<string> targets, OpenIncident incident)
    {
        if (story.Published - incident.FirstSeen > options.Window || incident.FirstSeen - story.Published > options.Window)
            return 0;
        if (incident.EventTypes.Count > 0 && !incident.EventTypes.All(t => EventTypes.Compatible(t, features.EventType)))
            return 0;
        var place = PlaceScore(anchors, incident, options.DistanceKm);
        if (place == 0)
            return 0;
        // A mere mention (no event of its own) must share more than the place to join.
        var score = features.EventType == EventType.Other ? place - 0.3 : place;
        if (features.Actors.Any(a => incident.Actors.Contains(a.Id)))
            score += 0.3;
        if (features.Numbers.Any(n => OpenIncident.SignificantNumber(n) && incident.Numbers.Contains(n)))
            score += 0.3;
        if (features.EventType != EventType.Other && incident.EventTypes.Contains(features.EventType))
            score += 0.3;
        if (targets.Count > 0 && incident.Targets.Count > 0)
            score += targets.Overlaps(incident.Targets) ? 0.3 : -0.6;
        return score;
    }

    private bool MainPlaceNear(Place main, OpenIncident incident) =>
        incident.Places.ContainsKey(main.Id)
        || incident.Places.Values.Any(p => GeoDistance.Kilometres(main, p) is { } km && km <= options.DistanceKm);

    /// <summary>A story's main place (the first it names) counts fully; a place it names besides, much less.</summary>
    private static double PlaceScore(IReadOnlyList<Place> anchors, OpenIncident incident, double distanceKm)
    {
        var broad = anchors.All(a => a.Kind is "region" or "area");
        if (incident.Places.ContainsKey(anchors[0].Id))
            return broad ? 0.7 : 1.0;
        if (anchors.Skip(1).Any(a => incident.Places.ContainsKey(a.Id)))
            return 0.5;
        for (var k = 0; k < anchors.Count; k++)
        {
            foreach (var other in incident.Places.Values)
            {
                if (GeoDistance.Kilometres(anchors[k], other) is { } km && km <= distanceKm)
                    return k == 0 ? 0.7 : 0.4;
            }
        }
        return 0;
    }

    private IEnumerable<OpenIncident> Candidates(
        IReadOnlyList<Place> anchors, Dictionary<string, List<OpenIncident>> byPlace, Dictionary<(int, int), List<OpenIncident>> byCell, DateTimeOffset now)
    {
        var seen = new HashSet<OpenIncident>(ReferenceEqualityComparer.Instance);
        foreach (var anchor in anchors)
        {
            if (byPlace.TryGetValue(anchor.Id, out var list))
                Collect(list);
            if (anchor.Lat is null || anchor.Lon is null)
                continue;
            var (row, column) = GeoDistance.Cell(anchor, options.DistanceKm);
            for (var dr = -1; dr <= 1; dr++)
                for (var dc = -1; dc <= 1; dc++)
                    if (byCell.TryGetValue((row + dr, column + dc), out var cell))
                        Collect(cell);
        }
        return seen;

        void Collect(List<OpenIncident> list)
        {
            // Incidents whose window has closed can no longer match anything later: drop them for good.
            list.RemoveAll(incident => now - incident.FirstSeen > options.Window);
            seen.UnionWith(list);
        }
    }

    private void Index(OpenIncident incident, IReadOnlyList<Place> anchors, Dictionary<string, List<OpenIncident>> byPlace, Dictionary<(int, int), List<OpenIncident>> byCell)
    {
        foreach (var anchor in anchors)
        {
            AddOnce(byPlace, anchor.Id, incident);
            if (anchor.Lat is not null && anchor.Lon is not null)
                AddOnce(byCell, GeoDistance.Cell(anchor, options.DistanceKm), incident);
        }
    }

    private static void AddOnce<TKey>(Dictionary<TKey, List<OpenIncident>> index, TKey key, OpenIncident incident) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (!list.Contains(incident))
            list.Add(incident);
    }
}
