using System.Buffers;
using System.Text;

namespace Sahel.Feeds;

/// <summary>
/// Repairs UTF-8 that was decoded as Windows-1252 or Latin-1 once too often ("imputÃ©" → "imputé", "KÃ¶lner" →
/// "Kölner", "Ø§Ù„" → "ال"): a CMS that stores UTF-8 bytes in a Latin-1 column and serves them as UTF-8. Only a
/// lead character followed by the right number of continuation characters is rewritten, and only when those bytes
/// are valid UTF-8, so genuine Latin-1 text ("Ça coûte 5 €", "São Tomé") is left alone: in real text an accented
/// capital is almost never followed by a symbol from U+0080–U+00BF.
/// </summary>
internal static class Mojibake
{
    /// <summary>Characters whose Windows-1252 byte is a UTF-8 lead byte of a 2–4 byte sequence (0xC2–0xF4).</summary>
    private static readonly SearchValues<char> Leads = SearchValues.Create(
        "ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóô");

    /// <summary>The text with double-encoded sequences decoded; the same instance when there are none.</summary>
    public static string Repair(string text)
    {
        var first = text.AsSpan().IndexOfAny(Leads);
        if (first < 0) return text;
        StringBuilder? sb = null;
        var copied = 0;
        Span<byte> bytes = stackalloc byte[4];
        Span<char> decoded = stackalloc char[2];
        for (var i = first; i < text.Length; i++)
        {
            var lead = ByteOf(text[i]);
            var length = lead switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
            if (length == 0 || i + length > text.Length) continue;
            bytes[0] = (byte)lead;
            var ok = true;
            for (var k = 1; k < length && ok; k++)
            {
                var b = ByteOf(text[i + k]);
                ok = b is >= 0x80 and <= 0xBF
                     // A no-break space after an accented capital is genuine French ("CAFÉ »"); after Â or Ã it is
                     // the classic mojibake of a no-break space or "à".
                     && (b != 0xA0 || lead is 0xC2 or 0xC3);
                bytes[k] = (byte)b;
            }
            if (!ok || !TryDecode(bytes[..length], decoded, out var written)) continue;
            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copied, i - copied).Append(decoded[..written]);
            i += length - 1;
            copied = i + 1;
        }
        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, Span<char> chars, out int written)
    {
        written = 0;
        if (System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out written, replaceInvalidSequences: false)
            != OperationStatus.Done || read != bytes.Length) return false;
        // Decoding must give something a writer meant: not a control character or another lead-looking Latin letter.
        return !char.IsControl(chars[0]);
    }

    /// <summary>The Windows-1252 byte a character came from, or -1.</summary>
    private static int ByteOf(char c)
    {
        if (c <= '\u00FF') return c;
        return c switch
        {
            '€' => 0x80, '‚' => 0x82, 'ƒ' => 0x83, '„' => 0x84, '…' => 0x85, '†' => 0x86, '‡' => 0x87, 'ˆ' => 0x88,
            '‰' => 0x89, 'Š' => 0x8A, '‹' => 0x8B, 'Œ' => 0x8C, 'Ž' => 0x8E, '‘' => 0x91, '’' => 0x92, '“' => 0x93,
            '”' => 0x94, '•' => 0x95, '–' => 0x96, '—' => 0x97, '˜' => 0x98, '™' => 0x99, 'š' => 0x9A, '›' => 0x9B,
            'œ' => 0x9C, 'ž' => 0x9E, 'Ÿ' => 0x9F,
            _ => -1,
        };
    }
}
