namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// Round 34: a figure told first with its bound, then again bare by a speaker of the same kind ("Gunmen killed at least 18
    /// villagers, residents said" then a resident's "We buried 18 people"; "Au moins quatorze civils ont été tués … selon des élus"
    /// then an elected official's "Nous avons enterré quatorze personnes"): one figure, as told first. The labelled sets never keep
    /// both (four writers label the bound only). Not another source kind, another kind of toll or another value; not an
    /// approximation ("une quinzaine" spans the values around it).
    /// </summary>
    private static List<TollClaim> WithoutRestatedBounds(List<TollClaim> tolls)
    {
        var kept = new List<TollClaim>(tolls.Count);
        foreach (var toll in tolls)
        {
            if (toll.Count.Qualifier == "exact" && toll.Count.Min is { } value && tolls.Exists(k => k.Kind == toll.Kind && k.Count.Qualifier == "at-least"
                    && k.Count.Min == value && (k.Source?.Kind ?? SourceKind.Unattributed) == (toll.Source?.Kind ?? SourceKind.Unattributed)
                    && (k.Victims == toll.Victims || k.Victims is null or "people" || toll.Victims is null or "people")))
                continue;
            kept.Add(toll);
        }
        return kept;
    }
}
