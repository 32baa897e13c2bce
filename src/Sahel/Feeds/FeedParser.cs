using CodeHollow.FeedReader;
using Sahel.Model;

namespace Sahel.Feeds;

/// <summary>
/// The parse stage: bytes of one feed document in, a <see cref="ParsedFeed"/> out.
/// Minimal first cut; encoding, date and repair handling are layered on in this folder.
/// </summary>
public static class FeedParser
{
    /// <param name="body">The document as fetched (possibly with BOM, any encoding).</param>
    /// <param name="httpCharset">The charset parameter of the HTTP Content-Type, when there was one.</param>
    /// <param name="sourceLocation">The URL or absolute path it came from: the base for relative links, and the name in errors.</param>
    public static ParsedFeed Parse(byte[] body, string? httpCharset, string sourceLocation)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(body);
        }
        catch (Exception e)
        {
            throw new FeedParseException($"not a feed: {e.Message}", e);
        }
        var items = feed.Items.Select(i => new ParsedItem
        {
            Guid = i.Id,
            Link = i.Link,
            Title = i.Title,
            SummaryHtml = i.Description,
            ContentHtml = i.Content,
            Author = i.Author,
            Categories = i.Categories?.ToList() ?? [],
            Published = i.PublishingDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null,
        }).ToList();
        var format = feed.Type switch { FeedType.Atom => FeedFormat.Atom, FeedType.Rss_1_0 => FeedFormat.Rdf, _ => FeedFormat.Rss };
        return new ParsedFeed(format, feed.Title, feed.Link, feed.Language, items, []);
    }
}
