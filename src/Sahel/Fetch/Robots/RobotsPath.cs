using System.Text;

namespace Sahel.Fetch.Robots;

/// <summary>
/// Puts rule patterns and URL paths in one form before they are compared (RFC 9309, 2.2.2): characters outside
/// ASCII are percent-encoded as UTF-8, escapes are upper-cased, and escapes of unreserved characters are
/// decoded, so "/actualit%C3%A9s", "/actualités" and "/actualit%c3%a9s" are the same path.
/// </summary>
internal static class RobotsPath
{
    public static string Normalize(string value)
    {
        if (IsPlain(value))
            return value;
        var result = new StringBuilder(value.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                var decoded = (char)Convert.ToByte(value.Substring(i + 1, 2), 16);
                if (IsUnreserved(decoded))
                    result.Append(decoded);
                else
                    result.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                i += 2;
            }
            else if (c > ' ' && c < 0x7F)
            {
                result.Append(c);
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < value.Length
                    ? Encoding.UTF8.GetBytes(value.AsSpan(i++, 2), utf8)
                    : Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
                foreach (var b in utf8[..length])
                    result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return result.ToString();
    }

    private static bool IsPlain(string value)
    {
        foreach (var c in value)
        {
            if (c is <= ' ' or >= (char)0x7F or '%')
                return false;
        }
        return true;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';
}
