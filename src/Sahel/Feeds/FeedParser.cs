using System.Text;
using CodeHollow.FeedReader.Feeds;
using Sahel.Model;

namespace Sahel.Feeds;

/// <summary>
/// The parse stage: bytes of one feed document in, a <see cref="ParsedFeed"/> out.
/// CodeHollow.FeedReader parses RSS 0.90–2.0, RDF and Atom (format detection, the channel/entry model); JSON Feed
/// goes to System.Text.Json (<see cref="JsonFeedParser"/>). Sahel wraps CodeHollow for what it does not do, or does
/// in a way sahel cannot use:
/// <list type="bullet">
/// <item>encodings: CodeHollow takes text; bytes become text by sahel's rules (<see cref="FeedTextDecoder"/>), which
/// weigh BOM, HTTP charset, declaration and the bytes themselves;</item>
/// <item>repairs: CodeHollow gives up on a document that is not well-formed; sahel retries with its repairs
/// (<see cref="XmlFeedReader"/>), strict first, each repair a warning;</item>
/// <item>dates: CodeHollow's parsed dates depend on the current culture; sahel parses the raw strings (<see cref="FeedDateParser"/>);</item>
/// <item>links and text: xml:base, http-only links (<see cref="LinkResolver"/>), xml:lang, Atom text types, and
/// content:encoded as written (CodeHollow HTML-decodes it a second time).</item>
/// </list>
/// </summary>
public static class FeedParser
{
    /// <param name="body">The document as fetched (possibly with BOM, any encoding).</param>
    /// <param name="httpCharset">The charset parameter of the HTTP Content-Type, when there was one.</param>
    /// <param name="sourceLocation">The URL or absolute path it came from: the base for relative links, and the name in errors.</param>
    public static ParsedFeed Parse(byte[] body, string? httpCharset, string sourceLocation)
    {
        ArgumentNullException.ThrowIfNull(body);
        var warnings = new List<string>();
        var first = FirstSignificantByte(body, out var bomLength);
        if (first < 0) throw new FeedParseException("not a feed: the body is empty");
        if (first == '{') return JsonFeedParser.Parse(body.AsMemory(bomLength), sourceLocation, warnings);

        var text = FeedTextDecoder.Decode(body, httpCharset, warnings);
        // JSON in UTF-16/32 is only recognisable once decoded. CodeHollow would take it too (its own, XML-based JSON
        // Feed reader), so it must not get there: JSON Feed is JsonFeedParser's.
        if (text.AsSpan().TrimStart() is ['{' or '[', ..]) return JsonFeedParser.Parse(Encoding.UTF8.GetBytes(text), sourceLocation, warnings);
        // Before any parser or repair: what is too deep, too big or expands without bound is refused in one linear pass.
        FeedLimits.CheckXml(text);
        var feed = XmlFeedReader.Read(text, warnings);
        var source = Uri.TryCreate(sourceLocation, UriKind.Absolute, out var s) && LinkResolver.IsHttp(s) ? s : null;
        return feed.SpecificFeed is AtomFeed atom
            ? AtomMapper.Map(feed, atom, source, warnings)
            : RssMapper.Map(feed, source, warnings);
    }

    /// <summary>-1 when the body is only whitespace (after an optional UTF-8 BOM).</summary>
    private static int FirstSignificantByte(byte[] body, out int bomLength)
    {
        bomLength = body is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var wide = body is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..];
        for (var i = bomLength; i < body.Length; i++)
        {
            var b = body[i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' || (wide && b == 0)) continue;
            return b;
        }
        return -1;
    }
}
