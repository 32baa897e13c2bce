using System.Globalization;
using System.Text.RegularExpressions;

namespace Sahel.Timeline;

/// <summary>
/// Reads the times users write for --since, --until and --now: a duration back from now ("24h", "7d", "90m",
/// "2w"), a UTC date ("2025-03-01"), or an RFC 3339 instant ("2025-03-01T06:00:00Z", "2025-03-01T07:00+01:00").
/// Always the invariant culture: a French or Arabic locale must not change what "2025-03-01" means.
/// </summary>
public static partial class TimeWindow
{
    public const string Expected = "a duration (30m, 24h, 7d, 2w), a date (2025-03-01) or an RFC 3339 time (2025-03-01T06:00:00Z)";

    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset value)
    {
        text = text.Trim();
        var duration = DurationPattern().Match(text);
        if (duration.Success)
        {
            var amount = int.Parse(duration.Groups[1].Value, CultureInfo.InvariantCulture);
            var span = duration.Groups[2].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" or "min" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                "d" => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromDays(7 * amount),
            };
            value = now - span;
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        if (RfcPattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value))
            return true;
        value = default;
        return false;
    }

    public static bool IsValid(string text) => TryParse(text, DateTimeOffset.UnixEpoch, out _);

    [GeneratedRegex(@"^(\d{1,6})\s*(s|m|min|h|d|w)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RfcPattern();
}
