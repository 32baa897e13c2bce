namespace Sahel.Render.Feeds;

/// <summary>
/// A digest as a feed reader sees it, whatever the syndication format: the feed's identity and one entry per
/// incident (or per story). Built once by <see cref="DigestFeedBuilder"/>; Atom and JSON Feed only spell it.
/// </summary>
public sealed record DigestFeed(string Id, string Title, string Subtitle, DateTimeOffset Updated, IReadOnlyList<FeedEntry> Entries);

/// <summary>
/// One entry. <see cref="Id"/> is a tag: URI from the incident's (or story's) stable id, so a reader shows it
/// once; <see cref="Updated"/> moves when the incident gains a report or a report is edited (its figures may
/// have changed), so a reader shows it again as updated. <see cref="Html"/> is safe HTML built by <see cref="EntryHtml"/>.
/// </summary>
public sealed record FeedEntry
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Link { get; init; }
    public required DateTimeOffset Published { get; init; }
    public required DateTimeOffset Updated { get; init; }

    /// <summary>One line of plain text: the gloss or the incident's coverage.</summary>
    public required string Summary { get; init; }
    public required string Html { get; init; }

    /// <summary>The outlet of a story; null for an incident (the feed's author, sahel, stands for it).</summary>
    public string? Author { get; init; }

    /// <summary>BCP 47 language of the title and summary, when one language holds for the whole entry.</summary>
    public string? Language { get; init; }

    /// <summary>Event type, country codes and actor ids: what readers filter on.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
