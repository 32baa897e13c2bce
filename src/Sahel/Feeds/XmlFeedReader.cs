using System.Buffers;
using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Parser;
using Sahel.Model;

namespace Sahel.Feeds;

/// <summary>
/// Decoded text → CodeHollow <see cref="Feed"/>. Strict first (the fast path: one CodeHollow call); only when its XML
/// parse fails are sahel's repairs applied, each recorded as a warning. Turns the library's exceptions into sahel's
/// one-line messages.
/// </summary>
internal static class XmlFeedReader
{
    /// <summary>
    /// CodeHollow silently deletes C0 controls and U+FEFF before parsing (and trims the document). Sahel repairs those
    /// itself first so that the change is reported, as every other repair is.
    /// </summary>
    private static readonly SearchValues<char> SilentlyDeleted = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015"
        + "\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFEFF");

    public static Feed Read(string text, List<string> warnings)
    {
        if (text.AsSpan().ContainsAny(SilentlyDeleted) || (text.Length > 0 && char.IsWhiteSpace(text[0])))
        {
            text = XmlRepair.Repair(text, warnings);
        }
        return TryRead(text, out var error) ?? Recover(text, error!, warnings);
    }

    private static Feed Recover(string text, XmlException original, List<string> warnings)
    {
        if (LooksLikeHtml(text)) throw new FeedParseException("not a feed: got an HTML page");
        if (!text.Contains('<')) throw new FeedParseException("not a feed: got plain text, not XML or JSON");

        // Each step runs only if the previous result still fails; its warnings are kept only if it was needed.
        var repaired = XmlRepair.Repair(text, warnings);
        if (TryRead(repaired, out _) is { } feed) return feed;
        repaired = XmlSalvage.DeclareMissingPrefixes(repaired, warnings);
        if (TryRead(repaired, out _) is { } feed2) return feed2;
        if (XmlSalvage.CloseTruncated(repaired, warnings) is { } closed && TryRead(closed, out _) is { } feed3) return feed3;

        throw new FeedParseException(
            $"malformed XML at line {original.LineNumber}, column {original.LinePosition}: {Describe(original)}", original);
    }

    /// <summary>The feed, or null with the XML error when the text is not well-formed. Throws when it is XML but no feed.</summary>
    private static Feed? TryRead(string text, out XmlException? error)
    {
        error = null;
        try
        {
            var feed = FeedReader.ReadFromString(text);
            return PrefixedFeed.RereadAtom(feed) ?? feed;
        }
        catch (XmlException e)
        {
            error = e;
            return null;
        }
        catch (FeedTypeNotSupportedException e)
        {
            // The root is not feed, rss or RDF.
            var root = RootName(text);
            if (root.Equals("html", StringComparison.OrdinalIgnoreCase)) throw new FeedParseException("not a feed: got an HTML page", e);
            throw new FeedParseException($"not a feed: the root element is <{root}>", e);
        }
        catch (Exception e) when (e is NullReferenceException or ArgumentNullException)
        {
            // CodeHollow dereferences the <channel> unchecked: an <rss> or RDF root without one in the root's default namespace.
            return PrefixedFeed.ReadRss(text) ?? throw new FeedParseException($"not a feed: <{RootName(text)}> without a <channel>", e);
        }
    }

    private static string RootName(string text)
    {
        foreach (var tag in TagScanner.Scan(text))
        {
            if (tag.Kind is TagKind.Open or TagKind.SelfClosing) return tag.Name[(tag.Name.IndexOf(':') + 1)..];
        }
        return "?";
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
