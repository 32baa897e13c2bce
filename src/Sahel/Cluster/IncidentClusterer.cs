using Sahel.Model;

namespace Sahel.Cluster;

/// <summary>
/// Groups reports of the same incident, one story at a time. Each joins the known incident it matches best, or
/// opens a new one if it reports a violent event itself. A match needs the same place (or places within
/// <see cref="ClusterOptions.DistanceKm"/>), a time within <see cref="ClusterOptions.Window"/> of the incident's
/// first report and compatible event types; shared actors, figures, targets and wording decide between
/// candidates and against coincidences. Candidates come from a place index and a map grid, never from all
/// pairs, and incidents leave the index once their window has passed: time grows with the number of stories,
/// not its square. The same instance serves a batch (all stories, oldest first) and a sweep (stored incidents
/// replayed with <see cref="Replay"/>, then the new stories).
/// </summary>
public sealed class IncidentClusterer(ClusterOptions options)
{
    private const double JoinThreshold = 1.3;
    private readonly Dictionary<string, OpenIncident> _incidents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OpenIncident>> _byPlace = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, int), List<OpenIncident>> _byCell = new();

    /// <summary>Where a story went: the incident it joined or opened (null: none), and the signals that decided.</summary>
    public readonly record struct Placement(string? IncidentId, bool Opened, string Signals);

    /// <summary>Rebuilds a stored incident's profile from its reports, the founder first, copies left out.</summary>
    public void Replay(string id, IReadOnlyList<(Story Story, StorySignature Signature)> originals)
    {
        if (originals.Count == 0)
            return;
        var founder = originals[0];
        var incident = new OpenIncident(id, founder.Story.Id, originals.Min(o => o.Story.Published));
        _incidents[id] = incident;
        foreach (var (story, signature) in originals)
        {
            var anchors = Anchors(signature.Features);
            Absorb(incident, story.Id, signature, anchors);
        }
    }

    /// <summary>
    /// Places one original story. <paramref name="newId"/> names the incident it opens, if it opens one.
    /// </summary>
    public Placement Place(Story story, StorySignature signature, Func<string> newId)
    {
        var features = signature.Features;
        if (features.Retrospective)
            return new(null, false, "none:retrospective");
        if (features.Roundup)
            return new(null, false, "none:roundup");
        var anchors = Anchors(features);
        if (anchors.Count == 0)
            return new(null, false, "none:unlocated");
        var (best, signals) = BestMatch(story, features, anchors, signature.Targets, Candidates(anchors, story.Published));
        var opened = false;
        if (best is null)
        {
            if (features.EventType == EventType.Other)
                return new(null, false, "none:mention"); // a mention, not a report: it may join an incident but never starts one
            var id = newId();
            best = new OpenIncident(id, story.Id, story.Published);
            _incidents[id] = best;
            opened = true;
            signals = "opened";
        }
        Absorb(best, story.Id, signature, anchors);
        return new(best.Id, opened, signals);
    }

    /// <summary>The members of each incident known to this clusterer, by id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<long>> Members =>
        _incidents.ToDictionary(p => p.Key, p => (IReadOnlyList<long>)p.Value.Members, StringComparer.Ordinal);

    private void Absorb(OpenIncident incident, long member, StorySignature signature, IReadOnlyList<Place> anchors)
    {
        // The first report fixes where the incident is ("between Kidal and Anéfis"); later ones add only their
        // main place, so a report that also names another attack cannot bridge two incidents.
        var founding = incident.Members.Count == 1 && incident.Members[0] == member;
        incident.Absorb(member, signature.Features, founding ? anchors : anchors.Count > 0 && MainPlaceNear(anchors[0], incident) ? anchors.Take(1).ToList() : [], signature.Targets);
        Index(incident, anchors);
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

    private (OpenIncident? Best, string Signals) BestMatch(Story story, StoryFeatures features, IReadOnlyList<Place> anchors, HashSet<string> targets, IEnumerable<OpenIncident> candidates)
    {
        OpenIncident? best = null;
        var bestScore = JoinThreshold;
        var bestSignals = "";
        foreach (var incident in candidates)
        {
            var (score, signals) = Score(story, features, anchors, targets, incident);
            if (score >= bestScore && (best is null || score > bestScore || incident.FirstSeen < best.FirstSeen
                                       || incident.FirstSeen == best.FirstSeen && string.CompareOrdinal(incident.Id, best.Id) < 0))
            {
                best = incident;
                bestScore = score;
                bestSignals = signals;
            }
        }
        return (best, bestSignals);
    }

    private (double Score, string Signals) Score(Story story, StoryFeatures features, IReadOnlyList<Place> anchors, HashSet<string> targets, OpenIncident incident)
    {
        if ((story.Published - incident.FirstSeen).Duration() > options.Window)
            return (0, "");
        if (incident.EventTypes.Count > 0 && !incident.EventTypes.All(t => EventTypes.Compatible(t, features.EventType)))
            return (0, "");
        var place = PlaceScore(anchors, incident, options.DistanceKm);
        if (place == 0)
            return (0, "");
        var signals = new List<string>(5) { place >= 1.0 ? "place" : "nearby" };
        // A mere mention (no event of its own) must share more than the place to join.
        var score = features.EventType == EventType.Other ? place - 0.3 : place;
        if (features.Actors.Any(a => incident.Actors.Contains(a.Id)))
        {
            score += 0.3;
            signals.Add("actor");
        }
        if (features.Numbers.Any(n => OpenIncident.SignificantNumber(n) && incident.Numbers.Contains(n)))
        {
            score += 0.3;
            signals.Add("figure");
        }
        if (features.EventType != EventType.Other && incident.EventTypes.Contains(features.EventType))
        {
            score += 0.3;
            signals.Add("type");
        }
        if (targets.Count > 0 && incident.Targets.Count > 0)
        {
            var same = targets.Overlaps(incident.Targets);
            score += same ? 0.3 : -0.6;
            if (same)
                signals.Add("target");
        }
        return (score, string.Join(',', signals));
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

    private IEnumerable<OpenIncident> Candidates(IReadOnlyList<Place> anchors, DateTimeOffset now)
    {
        var seen = new HashSet<OpenIncident>(ReferenceEqualityComparer.Instance);
        foreach (var anchor in anchors)
        {
            if (_byPlace.TryGetValue(anchor.Id, out var list))
                Collect(list);
            if (anchor.Lat is null || anchor.Lon is null)
                continue;
            var (row, column) = GeoDistance.Cell(anchor, options.DistanceKm);
            for (var dr = -1; dr <= 1; dr++)
                for (var dc = -1; dc <= 1; dc++)
                    if (_byCell.TryGetValue((row + dr, column + dc), out var cell))
                        Collect(cell);
        }
        return seen;

        void Collect(List<OpenIncident> list)
        {
            // Stories come oldest first within a run: an incident whose window has closed can no longer match
            // anything later in it, so it leaves the index for good.
            list.RemoveAll(incident => now - incident.FirstSeen > options.Window);
            seen.UnionWith(list);
        }
    }

    private void Index(OpenIncident incident, IReadOnlyList<Place> anchors)
    {
        foreach (var anchor in anchors)
        {
            AddOnce(_byPlace, anchor.Id, incident);
            if (anchor.Lat is not null && anchor.Lon is not null)
                AddOnce(_byCell, GeoDistance.Cell(anchor, options.DistanceKm), incident);
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
