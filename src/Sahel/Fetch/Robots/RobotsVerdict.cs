namespace Sahel.Fetch.Robots;

/// <summary>
/// Whether robots.txt lets sahel fetch one page; if not, the one-line reason, and whether that may change by
/// the next run (robots.txt could not be read) or stands until the site changes its rules (disallowed).
/// </summary>
public sealed record RobotsVerdict(bool Allowed, string? Reason = null, bool Passing = false)
{
    public static RobotsVerdict Allow { get; } = new(true);
}
