namespace Sahel.Feeds;

internal enum TagKind { Open, Close, SelfClosing }

/// <param name="Start">Index of '&lt;'.</param>
/// <param name="NameEnd">Index just after the element name (where attributes could be inserted).</param>
/// <param name="End">Index just after '&gt;'.</param>
internal readonly record struct ScannedTag(TagKind Kind, string Name, int Start, int NameEnd, int End);

/// <summary>
/// A forgiving tag tokenizer for broken XML: yields start, end and empty tags, skipping comments, CDATA,
/// processing instructions and doctypes. Stops at the first incomplete construct (a truncated document).
/// </summary>
internal static class TagScanner
{
    public static IEnumerable<ScannedTag> Scan(string text)
    {
        var i = 0;
        while ((i = text.IndexOf('<', i)) >= 0)
        {
            if (At(text, i, "<!--")) { i = After(text, i, "-->"); }
            else if (At(text, i, "<![CDATA[")) { i = After(text, i, "]]>"); }
            else if (At(text, i, "<?")) { i = After(text, i, "?>"); }
            else if (At(text, i, "<!")) { i = After(text, i, text.IndexOf('[', i) is > 0 and var b && b < text.IndexOf('>', i) ? "]>" : ">"); }
            else
            {
                var close = i + 1 < text.Length && text[i + 1] == '/';
                var nameStart = close ? i + 2 : i + 1;
                var nameEnd = nameStart;
                while (nameEnd < text.Length && IsNameChar(text[nameEnd])) nameEnd++;
                if (nameEnd == nameStart) { i++; continue; } // a bare '<' in text, not a tag
                var end = TagEnd(text, nameEnd);
                if (end < 0) yield break;
                var kind = close ? TagKind.Close : text[end - 2] == '/' ? TagKind.SelfClosing : TagKind.Open;
                yield return new ScannedTag(kind, text[nameStart..nameEnd], i, nameEnd, end);
                i = end;
                continue;
            }
            if (i < 0) yield break;
        }
    }

    /// <summary>Records prefixes of attributes (<c>rdf:about</c>) and prefixes declared (<c>xmlns:dc</c>) in one tag.</summary>
    public static void CollectAttributePrefixes(string text, ScannedTag tag, ISet<string> used, ISet<string> declared)
    {
        var i = tag.NameEnd;
        while (i < tag.End)
        {
            while (i < tag.End && !IsNameChar(text[i])) i++;
            var start = i;
            while (i < tag.End && IsNameChar(text[i])) i++;
            if (i >= tag.End || text[i] != '=') continue;
            var attr = text.AsSpan(start, i - start);
            var colon = attr.IndexOf(':');
            if (attr.StartsWith("xmlns:")) declared.Add(attr[6..].ToString());
            else if (colon > 0) used.Add(attr[..colon].ToString());
            // Skip the quoted value so its contents are not read as names.
            i++;
            if (i < tag.End && text[i] is '"' or '\'')
            {
                var q = text[i];
                var closeQuote = text.IndexOf(q, i + 1);
                i = closeQuote < 0 ? tag.End : closeQuote + 1;
            }
        }
    }

    private static int TagEnd(string text, int i)
    {
        char quote = '\0';
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i + 1;
            else if (c == '<') return -1;
        }
        return -1;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is ':' or '_' or '-' or '.';

    private static bool At(string text, int i, string s) => string.CompareOrdinal(text, i, s, 0, s.Length) == 0;

    private static int After(string text, int i, string close)
    {
        var end = text.IndexOf(close, i + 1, StringComparison.Ordinal);
        return end < 0 ? -1 : end + close.Length;
    }
}
