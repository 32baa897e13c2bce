namespace Sahel.Fetch.Robots;

/// <summary>Whether robots.txt lets sahel fetch one page, and if not, the one-line reason.</summary>
public sealed record RobotsVerdict(bool Allowed, string? Reason = null)
{
    public static RobotsVerdict Allow { get; } = new(true);
}
