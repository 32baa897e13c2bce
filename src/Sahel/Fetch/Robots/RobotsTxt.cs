namespace Sahel.Fetch.Robots;

/// <summary>
/// Reads a robots.txt file for one crawler (RFC 9309). Groups start with one or more User-agent lines; the
/// groups naming the crawler's product token (case-insensitive, "sahel" matches "Sahel/2.1") are combined, and
/// only when there are none does the `*` group apply. Unknown lines, Sitemap and Crawl-delay are ignored,
/// and so is anything malformed: a broken line must not make a whole site off limits.
/// </summary>
public static class RobotsTxt
{
    public static RobotsRules Parse(string text, string productToken)
    {
        var ours = new List<RobotsRule>();
        var everyone = new List<RobotsRule>();
        bool matchedUs = false, matchedEveryone = false;
        bool inUs = false, inEveryone = false, lastWasAgent = false;

        foreach (var rawLine in text.TrimStart('\uFEFF').Split('\n'))
        {
            var line = StripComment(rawLine).Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (field)
            {
                case "user-agent" or "useragent" or "user agent":
                    if (!lastWasAgent)
                        inUs = inEveryone = false; // a User-agent line after rules starts a new group
                    var agent = ProductToken(value);
                    if (agent == "*")
                        inEveryone = matchedEveryone = true;
                    else if (agent.Length > 0 && string.Equals(agent, productToken, StringComparison.OrdinalIgnoreCase))
                        inUs = matchedUs = true;
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow":
                    lastWasAgent = false;
                    if (value.Length == 0)
                        break; // "Disallow:" with nothing after it disallows nothing
                    var rule = new RobotsRule(field == "allow", RobotsPath.Normalize(value));
                    if (inUs)
                        ours.Add(rule);
                    if (inEveryone)
                        everyone.Add(rule);
                    break;
                default:
                    // Sitemap, Crawl-delay and others neither end a group nor apply to us.
                    break;
            }
        }
        if (matchedUs)
            return new RobotsRules(ours);
        return matchedEveryone ? new RobotsRules(everyone) : RobotsRules.AllowAll;
    }

    /// <summary>The product token of a User-agent value or of our own User-Agent header ("sahel/1.2 (+url)" → "sahel").</summary>
    public static string ProductToken(string userAgent)
    {
        var value = userAgent.Trim();
        if (value.StartsWith('*'))
            return "*";
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '-' or '_'))
            end++;
        return value[..end];
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }
}
