using Humanizer;
using Sahel.Cluster;
using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;
using Sahel.Model;
using Sahel.Normalize;
using Sahel.Render;

namespace Sahel.Digest;

/// <summary>
/// A short English line saying what a story reports, built only from sahel's analysis (never a translation):
/// "Ambush · Anéfis (Kidal, Mali) · FAMa vs FLA · ≥ 12 soldiers killed (local sources)". An English-only reader
/// can tell an Arabic or French story apart from the others without reading it.
/// </summary>
public static class StoryGloss
{
    /// <summary>When the analysis finds no event, place, actor or figure.</summary>
    public const string Nothing = "No event, place or actor recognised";

    public static string Of(StoryFeatures features, StoryClaims claims, Lexicon lexicon)
    {
        var parts = new List<string>();
        if (features.EventType != EventType.Other)
            parts.Add(EventTypes.Label(features.EventType).Transform(To.SentenceCase));
        if ((IncidentClusterer.Anchors(features).FirstOrDefault() ?? features.Places.FirstOrDefault()) is { } place)
            parts.Add(Place(place));
        if (Actors(features.Actors) is { } actors)
            parts.Add(actors);
        if (Toll(claims.Tolls, lexicon) is { } toll)
            parts.Add(toll);
        return parts.Count == 0 ? Nothing : string.Join(" · ", parts);
    }

    /// <summary>"Anéfis (Kidal, Mali)", "Kidal (Mali)", "Mali".</summary>
    public static string Place(Place place)
    {
        if (place.Kind == "country")
            return place.Country is { } code ? IncidentText.CountryName(code) : place.Name;
        var context = new[] { place.Region is { } region && region != place.Name ? region : null, place.Country is { } c ? IncidentText.CountryName(c) : null }
            .OfType<string>().ToList();
        return context.Count == 0 ? place.Name : $"{place.Name} ({string.Join(", ", context)})";
    }

    /// <summary>"FAMa vs FLA" when state forces and armed groups are both named; else the names, at most three.</summary>
    private static string? Actors(IReadOnlyList<Actor> actors)
    {
        if (actors.Count == 0)
            return null;
        var forces = actors.Where(ActorSides.IsStateSide).Take(2).Select(a => a.Name).ToList();
        var groups = actors.Where(a => !ActorSides.IsStateSide(a)).Take(2).Select(a => a.Name).ToList();
        return forces.Count > 0 && groups.Count > 0
            ? $"{string.Join(", ", forces)} vs {string.Join(", ", groups)}"
            : string.Join(", ", actors.Take(3).Select(a => a.Name));
    }

    /// <summary>The first killed figure the story gives (else its first figure), with whom it is attributed to.</summary>
    private static string? Toll(IReadOnlyList<TollClaim> tolls, Lexicon lexicon)
    {
        var toll = tolls.FirstOrDefault(t => t.Kind == TollKind.Killed) ?? tolls.FirstOrDefault();
        if (toll is null)
            return null;
        var victims = toll.Victims ?? "people";
        var count = toll.Count.Qualifier is "dozens" or "hundreds" or "several" ? $"{toll.Count.Qualifier} of {victims}" : $"{toll.Count.Display} {victims}";
        var verb = toll.Kind switch
        {
            TollKind.Wounded => "wounded",
            TollKind.Kidnapped => "kidnapped",
            TollKind.Missing => "missing",
            _ => "killed",
        };
        var source = toll.Source is { Kind: not SourceKind.Unattributed } attribution
            ? $" ({SourceLabel.Of(attribution.Kind, attribution.Name, lexicon)})"
            : "";
        return $"{count} {verb}{source}";
    }
}
