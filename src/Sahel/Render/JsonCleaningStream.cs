using System.Buffers;
using System.Globalization;
using System.Text;

namespace Sahel.Render;

/// <summary>
/// The stream a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into: it cleans the UTF-8 JSON as it
/// passes (see <see cref="JsonOutput"/> for what is removed and escaped) and hands it on to a text writer, so a
/// 100 MB digest streams out instead of being built, decoded and cleaned as one string. Most bytes need nothing:
/// a vectorised search finds the few that do (backslashes, &lt;, &gt;, &amp;, controls and the lead bytes of
/// the characters that are dropped), and the runs between them are copied as they are.
/// </summary>
internal sealed class JsonCleaningStream : Stream
{
    private static readonly SearchValues<byte> NeedsAttention = SearchValues.Create(AttentionBytes());

    private readonly TextWriter? decodedOutput;
    private readonly Stream? byteOutput;
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private byte[] cleaned = new byte[1 << 16];
    private char[] chars = [];
    private int used;
    // The end of a write that stops inside an escape or a character: finished by the next write.
    private byte[] carry = [];

    public JsonCleaningStream(TextWriter output)
    {
        // A UTF-8 file writer takes the bytes as they are; any other writer (the console, a test's StringWriter)
        // gets them decoded.
        if (output is StreamWriter { Encoding.CodePage: 65001 } file && file.Encoding.GetPreamble().Length == 0)
        {
            file.Flush();
            byteOutput = file.BaseStream;
        }
        else
        {
            decodedOutput = output;
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (carry.Length > 0)
        {
            var joined = new byte[carry.Length + buffer.Length];
            carry.CopyTo(joined, 0);
            buffer.CopyTo(joined.AsSpan(carry.Length));
            carry = [];
            buffer = joined;
        }
        var consumed = Clean(buffer, final: false);
        if (consumed < buffer.Length)
            carry = buffer[consumed..].ToArray();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>Cleans what was held back at the end of the last write and passes everything on.</summary>
    public void Complete()
    {
        if (carry.Length > 0)
        {
            Clean(carry, final: true);
            carry = [];
        }
        Drain();
        if (decodedOutput is not null)
        {
            var count = decoder.GetChars([], 0, 0, Chars(16), 0, flush: true);
            decodedOutput.Write(chars, 0, count);
        }
        byteOutput?.Flush();
    }

    // Returns how many bytes were dealt with; the rest (an escape or a character cut by the end of the write)
    // waits for the next write, unless this is the last.
    private int Clean(ReadOnlySpan<byte> text, bool final)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(NeedsAttention);
            if (next < 0)
            {
                Put(text[i..]);
                return text.Length;
            }
            Put(text.Slice(i, next));
            i += next;
            var b = text[i];
            if (b == (byte)'\\')
            {
                if (i + 1 >= text.Length)
                {
                    if (!final)
                        return i;
                    Put(text[i..]);
                    return text.Length;
                }
                if (text[i + 1] == (byte)'u')
                {
                    if (i + 5 >= text.Length && !final)
                        return i;
                    // An escape inside a string: \uXXXX of a character to drop is dropped whole; others are kept.
                    if (i + 5 < text.Length
                        && int.TryParse(text.Slice(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                        && Drops((char)code, escaped: true))
                    {
                        i += 6;
                        continue;
                    }
                }
                Put(text.Slice(i, 2));
                i += 2;
                continue;
            }
            switch (b)
            {
                // Outside strings JSON has none of these: escaping them raw is escaping them in strings.
                case (byte)'<': Put("\\u003C"u8); i++; continue;
                case (byte)'>': Put("\\u003E"u8); i++; continue;
                case (byte)'&': Put("\\u0026"u8); i++; continue;
            }
            if (b < 0x80)
            {
                // A raw control character (the writer's own \n, \r and \t never get here).
                i++;
                continue;
            }
            var status = Rune.DecodeFromUtf8(text[i..], out var rune, out var length);
            if (status == OperationStatus.NeedMoreData && !final)
                return i;
            if (status == OperationStatus.Done && rune.IsBmp && Drops((char)rune.Value, escaped: false))
            {
                i += length;
                continue;
            }
            Put(text.Slice(i, Math.Max(length, 1)));
            i += Math.Max(length, 1);
        }
        return text.Length;
    }

    // Raw \n, \r, \t and spaces are the writer's indentation; escaped \n and \t (paragraphs) are written short.
    internal static bool Drops(char c, bool escaped) =>
        SafeText.IsInvisibleControl(c) || (char.IsControl(c) && (escaped || c is not ('\n' or '\r' or '\t')));

    // Every byte that may start something to change: ASCII controls but the writer's whitespace, the escape
    // character, the HTML-significant three, and the UTF-8 lead bytes of every dropped character.
    private static byte[] AttentionBytes()
    {
        var bytes = new HashSet<byte> { (byte)'\\', (byte)'<', (byte)'>', (byte)'&' };
        Span<byte> utf8 = stackalloc byte[4];
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF || !Drops((char)c, escaped: false))
                continue;
            new Rune(c).EncodeToUtf8(utf8);
            bytes.Add(utf8[0]);
        }
        return [.. bytes.Order()];
    }

    private void Put(ReadOnlySpan<byte> bytes)
    {
        if (used + bytes.Length > cleaned.Length)
        {
            Drain();
            if (bytes.Length > cleaned.Length)
                cleaned = new byte[bytes.Length];
        }
        bytes.CopyTo(cleaned.AsSpan(used));
        used += bytes.Length;
    }

    private void Drain()
    {
        if (used == 0)
            return;
        if (byteOutput is not null)
        {
            byteOutput.Write(cleaned, 0, used);
        }
        else
        {
            var count = decoder.GetChars(cleaned, 0, used, Chars(used), 0, flush: false);
            decodedOutput!.Write(chars, 0, count);
        }
        used = 0;
    }

    private char[] Chars(int bytes)
    {
        var needed = bytes + 4;
        if (chars.Length < needed)
            chars = new char[needed];
        return chars;
    }

    public override void Flush()
    {
        // The writer flushes between values; the cleaned bytes go on when the chunk is full or at Complete.
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
