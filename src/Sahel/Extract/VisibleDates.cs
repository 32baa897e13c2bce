using System.Globalization;
using System.Text.RegularExpressions;
using Sahel.Feeds;

namespace Sahel.Extract;

/// <summary>
/// Dates written for readers: in the URL ("/2026/03/10/"), and in bylines in French ("Publié le 10 mars 2026 à
/// 14h30"), Arabic ("نشر في ١٠ مارس ٢٠٢٦") and English ("Published March 10, 2026"). The least trusted sources,
/// used only when the page states nothing in its metadata.
/// </summary>
internal static partial class VisibleDates
{
    public static DateTimeOffset? FromUrl(Uri? url)
    {
        if (url is null)
            return null;
        var m = UrlDate().Match(url.AbsolutePath);
        if (!m.Success)
            return null;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        if (year < 1995 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>The first date written out in words or digits in a short byline text.</summary>
    public static DateTimeOffset? FromText(string text)
    {
        var ascii = AsciiDigits(text);
        var words = WordDate().Match(ascii);
        if (words.Success && DateWords.TryMonth(DateWords.Fold(words.Groups["mon"].Value), out var month))
            return Build(words.Groups["y"].Value, month, words.Groups["d"].Value, words.Groups["h"].Value, words.Groups["min"].Value);
        var english = EnglishDate().Match(ascii);
        if (english.Success && DateWords.TryMonth(DateWords.Fold(english.Groups["mon"].Value), out month))
            return Build(english.Groups["y"].Value, month, english.Groups["d"].Value, english.Groups["h"].Value, english.Groups["min"].Value);
        var digits = DigitDate().Match(ascii);
        if (digits.Success)
            return Build(digits.Groups["y"].Value, int.Parse(digits.Groups["m"].Value, CultureInfo.InvariantCulture), digits.Groups["d"].Value, digits.Groups["h"].Value, digits.Groups["min"].Value);
        return null;
    }

    private static DateTimeOffset? Build(string y, int month, string d, string h, string min)
    {
        var year = int.Parse(y, CultureInfo.InvariantCulture);
        var day = int.Parse(d, CultureInfo.InvariantCulture);
        if (year < 1995 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        var hour = h.Length > 0 ? int.Parse(h, CultureInfo.InvariantCulture) : 0;
        var minute = min.Length > 0 ? int.Parse(min, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59)
            hour = minute = 0;
        // A byline states local time without a zone; like feed dates without one, it is taken as UTC.
        return new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);
    }

    private static string AsciiDigits(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0660' and <= '\u0669') chars[i] = (char)('0' + chars[i] - '\u0660');
            else if (chars[i] is >= '\u06F0' and <= '\u06F9') chars[i] = (char)('0' + chars[i] - '\u06F0');
        }
        return new string(chars);
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>[01]?\d)(?:[/-](?<d>[0-3]?\d))?(?:/|-|$)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"(?<d>[0-3]?\d)(?:er|st|nd|rd|th)?\s+(?<mon>\p{L}[\p{L}\p{Mn}.]{2,11})\s*,?\s+(?<y>(?:19|20)\d{2})(?:\D{1,12}?(?<h>[0-2]?\d)\s*[h:]\s*(?<min>[0-5]\d))?")]
    private static partial Regex WordDate();

    [GeneratedRegex(@"(?<mon>\p{L}{3,9})\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})(?:\D{1,12}?(?<h>[0-2]?\d):(?<min>[0-5]\d))?")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)[/.-](?<m>[01]?\d)[/.-](?<y>(?:19|20)\d{2})(?:\D{1,12}?(?<h>[0-2]?\d)\s*[h:]\s*(?<min>[0-5]\d))?")]
    private static partial Regex DigitDate();
}
