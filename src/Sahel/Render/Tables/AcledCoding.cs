using Sahel.Cluster;
using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;
using Sahel.Model;

namespace Sahel.Render.Tables;

/// <summary>
/// ACLED's codebook rules, as far as sahel knows the values (docs/acled.md is the reference): event types from
/// sahel's, the fatality count as the lowest credible figure with ACLED's words-to-numbers, geographic
/// precision, and which actor comes first.
/// </summary>
public static class AcledCoding
{
    public sealed record EventCode(string DisorderType, string EventType, string SubEventType);

    public static EventCode Event(EventType type, bool civiliansOnly) => type switch
    {
        EventType.Ambush or EventType.Clashes => new("Political violence", "Battles", "Armed clash"),
        EventType.Attack when civiliansOnly => new("Political violence", "Violence against civilians", "Attack"),
        EventType.Attack => new("Political violence", "Battles", "Armed clash"),
        EventType.Ied => new("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        EventType.AirStrike => new("Political violence", "Explosions/Remote violence", "Air/drone strike"),
        EventType.Shelling => new("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        EventType.Kidnapping => new("Political violence", "Violence against civilians", "Abduction/forced disappearance"),
        EventType.Massacre => new("Political violence", "Violence against civilians", "Attack"),
        _ => new("Strategic developments", "Strategic developments", "Other"),
    };

    /// <summary>1: the town itself; 2: a district or named area; 3: a region or the country (ACLED's geo_precision).</summary>
    public static int? GeoPrecision(string? precision) => precision switch
    {
        "town" => 1,
        "district" => 2,
        "region" or "country" => 3,
        _ => null,
    };

    /// <summary>
    /// ACLED's conservative count: per group of victims, the lowest figure any account gives ("dozens" is 12,
    /// "several" 10, "hundreds" 100), summed over the groups; groups an account left unnamed count only when no
    /// named group does (they usually restate the named ones). 0 when no account gives a figure of the killed.
    /// </summary>
    public static int Fatalities(IReadOnlyList<TollComparison> figures)
    {
        var killed = figures.Where(f => f.Kind == TollKind.Killed).ToList();
        var named = killed.Where(f => f.Victims is not null and not "people").ToList();
        var counted = named.Count > 0 ? named : killed;
        return counted.Sum(f => f.Reports.Select(r => Lowest(r.Count)).Where(n => n is not null).Min() ?? 0);
    }

    /// <summary>The lowest value an account's words allow, by ACLED's rules for words without a number.</summary>
    public static int? Lowest(NumberRange count) => count.Qualifier switch
    {
        "dozens" => 12,
        "hundreds" => 100,
        "several" => 10,
        "about" => (count.Min + count.Max) / 2, // "about 30" is 30, as the text says
        "exact" or "at-least" or "more-than" => count.Min,
        "at-most" or "fewer-than" => count.Min ?? 1,
        _ => count.Min ?? count.Max,
    };

    /// <summary>Actor 1 is the side that initiated: the armed group in an attack, ambush, IED or kidnapping; the state in an air strike.</summary>
    public static (IReadOnlyList<Actor> Side1, IReadOnlyList<Actor> Side2) Sides(Incident incident)
    {
        var state = incident.Actors.Where(Digest.ActorSides.IsStateSide).ToList();
        var armed = incident.Actors.Where(a => !Digest.ActorSides.IsStateSide(a)).ToList();
        return incident.EventType is EventType.AirStrike || (incident.EventType is EventType.Clashes && armed.Count == 0)
            ? (state, armed)
            : armed.Count > 0 ? (armed, state) : (state, armed);
    }

    /// <summary>National when every outlet is of the incident's country, International when none is, else both, as ACLED joins scales.</summary>
    public static string SourceScale(Incident incident, string? countryCode)
    {
        var countries = incident.Stories.Select(s => s.Story.Country).ToList();
        if (countryCode is null || countries.All(c => c is null))
            return "Other";
        var national = countries.Any(c => string.Equals(c, countryCode, StringComparison.OrdinalIgnoreCase));
        var other = countries.Any(c => c is not null && !string.Equals(c, countryCode, StringComparison.OrdinalIgnoreCase));
        return national && other ? "National-International" : national ? "National" : "International";
    }
}
