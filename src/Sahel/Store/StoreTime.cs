using System.Globalization;

namespace Sahel.Store;

/// <summary>
/// Times are stored as RFC 3339 UTC text with whole seconds ("2026-03-10T14:05:00Z"): readable in the sqlite3
/// shell, and text order is time order.
/// </summary>
internal static class StoreTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Write(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string? Write(DateTimeOffset? value) => value is { } v ? Write(v) : null;

    public static DateTimeOffset Read(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ReadNullable(object value) =>
        value is string text ? Read(text) : null;
}
