using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sahel.Feeds;

/// <summary>
/// Reads the dates feeds send: RFC 822/1123 and its many corruptions, RFC 3339/ISO 8601/W3CDTF, and the
/// French and Arabic forms Sahel outlets write by hand. Always culture-invariant; the result is UTC.
/// A text without a zone is taken as UTC. Years before 1970 are rejected as nonsense.
/// </summary>
public static partial class FeedDateParser
{
    /// <summary>The instant, or null when there is no date or it cannot be read.</summary>
    internal static DateTimeOffset? ParseOrNull(string? text) => TryParse(text, out var value) ? value : null;

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100) return false;
        var s = Prepare(text);
        return TryIso(s, out value) || RfcLikeDate.TryParse(s, out value);
    }

    /// <summary>ASCII digits for Arabic-Indic ones, Arabic comma to comma, French "14h05" to "14:05".</summary>
    private static string Prepare(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Trim())
        {
            sb.Append(ch switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (ch - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (ch - '\u06F0')),
                '\u060C' => ',',
                '\u00A0' or '\u202F' => ' ',
                _ => ch,
            });
        }
        var s = sb.ToString();
        return s.Contains('h', StringComparison.OrdinalIgnoreCase) ? FrenchHour().Replace(s, "$1:$2") : s;
    }

    private static bool TryIso(string s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length < 4 || !char.IsAsciiDigit(s[0])) return false;
        var m = Iso().Match(s);
        if (!m.Success) return false;
        var year = Int(m.Groups["y"]);
        var month = m.Groups["mo"].Success ? Int(m.Groups["mo"]) : m.Groups["bmo"].Success ? Int(m.Groups["bmo"]) : 1;
        var day = m.Groups["d"].Success ? Int(m.Groups["d"]) : m.Groups["bd"].Success ? Int(m.Groups["bd"]) : 1;
        var hour = m.Groups["h"].Success ? Int(m.Groups["h"]) : 0;
        var minute = m.Groups["mi"].Success ? Int(m.Groups["mi"]) : 0;
        var second = m.Groups["s"].Success ? Int(m.Groups["s"]) : 0;
        var fraction = m.Groups["f"].Success ? double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = 0;
        var zone = m.Groups["z"];
        // "2013-01-27-01" is not a date with a zone: a zone only follows a time.
        if (zone.Success && (!m.Groups["h"].Success || !TryOffset(zone.Value, out offset))) return false;
        return TryBuild(year, month, day, hour, minute, second, fraction, offset, out value);
    }

    /// <summary>"Z", "UTC", "+01", "+0100", "+01:00", "-00:20".</summary>
    internal static bool TryOffset(string z, out int minutes)
    {
        minutes = 0;
        if (z.Length == 0) return false;
        if (z[0] is not ('+' or '-')) return DateWords.TryZone(DateWords.Fold(z), out minutes);
        var digits = z.AsSpan(1).ToString().Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is not (1 or 2 or 4) || !digits.All(char.IsAsciiDigit)) return false;
        var h = int.Parse(digits.Length == 4 ? digits[..2] : digits, CultureInfo.InvariantCulture);
        var mi = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (h > 14 || mi > 59) return false;
        minutes = (z[0] == '-' ? -1 : 1) * (h * 60 + mi);
        return true;
    }

    internal static bool TryBuild(int year, int month, int day, int hour, int minute, int second, double fraction,
        int offsetMinutes, out DateTimeOffset value)
    {
        value = default;
        if (year < 1970 || year > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute > 0 || second > 0))) return false;
        // 24:00 is midnight at the end of the day; a leap second 60 is folded into the next minute.
        var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            .AddHours(hour).AddMinutes(minute).AddSeconds(second).AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
        value = new DateTimeOffset(local, TimeSpan.FromMinutes(offsetMinutes)).ToUniversalTime();
        return true;
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?<mo>[0-9]{1,2})(?:-(?<d>[0-9]{1,2}))?|(?<bmo>[0-9]{2})(?<bd>[0-9]{2}))?(?:(?:T|\s+)(?<h>[0-9]{1,2}):?(?<mi>[0-9]{2})(?::?(?<s>[0-9]{2})(?:[.,](?<f>[0-9]{1,9}))?)?)?\s*(?<z>Z|UTC|UT|GMT|[+-][0-9]{1,2}(?::?[0-9]{2})?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b([0-9]{1,2})\s*[hH]\s*([0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchHour();
}
