using System.Text.RegularExpressions;
using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Reconcile;

/// <summary>
/// ACLED's actor names in the actors lexicon. ACLED's own names are aliases there ("JNIM: Group for Support of
/// Islam and Muslims", "Military Forces of Mali (2021-)", "Wagner Group"); names the lexicon lacks are tried
/// without ACLED's regime years or country in brackets ("Military Forces of Niger (2023-)" → "Military Forces of
/// Niger", "Dozo Communal Militia (Mali)"), then by each side of a colon ("FLA: Azawad Liberation Front").
/// </summary>
public sealed partial class AcledActors(Lexicon lexicon)
{
    private readonly Dictionary<string, Actor?> _cache = new(StringComparer.Ordinal);

    public Actor? Resolve(string acledName)
    {
        if (_cache.TryGetValue(acledName, out var known))
            return known;
        var actor = Lookup(acledName);
        _cache[acledName] = actor;
        return actor;
    }

    /// <summary>The lexicon actors an event names, civilians, protesters and rioters left out; unknown names are skipped.</summary>
    public IReadOnlyList<Actor> Of(AcledEvent acled) =>
        acled.Actors.Where(a => a.Inter is not (AcledInter.Civilians or AcledInter.Protesters or AcledInter.Rioters))
            .Select(a => Resolve(a.Name)).OfType<Actor>().DistinctBy(a => a.Id).ToList();

    private Actor? Lookup(string name)
    {
        name = name.Trim();
        if (name.Length == 0 || name.StartsWith("Unidentified", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Civilians", StringComparison.OrdinalIgnoreCase))
            return null;
        if (lexicon.FindActor(name) is { } direct)
            return direct;
        var bare = Bracketed().Replace(name, "").Trim();
        if (bare != name && lexicon.FindActor(bare) is { } withoutBrackets)
            return withoutBrackets;
        var colon = bare.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
            return lexicon.FindActor(bare[..colon].Trim()) ?? lexicon.FindActor(bare[(colon + 1)..].Trim());
        return null;
    }

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Bracketed();
}
