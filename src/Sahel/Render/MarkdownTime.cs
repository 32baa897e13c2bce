using System.Globalization;

namespace Sahel.Render;

/// <summary>How the Markdown outputs write instants and windows: UTC, to the minute.</summary>
internal static class MarkdownTime
{
    public static string Stamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"in the store", "since …", "before …" or "from … to …".</summary>
    public static string Window(DateTimeOffset? since, DateTimeOffset? until) => (since, until) switch
    {
        (null, null) => "in the store",
        ({ } from, null) => $"since {Stamp(from)}",
        (null, { } to) => $"before {Stamp(to)}",
        ({ } from, { } to) => $"from {Stamp(from)} to {Stamp(to)}",
    };
}
