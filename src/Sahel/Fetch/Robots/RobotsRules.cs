namespace Sahel.Fetch.Robots;

/// <summary>
/// The Allow and Disallow rules of robots.txt that apply to one crawler (RFC 9309): the most specific
/// (longest) matching rule decides, Allow wins a tie, and a path no rule matches is allowed.
/// </summary>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<RobotsRule> _rules;

    internal RobotsRules(IReadOnlyList<RobotsRule> rules) => _rules = rules;

    /// <summary>No rules: everything is allowed (no robots.txt, a 4xx, or no group for us or for `*`).</summary>
    public static RobotsRules AllowAll { get; } = new([]);

    public int Count => _rules.Count;

    /// <summary>Whether a URL's path and query (as in <see cref="Uri.PathAndQuery"/>) may be fetched.</summary>
    public bool IsAllowed(string pathAndQuery) => Decide(pathAndQuery)?.Allow ?? true;

    /// <summary>The line that decides a path, for messages ("Disallow: /archives/"); null when none matches.</summary>
    public string? DecidingRule(string pathAndQuery) =>
        Decide(pathAndQuery) is { } rule ? $"{(rule.Allow ? "Allow" : "Disallow")}: {rule.Pattern}" : null;

    private RobotsRule? Decide(string pathAndQuery)
    {
        var path = RobotsPath.Normalize(pathAndQuery.Length == 0 ? "/" : pathAndQuery);
        // The robots.txt file itself is always allowed (RFC 9309, 2.2.2).
        if (path == "/robots.txt")
            return null;
        RobotsRule? best = null;
        foreach (var rule in _rules)
        {
            if (!rule.Matches(path))
                continue;
            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
                best = rule;
        }
        return best;
    }
}

/// <summary>One Allow or Disallow line; the pattern is normalised like the paths it is matched against.</summary>
internal sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>
    /// `*` matches any run of characters, a final `$` anchors the end; otherwise the pattern is a prefix.
    /// A two-pointer match with backtracking to the last `*`: linear for the patterns robots.txt files hold.
    /// </summary>
    public bool Matches(string path)
    {
        var anchored = Pattern.EndsWith('$');
        var pattern = anchored ? Pattern.AsSpan(0, Pattern.Length - 1) : Pattern.AsSpan();
        int p = 0, s = 0, star = -1, starMatch = 0;
        while (s < path.Length)
        {
            if (p == pattern.Length && !anchored)
                return true; // the whole pattern matched a prefix
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                starMatch = s;
            }
            else if (p < pattern.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++starMatch;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
            p++;
        return p == pattern.Length;
    }
}
