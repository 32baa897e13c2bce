using Sahel.Fetch.Robots;
using Xunit;

namespace Sahel.Tests.Fetch;

/// <summary>robots.txt as RFC 9309 reads it: groups, our product token before `*`, longest match, `*` and `$`.</summary>
public sealed class RobotsTxtTests
{
    private static RobotsRules Rules(string text) => RobotsTxt.Parse(text, "sahel");

    [Theory]
    [InlineData("sahel/1.4.0 (+https://github.com/sahel-osint/sahel)", "sahel")]
    [InlineData("Sahel", "Sahel")]
    [InlineData("  * ", "*")]
    [InlineData("Googlebot-News/2.1", "Googlebot-News")]
    [InlineData("sahel_bot", "sahel_bot")]
    public void ProductToken_IsTheLeadingNameOfTheAgent(string agent, string token) =>
        Assert.Equal(token, RobotsTxt.ProductToken(agent));

    [Fact]
    public void OurGroup_WinsOverStar_AndMatchesCaseInsensitivelyWithAVersion()
    {
        var rules = Rules("""
            User-agent: *
            Disallow: /

            User-agent: SAHEL/2.0
            Disallow: /private/
            """);
        Assert.True(rules.IsAllowed("/news/menaka.html"));
        Assert.False(rules.IsAllowed("/private/notes.html"));
    }

    [Fact]
    public void StarGroup_AppliesWhenNoGroupNamesUs()
    {
        var rules = Rules("""
            User-agent: othercrawler
            Disallow: /

            User-agent: *
            Disallow: /search
            """);
        Assert.True(rules.IsAllowed("/news/"));
        Assert.False(rules.IsAllowed("/search?q=kidal"));
    }

    [Fact]
    public void AGroupForSomeoneElseOnly_AllowsEverything()
    {
        var rules = Rules("User-agent: othercrawler\nDisallow: /\n");
        Assert.True(rules.IsAllowed("/anything"));
        Assert.Equal(0, rules.Count);
    }

    [Fact]
    public void AnAgentWhoseNameStartsWithOurs_IsNotUs()
    {
        var rules = Rules("User-agent: sahelbot\nDisallow: /\n");
        Assert.True(rules.IsAllowed("/news/"));
    }

    [Fact]
    public void SeveralGroupsNamingUs_AreCombined_AndConsecutiveAgentsShareOneGroup()
    {
        var rules = Rules("""
            User-agent: sahel
            Disallow: /a/

            User-agent: other
            User-agent: sahel
            Disallow: /b/

            User-agent: other
            Disallow: /c/
            """);
        Assert.False(rules.IsAllowed("/a/1"));
        Assert.False(rules.IsAllowed("/b/1"));
        Assert.True(rules.IsAllowed("/c/1"));
    }

    [Fact]
    public void LongestMatchWins_AndAllowWinsATie()
    {
        var rules = Rules("""
            User-agent: *
            Disallow: /archives/
            Allow: /archives/public/
            Allow: /page
            Disallow: /page
            """);
        Assert.False(rules.IsAllowed("/archives/2026/kidal.html"));
        Assert.True(rules.IsAllowed("/archives/public/kidal.html"));
        Assert.True(rules.IsAllowed("/page.html"));
        Assert.Equal("Disallow: /archives/", rules.DecidingRule("/archives/2026/kidal.html"));
    }

    [Fact]
    public void LongerDisallow_BeatsShorterAllow()
    {
        var rules = Rules("User-agent: *\nAllow: /news\nDisallow: /news/paywall/\n");
        Assert.False(rules.IsAllowed("/news/paywall/1.html"));
        Assert.True(rules.IsAllowed("/news/free/1.html"));
    }

    [Theory]
    [InlineData("/*.pdf$", "/docs/rapport.pdf", false)]
    [InlineData("/*.pdf$", "/docs/rapport.pdf?download=1", true)]
    [InlineData("/*.pdf", "/docs/rapport.pdf?download=1", false)]
    [InlineData("/*?print=", "/2026/03/article?print=1", false)]
    [InlineData("/*?print=", "/2026/03/article", true)]
    [InlineData("/fish*", "/fish.html", false)]
    [InlineData("/fish*", "/Fish.html", true)]
    [InlineData("/*/amp/", "/2026/03/amp/menaka", false)]
    [InlineData("/*/amp/", "/amp/menaka", true)]
    [InlineData("/$", "/", false)]
    [InlineData("/$", "/index.html", true)]
    [InlineData("/a*b*c", "/axxbyyc", false)]
    [InlineData("/a*b*c", "/axxbyy", true)]
    [InlineData("*/tag/", "/fr/tag/mali", false)]
    public void Wildcards_AndEndAnchor(string pattern, string path, bool allowed) =>
        Assert.Equal(allowed, Rules($"User-agent: *\nDisallow: {pattern}\n").IsAllowed(path));

    [Fact]
    public void EmptyDisallow_CommentsUnknownLinesAndRulesBeforeAnyAgent_AreIgnored()
    {
        var rules = Rules("""
            Disallow: /before-any-agent/
            # a comment
            User-agent: * # everyone
            Crawl-delay: 10
            Sitemap: https://example.org/sitemap.xml
            Disallow:
            Disallow: /tmp/ # temporary files
            this line is nonsense
            """);
        Assert.True(rules.IsAllowed("/before-any-agent/x"));
        Assert.True(rules.IsAllowed("/news/"));
        Assert.False(rules.IsAllowed("/tmp/x"));
        Assert.Equal(1, rules.Count);
    }

    [Fact]
    public void CrlfLineEndings_ByteOrderMark_AndFieldCase_AreTolerated()
    {
        var rules = Rules("\uFEFFUSER-AGENT: *\r\nDISALLOW: /secret\r\n");
        Assert.False(rules.IsAllowed("/secret/page"));
    }

    [Fact]
    public void RobotsTxtItself_IsAlwaysAllowed()
    {
        var rules = Rules("User-agent: *\nDisallow: /\n");
        Assert.True(rules.IsAllowed("/robots.txt"));
        Assert.False(rules.IsAllowed("/"));
        Assert.False(rules.IsAllowed(""));
    }

    [Theory]
    [InlineData("/actualités/", "/actualit%C3%A9s/mali")]
    [InlineData("/actualit%c3%a9s/", "/actualit%C3%A9s/mali")]
    [InlineData("/actualit%C3%A9s/", "/actualités/mali")]
    [InlineData("/%7Ejoe/", "/~joe/notes")]
    [InlineData("/أخبار/", "/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1")]
    public void PercentEncoding_IsNormalisedOnBothSides(string pattern, string path) =>
        Assert.False(Rules($"User-agent: *\nDisallow: {pattern}\n").IsAllowed(path));

    [Fact]
    public void ReservedCharactersEscaped_AreNotTheSameAsUnescaped()
    {
        // %2F is an escaped slash inside a segment, not a path separator.
        Assert.True(Rules("User-agent: *\nDisallow: /a/b\n").IsAllowed("/a%2Fb"));
    }
}
