using System.Globalization;

namespace Sahel.Feeds;

/// <summary>
/// Token-based reader for "day month year time zone" dates in any order: RFC 822/1123 (with missing or
/// wrong weekday, missing seconds, 2-digit years, odd zones), asctime, and French/Arabic forms such as
/// "lundi 3 mars 2025 14:05" or "٣ آذار ٢٠٢٥". Weekdays and filler words are ignored; a month word is required
/// unless the date is numeric (2025/03/03, 03/03/2025 read day-first as in French).
/// </summary>
internal static class RfcLikeDate
{
    private static readonly char[] Separators = [' ', ',', '\t', '\r', '\n'];

    /// <summary>"1er mars", "2e", "3rd", "2025م" (Gregorian marker): letters after a number that are not a date part.</summary>
    private static readonly char[] OrdinalSuffixChars = ['e', 'r', 'è', 'm', 's', 't', 'n', 'd', 'h', 'م'];

    public static bool TryParse(string s, out DateTimeOffset value)
    {
        value = default;
        int? day = null, month = null, year = null, hour = null, minute = null, second = null, offset = null;
        double fraction = 0;
        var pm = (bool?)null;
        var tokens = s.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (char.IsAsciiDigit(t[0]) && t.Contains(':'))
            {
                if (hour is not null || !TryTime(t, out var h, out var mi, out var sec, out fraction, out var tail)) return false;
                (hour, minute, second) = (h, mi, sec);
                if (tail.Length > 0) { if (!FeedDateParser.TryOffset(tail, out var o)) return false; offset = o; }
            }
            else if (char.IsAsciiDigit(t[0]) && (t.Contains('/') || t.Contains('-') || t.Contains('.')))
            {
                if (year is not null || !TryNumericDate(t, ref day, ref month, ref year)) return false;
            }
            else if (char.IsAsciiDigit(t[0]))
            {
                var digits = t.TrimEnd(OrdinalSuffixChars);
                if (!digits.All(char.IsAsciiDigit) || !TryNumber(digits, ref day, ref year)) return false;
            }
            else if (t.Length == 1 && t[0] is '-' or '+' or '|' or '/')
            {
                // A lone separator: "4 déc. 2024 - 18:45".
            }
            else if (t[0] is '+' or '-')
            {
                if (offset is not null || !FeedDateParser.TryOffset(t, out var o)) return false;
                offset = o;
            }
            else
            {
                var w = DateWords.Fold(t);
                if (w is "كانون" or "تشرين" && i + 1 < tokens.Length) w = w + " " + DateWords.Fold(tokens[++i]);
                if (month is null && DateWords.TryMonth(w, out var mo)) month = mo;
                else if (hour is not null && w is "pm" or "p.m" or "م" or "مساء" or "مساءا" or "soir") pm = true;
                else if (hour is not null && w is "am" or "a.m" or "ص" or "صباحا" or "matin") pm = false;
                else if (hour is not null && offset is null && TryZoneWord(t, w, out var z)) offset = z;
                // Anything else (weekday, "le", "à", "الساعة") is filler.
            }
        }
        if (day is null || month is null || year is null) return false;
        var hh = hour ?? 0;
        if (pm is { } isPm)
        {
            if (hh is 0 or > 12) return false;
            hh = isPm ? hh % 12 + 12 : hh % 12;
        }
        return FeedDateParser.TryBuild(year.Value, month.Value, day.Value, hh, minute ?? 0, second ?? 0, fraction, offset ?? 0, out value);
    }

    /// <summary>"GMT", "EST", "Etc/GMT", "GMT+01:00", "UTC-5", and single uppercase military letters.</summary>
    private static bool TryZoneWord(string raw, string folded, out int minutes)
    {
        minutes = 0;
        var sign = folded.IndexOfAny(['+', '-']);
        if (sign > 0)
        {
            return folded[..sign] is "gmt" or "utc" or "ut" && FeedDateParser.TryOffset(folded[sign..], out minutes);
        }
        if (folded.Length == 1 && !(raw.Length == 1 && char.IsAsciiLetterUpper(raw[0]))) return false;
        return DateWords.TryZone(folded, out minutes);
    }

    /// <summary>"14:05", "14:05:09", "14:05:09.25", "8:5:3" and a zone glued on ("14:05:09+01:00", "14:05Z").</summary>
    private static bool TryTime(string t, out int h, out int mi, out int sec, out double fraction, out string tail)
    {
        h = mi = sec = 0;
        fraction = 0;
        var end = 0;
        while (end < t.Length && (char.IsAsciiDigit(t[end]) || t[end] is ':' or '.')) end++;
        tail = t[end..];
        var core = t[..end];
        var dot = core.IndexOf('.');
        if (dot >= 0)
        {
            if (!double.TryParse("0" + core[dot..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out fraction)) return false;
            core = core[..dot];
        }
        var parts = core.Split(':');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length is 0 or > 2)) return false;
        h = int.Parse(parts[0], CultureInfo.InvariantCulture);
        mi = int.Parse(parts[1], CultureInfo.InvariantCulture);
        sec = parts.Length == 3 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        return true;
    }

    /// <summary>A bare number is the day (1–31) until one is seen, otherwise the year; "04" → 2004, "98" → 1998.</summary>
    private static bool TryNumber(string t, ref int? day, ref int? year)
    {
        var n = int.Parse(t, CultureInfo.InvariantCulture);
        if (t.Length <= 2 && day is null && n is >= 1 and <= 31) { day = n; return true; }
        if (year is not null || t.Length is 3 or > 4) return false;
        year = t.Length == 4 ? n : n < 50 ? 2000 + n : 1900 + n;
        return true;
    }

    /// <summary>"2006/09/15", "15/09/2006", "15.09.2006", "2025-03-03": year first, else day first (French usage).</summary>
    private static bool TryNumericDate(string t, ref int? day, ref int? month, ref int? year)
    {
        var parts = t.Split('/', '-', '.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit))) return false;
        var n = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (parts[0].Length == 4) (year, month, day) = (n[0], n[1], n[2]);
        else if (parts[2].Length == 4) (day, month, year) = n[1] > 12 ? (n[1], n[0], n[2]) : (n[0], n[1], n[2]);
        else return false;
        return true;
    }
}
