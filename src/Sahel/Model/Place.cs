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
    bool Ambiguous);
