using Sahel.Cluster;
using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;
using Sahel.Digest;
using Sahel.Model;

namespace Sahel.Render.Tables;

/// <summary>
/// An incident as flat facts, for the formats that tabulate or map it (CSV, ACLED-shaped CSV, GeoJSON): where
/// (country, first-level region, place, how precise), who, how widely reported, and its figures.
/// </summary>
public sealed record IncidentFacts(Incident Incident, IReadOnlyList<TollComparison> Figures)
{
    public static IncidentFacts Of(Incident incident, DigestDetails details) => new(incident, details.FiguresOf(incident));

    public Place? Place => Incident.MainPlace;

    public string? CountryCode => Place?.Country ?? Incident.Places.Select(p => p.Country).FirstOrDefault(c => c is not null);

    public string? Country => CountryCode is { } code ? IncidentText.CountryName(code) : null;

    /// <summary>The first-level region: the place's own name when it is one, else the region the gazetteer puts it in.</summary>
    public string? Admin1 => Place switch
    {
        null => null,
        { Kind: "region" } region => region.Name,
        { Kind: "country" } => null,
        var place => place.Region,
    };

    /// <summary>town (a town, village, city or base), district (a named area), region, or country; null without a place.</summary>
    public string? Precision => Place?.Kind switch
    {
        null => null,
        "region" => "region",
        "country" => "country",
        "area" => "district",
        _ => "town",
    };

    public Story FirstReport => (Incident.Originals.FirstOrDefault() ?? Incident.Stories[0]).Story;

    public int Copies => Incident.Stories.Count(s => s.DuplicateOf is not null);

    /// <summary>The lowest and highest figure of a kind across its victims and sources; nulls when no report gives one.</summary>
    public (int? Low, int? High) Range(TollKind kind)
    {
        var tolls = Figures.Where(f => f.Kind == kind).ToList();
        return tolls.Count == 0 ? (null, null) : (tolls.Min(t => t.Low), tolls.Max(t => t.High));
    }
}
