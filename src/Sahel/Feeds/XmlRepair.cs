using System.Globalization;
using System.Text;
using System.Xml;

namespace Sahel.Feeds;

/// <summary>
/// One pass over a document that failed to parse, fixing the mistakes feeds really make: junk or a stray BOM
/// before the XML declaration, BOMs in the middle, characters XML 1.0 forbids, HTML named entities and bare
/// ampersands. Only called after a strict parse failed, so the happy path never pays for it.
/// </summary>
internal static class XmlRepair
{
    public static string Repair(string text, List<string> warnings)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var start = SkipLeadingJunk(text, found);
        var sb = new StringBuilder(text.Length + 64);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && Skip(text, i, "<![CDATA[", "]]>", sb, out var next)) { i = next; continue; }
            if (c == '<' && Skip(text, i, "<!--", "-->", sb, out next)) { i = next; continue; }
            if (c == '&') { i = RepairReference(text, i, sb, found); continue; }
            if (c == '\uFEFF') { found.Add("stray byte-order mark removed"); i++; continue; }
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[i + 1]);
                    i += 2;
                    continue;
                }
                found.Add("unpaired surrogate removed");
                i++;
                continue;
            }
            if (!XmlConvert.IsXmlChar(c)) { found.Add("control characters illegal in XML removed"); i++; continue; }
            sb.Append(c);
            i++;
        }
        warnings.AddRange(found);
        return sb.ToString();
    }

    /// <summary>Whitespace, a BOM or text before the first '&lt;' makes the XML declaration illegal; drop it.</summary>
    private static int SkipLeadingJunk(string text, SortedSet<string> found)
    {
        // With a declaration further down, everything before it is junk (even a comment); otherwise up to the first tag.
        var decl = text.IndexOf("<?xml", StringComparison.Ordinal);
        var lt = decl > 0 ? decl : text.IndexOf('<');
        if (lt <= 0) return 0;
        var junk = text.AsSpan(0, lt);
        if (junk.Trim().Trim('\uFEFF').IsEmpty)
        {
            // Leading whitespace only matters when a declaration follows; a bare root element tolerates it.
            if (!text.AsSpan(lt).StartsWith("<?xml")) return 0;
            found.Add(junk.Contains('\uFEFF') ? "stray byte-order mark removed" : "whitespace before the XML declaration removed");
        }
        else
        {
            found.Add("text before the XML declaration removed");
        }
        return lt;
    }

    /// <summary>Copies a CDATA section or comment verbatim: ampersands inside them are legal.</summary>
    private static bool Skip(string text, int i, string open, string close, StringBuilder sb, out int next)
    {
        next = i;
        if (string.CompareOrdinal(text, i, open, 0, open.Length) != 0) return false;
        var end = text.IndexOf(close, i + open.Length, StringComparison.Ordinal);
        next = end < 0 ? text.Length : end + close.Length;
        foreach (var ch in text.AsSpan(i, next - i))
        {
            if (XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch)) sb.Append(ch);
        }
        return true;
    }

    private static int RepairReference(string text, int amp, StringBuilder sb, SortedSet<string> found)
    {
        var semi = -1;
        for (var j = amp + 1; j < text.Length && j - amp <= 40; j++)
        {
            var ch = text[j];
            if (ch == ';') { semi = j; break; }
            if (!char.IsAsciiLetterOrDigit(ch) && ch != '#') break;
        }
        if (semi > amp + 1)
        {
            var name = text.Substring(amp + 1, semi - amp - 1);
            if (name[0] == '#')
            {
                if (IsLegalCharRef(name))
                {
                    sb.Append(text, amp, semi - amp + 1);
                }
                else
                {
                    found.Add("numeric reference to an illegal character removed");
                }
                return semi + 1;
            }
            if (name is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                sb.Append(text, amp, semi - amp + 1);
                return semi + 1;
            }
            if (HtmlEntities.TryGetCodePoint(name, out var cp))
            {
                sb.Append("&#").Append(cp.ToString(CultureInfo.InvariantCulture)).Append(';');
                found.Add("HTML named entities undefined in XML replaced");
                return semi + 1;
            }
        }
        sb.Append("&amp;");
        found.Add("unescaped '&' repaired");
        return amp + 1;
    }

    private static bool IsLegalCharRef(string name)
    {
        var hex = name.Length > 1 && (name[1] == 'x' || name[1] == 'X');
        var digits = name.AsSpan(hex ? 2 : 1);
        var ok = hex
            ? int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp)
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out cp);
        if (!ok || cp > 0x10FFFF) return false;
        return cp >= 0x10000 || (XmlConvert.IsXmlChar((char)cp) && !char.IsSurrogate((char)cp));
    }
}
