using System.Globalization;

namespace Sahel.Store.Sqlite;

/// <summary>
/// Times are stored as RFC 3339 UTC text with whole seconds ("2026-03-10T14:05:00Z"): readable in the sqlite3
/// shell, and text order is time order.
/// </summary>
internal static class StoreTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Write(DateTimeOffset value)
    {
        var t = value.UtcDateTime;
        return string.Create(20, t, static (span, t) =>
        {
            Put(span, 0, t.Year, 4);
            span[4] = '-';
            Put(span, 5, t.Month, 2);
            span[7] = '-';
            Put(span, 8, t.Day, 2);
            span[10] = 'T';
            Put(span, 11, t.Hour, 2);
            span[13] = ':';
            Put(span, 14, t.Minute, 2);
            span[16] = ':';
            Put(span, 17, t.Second, 2);
            span[19] = 'Z';
        });
    }

    private static void Put(Span<char> span, int start, int value, int width)
    {
        for (var i = start + width - 1; i >= start; i--, value /= 10)
            span[i] = (char)('0' + value % 10);
    }

    public static string? Write(DateTimeOffset? value) => value is { } v ? Write(v) : null;

    /// <summary>Reads the fixed format by hand: timelines read tens of thousands of these per run.</summary>
    public static DateTimeOffset Read(string text)
    {
        if (text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
            return DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return new DateTimeOffset(
            Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2),
            Digits(text, 11, 2), Digits(text, 14, 2), Digits(text, 17, 2), TimeSpan.Zero);
    }

    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
                throw new FormatException($"not a stored time: '{text}'");
            value = value * 10 + digit;
        }
        return value;
    }

    public static DateTimeOffset? ReadNullable(object value) =>
        value is string text ? Read(text) : null;
}
