namespace Sahel.Model;

/// <summary>
/// A gazetteer entry (Normalize/Lexicon/places.json, docs/gazetteer.md). Coordinates are null for entries
/// without them; <see cref="Ambiguous"/> marks names that are also common words or shared with other places.
/// </summary>
public sealed record Place(
    string Id,
    string Name,
    string Kind,
    string? Country,
    string? Region,
    double? Lat,
    double? Lon,
    bool Ambiguous)
{
    /// <summary>
    /// A seat of government (Bamako, Ouagadougou, Niamey, N'Djamena, Nouakchott). News names capitals for their
    /// governments ("Nouakchott asks Bamako for explanations") far more often than for what happens there.
    /// </summary>
    public bool Capital { get; init; }
}
