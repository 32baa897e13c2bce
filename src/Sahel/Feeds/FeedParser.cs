using System.Xml;
using System.Xml.Linq;
using Sahel.Model;

namespace Sahel.Feeds;

/// <summary>
/// The parse stage: bytes of one feed document in, a <see cref="ParsedFeed"/> out.
/// Strict parse first (the fast path); only when that fails are the repairs applied, each recorded as a warning.
/// </summary>
public static class FeedParser
{
    /// <summary>No external DTDs or entities are ever fetched (XmlResolver = null) and entity expansion is capped.</summary>
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = 1_000_000,
        IgnoreComments = true,
    };

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
        var doc = Load(text, out var error) ?? Recover(text, error!, warnings);
        return SyndicationMapper.Map(doc, sourceLocation, warnings);
    }

    private static XDocument Recover(string text, XmlException original, List<string> warnings)
    {
        if (LooksLikeHtml(text)) throw new FeedParseException("not a feed: got an HTML page");
        if (!text.Contains('<')) throw new FeedParseException("not a feed: got plain text, not XML or JSON");

        // Each step runs only if the previous result still fails; its warnings are kept only if it was needed.
        var repaired = XmlRepair.Repair(text, warnings);
        if (Load(repaired, out _) is { } doc) return doc;
        repaired = XmlSalvage.DeclareMissingPrefixes(repaired, warnings);
        if (Load(repaired, out _) is { } doc2) return doc2;
        if (XmlSalvage.CloseTruncated(repaired, warnings) is { } closed && Load(closed, out _) is { } doc3) return doc3;

        throw new FeedParseException(
            $"malformed XML at line {original.LineNumber}, column {original.LinePosition}: {Describe(original)}", original);
    }

    private static XDocument? Load(string text, out XmlException? error)
    {
        error = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), ReaderSettings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            error = e;
            return null;
        }
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

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024));
        return head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
               || head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The parser's message without its trailing "Line 3, position 14." (already in the prefix).</summary>
    private static string Describe(XmlException e)
    {
        var message = e.Message;
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        if (at > 0) message = message[..at];
        message = message.Trim().TrimEnd('.');
        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : "unreadable";
    }
}
