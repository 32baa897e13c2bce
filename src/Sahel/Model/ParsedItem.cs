namespace Sahel.Model;

/// <summary>
/// One entry of a feed as the document states it. Links are absolute (resolved against the document's base);
/// times are UTC instants, or null when the feed gave none or gave one that could not be read.
/// </summary>
public sealed record ParsedItem
{
    public string? Guid { get; init; }
    public string? Link { get; init; }
    public string? Title { get; init; }
    public string? SummaryHtml { get; init; }
    public string? ContentHtml { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? Language { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
}
