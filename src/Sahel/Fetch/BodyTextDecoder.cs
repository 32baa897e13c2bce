using System.Text;
using System.Text.Unicode;

namespace Sahel.Fetch;

/// <summary>Finds the encoding a document names inside itself (XML declaration, HTML meta charset), after any BOM.</summary>
internal delegate string? EncodingDeclarationFinder(ReadOnlySpan<byte> bytes, Encoding? bomEncoding);

/// <summary>The text of a body and the encoding it was actually read with.</summary>
internal readonly record struct DecodedBody(string Text, Encoding Encoding)
{
    /// <summary>The WHATWG label, lowercase: "utf-8", "windows-1256".</summary>
    public string EncodingName => Encoding.WebName;
}

/// <summary>
/// Bytes → text, for feeds and pages alike. Weighs the BOM, the HTTP charset and the document's own declaration
/// against what the bytes really are, because Sahel outlets often run CMSs whose headers, declarations and
/// bytes disagree.
/// </summary>
internal static class BodyTextDecoder
{

    // Once per process: makes windows-1252/1256 and the ISO-8859 family available to Encoding.GetEncoding.
    static BodyTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedBody Decode(ReadOnlySpan<byte> body, string? httpCharset, EncodingDeclarationFinder findDeclaration,
        string declarationName, List<string> warnings)
    {
        var (bomEncoding, bomLength) = DetectBom(body);
        var bytes = body[bomLength..];
        var http = Resolve(httpCharset, "HTTP charset", warnings);
        var declaredName = findDeclaration(bytes, bomEncoding);
        var declared = Resolve(declaredName, declarationName, warnings);

        if (bomEncoding is not null)
        {
            WarnIfDisagrees(bomEncoding, http, "HTTP charset", warnings);
            WarnIfDisagrees(bomEncoding, declared, declarationName, warnings);
            return new(bomEncoding.GetString(bytes), bomEncoding);
        }
        if (LooksLikeUtf16Or32(bytes) is { } wide)
        {
            // No BOM but "<\0?\0" patterns: the declaration cannot be read as ASCII, trust the byte pattern.
            return new(wide.GetString(bytes), wide);
        }

        // A UTF-16/32 label on bytes that are plainly 8-bit is a copy-paste error in the generator; ignore it.
        if (http is not null && IsUnicodeWide(http)) http = Ignore(http, "HTTP charset", warnings);
        if (declared is not null && IsUnicodeWide(declared)) declared = Ignore(declared, declarationName, warnings);
        var chosen = Choose(http, declared, warnings);
        return DecodeChecked(bytes, chosen, chosen == http ? declared : http, warnings);
    }

    /// <summary>HTTP wins (RFC 7303) unless it is a server default and the document names something specific.</summary>
    private static Encoding? Choose(Encoding? http, Encoding? declared, List<string> warnings)
    {
        if (http is null) return declared;
        if (declared is null || SameFamily(http, declared)) return http;
        if (IsGenericDefault(http) && !IsGenericDefault(declared))
        {
            warnings.Add($"HTTP says {Name(http)} but the document declares {Name(declared)}; read as {Name(declared)}");
            return declared;
        }
        warnings.Add($"HTTP says {Name(http)} but the document declares {Name(declared)}; read as {Name(http)}");
        return http;
    }

    private static DecodedBody DecodeChecked(ReadOnlySpan<byte> bytes, Encoding? chosen, Encoding? other, List<string> warnings)
    {
        var validUtf8 = Utf8.IsValid(bytes);
        if (chosen is null)
        {
            if (validUtf8) return new(Encoding.UTF8.GetString(bytes), Encoding.UTF8);
            var guess = Sniff(bytes) ?? Windows1252;
            warnings.Add($"no encoding declared and the bytes are not UTF-8; read as {Name(guess)}");
            return new(guess.GetString(bytes), guess);
        }
        if (chosen.CodePage == Encoding.UTF8.CodePage)
        {
            if (validUtf8) return new(Encoding.UTF8.GetString(bytes), Encoding.UTF8);
            var fallback = other is not null && other.CodePage != Encoding.UTF8.CodePage ? other : Sniff(bytes) ?? Windows1252;
            warnings.Add($"declared UTF-8 but the bytes are not UTF-8; read as {Name(fallback)}");
            return new(fallback.GetString(bytes), fallback);
        }
        if (chosen.IsSingleByte && validUtf8 && !System.Text.Ascii.IsValid(bytes))
        {
            warnings.Add($"declared {Name(chosen)} but the bytes are UTF-8; read as UTF-8");
            return new(Encoding.UTF8.GetString(bytes), Encoding.UTF8);
        }
        return new(chosen.GetString(bytes), chosen);
    }

    private static Encoding? Ignore(Encoding e, string origin, List<string> warnings)
    {
        warnings.Add($"the {origin} says {Name(e)} but the bytes are 8-bit; ignored");
        return null;
    }

    private static Encoding? Sniff(ReadOnlySpan<byte> bytes)
    {
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (detected?.Encoding is null || detected.Confidence < 0.3f) return null;
        return Normalise(detected.Encoding);
    }

    private static Encoding? Resolve(string? name, string origin, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var trimmed = name.Trim().Trim('"', '\'');
        try
        {
            return Normalise(Encoding.GetEncoding(trimmed));
        }
        catch (ArgumentException)
        {
            warnings.Add($"unknown encoding '{trimmed}' in the {origin}; ignored");
            return null;
        }
    }

    /// <summary>ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do: feeds labelled so use 0x80–0x9F for quotes and dashes.</summary>
    private static Encoding Normalise(Encoding e) => e.CodePage is 28591 or 20127 ? Windows1252 : e;

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private static bool IsGenericDefault(Encoding e) => e.CodePage is 1252 or 28591 or 20127;

    private static bool SameFamily(Encoding a, Encoding b) =>
        a.CodePage == b.CodePage || (IsUnicodeWide(a) && IsUnicodeWide(b));

    private static bool IsUnicodeWide(Encoding e) => e.CodePage is 1200 or 1201 or 12000 or 12001;

    private static void WarnIfDisagrees(Encoding bom, Encoding? other, string origin, List<string> warnings)
    {
        if (other is not null && !SameFamily(bom, other))
        {
            warnings.Add($"the {origin} says {Name(other)} but the byte-order mark says {Name(bom)}; read as {Name(bom)}");
        }
    }

    public static string Name(Encoding e) => e.WebName.ToUpperInvariant() switch
    {
        "WINDOWS-1252" => "windows-1252",
        "WINDOWS-1256" => "windows-1256",
        var n => n,
    };

    private static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> b) => b switch
    {
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
        _ => (null, 0),
    };

    private static Encoding? LooksLikeUtf16Or32(ReadOnlySpan<byte> b) => b switch
    {
        [0x00, 0x00, 0x00, 0x3C, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
        [0x3C, 0x00, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: false),
        [0x00, 0x3C, 0x00, _, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
        [0x3C, 0x00, _, 0x00, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
        _ => null,
    };
}
