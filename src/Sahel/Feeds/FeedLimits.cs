using Sahel.Model;

namespace Sahel.Feeds;

/// <summary>
/// The limits every feed document is held to before any XML parser or repair sees it: one linear, allocation-free
/// pass that refuses what would cost minutes or gigabytes later. CodeHollow's XDocument, and sahel's own repairs,
/// spend time growing with the depth of open elements on each tag: a document nested 200,000 deep held a sweep for
/// minutes. Entity declarations are checked here too: an external entity (XXE) is refused outright, and so is any
/// internal entity whose expansion would exceed <see cref="MaxEntityExpansion"/> characters (billion laughs).
/// Every refusal is a <see cref="FeedParseException"/> whose message says which limit, so the sweep reports
/// FAIL (PARSE) with a reason.
/// </summary>
internal static class FeedLimits
{
    /// <summary>Real feeds nest under 20 deep; xhtml content adds a few levels more.</summary>
    public const int MaxDepth = 512;

    /// <summary>Items (RSS item, Atom entry, JSON Feed items). A 10 MB feed holds at most some 50,000 real ones.</summary>
    public const int MaxItems = 100_000;

    public const int MaxElements = 1_000_000;

    /// <summary>One start tag with its attributes.</summary>
    public const int MaxTagLength = 64 * 1024;

    /// <summary>The text of one element (a CDATA section or a run of text between two tags), in characters.</summary>
    public const int MaxTextLength = 4 * 1024 * 1024;

    /// <summary>What one entity may expand to; a billion-laughs entity expands to gigabytes.</summary>
    public const int MaxEntityExpansion = 64 * 1024;

    /// <summary>Throws <see cref="FeedParseException"/> when an XML document breaks a limit.</summary>
    public static void CheckXml(string text)
    {
        var depth = 0;
        var elements = 0;
        var items = 0;
        var textStart = 0;
        var i = 0;
        while (true)
        {
            var lt = text.IndexOf('<', i);
            var runEnd = lt < 0 ? text.Length : lt;
            if (runEnd - textStart > MaxTextLength) throw TextTooLong(runEnd - textStart);
            if (lt < 0) return;
            i = lt;
            if (At(text, i, "<![CDATA["))
            {
                var end = text.IndexOf("]]>", i + 9, StringComparison.Ordinal);
                var stop = end < 0 ? text.Length : end;
                if (stop - i > MaxTextLength) throw TextTooLong(stop - i);
                if (end < 0) return;
                i = end + 3;
                textStart = i;
                continue;
            }
            if (At(text, i, "<!--")) { if ((i = SkipPast(text, i + 4, "-->")) < 0) return; textStart = i; continue; }
            if (At(text, i, "<?")) { if ((i = SkipPast(text, i + 2, "?>")) < 0) return; textStart = i; continue; }
            if (At(text, i, "<!DOCTYPE") || At(text, i, "<!doctype"))
            {
                i = DtdCheck.Check(text, i);
                if (i < 0) return;
                textStart = i;
                continue;
            }
            var close = i + 1 < text.Length && text[i + 1] == '/';
            var nameStart = close ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < text.Length && IsNameChar(text[nameEnd])) nameEnd++;
            if (nameEnd == nameStart) { i++; continue; } // a bare '<' in text
            var tagEnd = TagEnd(text, nameEnd);
            if (tagEnd == -1) return; // truncated: the repairs keep what came before, within the limits already checked
            if (tagEnd < 0) { i = nameEnd; continue; } // a '<' inside a tag: broken, scanning goes on from there
            if (tagEnd - i > MaxTagLength) throw new FeedParseException($"a tag of {tagEnd - i} characters (limit {MaxTagLength})");
            if (close)
            {
                if (depth > 0) depth--;
            }
            else
            {
                if (++elements > MaxElements) throw new FeedParseException($"more than {MaxElements} elements");
                if (IsItem(text.AsSpan(nameStart, nameEnd - nameStart)) && ++items > MaxItems)
                    throw new FeedParseException($"more than {MaxItems} items");
                if (text[tagEnd - 2] != '/' && ++depth > MaxDepth)
                    throw new FeedParseException($"elements nested more than {MaxDepth} deep");
            }
            i = tagEnd;
            textStart = i;
        }
    }

    public static FeedParseException TooManyItems() => new($"more than {MaxItems} items");

    public static FeedParseException TextTooLong(long length) =>
        new($"a text of {length} characters in one element (limit {MaxTextLength})");

    private static bool IsItem(ReadOnlySpan<char> name)
    {
        var colon = name.IndexOf(':');
        var local = colon < 0 ? name : name[(colon + 1)..];
        return local is "item" or "entry";
    }

    /// <summary>Just after the tag's '&gt;'; -1 at the end of the text; -2 at a '&lt;' before any '&gt;'.</summary>
    private static int TagEnd(string text, int i)
    {
        var quote = '\0';
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i + 1;
            else if (c == '<') return -2;
        }
        return -1;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is ':' or '_' or '-' or '.';

    internal static bool At(string text, int i, string s) => string.CompareOrdinal(text, i, s, 0, s.Length) == 0;

    private static int SkipPast(string text, int from, string close)
    {
        var end = text.IndexOf(close, from, StringComparison.Ordinal);
        return end < 0 ? -1 : end + close.Length;
    }
}
