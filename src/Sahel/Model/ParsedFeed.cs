namespace Sahel.Model;

/// <summary>
/// What the parse stage hands to the store: one feed document, normalised across RSS, RDF, Atom and JSON Feed.
/// <see cref="Warnings"/> lists what was wrong with the document and was repaired (one short sentence each).
/// </summary>
public sealed record ParsedFeed(
    FeedFormat Format,
    string? Title,
    string? SiteLink,
    string? Language,
    IReadOnlyList<ParsedItem> Items,
    IReadOnlyList<string> Warnings);
