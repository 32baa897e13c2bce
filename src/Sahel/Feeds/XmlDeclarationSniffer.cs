using System.Text;

namespace Sahel.Feeds;

/// <summary>
/// Reads the encoding pseudo-attribute of the XML declaration from the raw bytes, before any decoding,
/// so it can be weighed against the HTTP charset. Only the first few hundred bytes are looked at.
/// </summary>
internal static class XmlDeclarationSniffer
{
    private const int Window = 512;

    public static string? FindEncoding(ReadOnlySpan<byte> bytes, Encoding? bomEncoding)
    {
        var head = bytes[..Math.Min(bytes.Length, Window)];
        // With a BOM the head may be UTF-16/32; decode it that way. Otherwise every encoding a feed may
        // declare is ASCII-compatible up to the end of the declaration, so Latin-1 reads it byte for byte.
        var text = (bomEncoding ?? Encoding.Latin1).GetString(head);
        var start = text.IndexOf("<?xml", StringComparison.Ordinal);
        if (start < 0) return null;
        var end = text.IndexOf("?>", start, StringComparison.Ordinal);
        if (end < 0) return null;
        var decl = text.AsSpan(start, end - start);
        var at = decl.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = decl[(at + "encoding".Length)..].TrimStart();
        if (rest.IsEmpty || rest[0] != '=') return null;
        rest = rest[1..].TrimStart();
        if (rest.IsEmpty || (rest[0] != '"' && rest[0] != '\'')) return null;
        var quote = rest[0];
        rest = rest[1..];
        var close = rest.IndexOf(quote);
        return close <= 0 ? null : rest[..close].Trim().ToString();
    }
}
