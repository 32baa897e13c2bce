using Sahel.Normalize;
using Xunit;

namespace Sahel.Tests.Normalize;

public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("https://WWW.Outlet.example/a/b?utm_source=rss&utm_medium=feed", "https://www.outlet.example/a/b")]
    [InlineData("https://outlet.example:443/a#comments", "https://outlet.example/a")]
    [InlineData("http://outlet.example:80/a", "http://outlet.example/a")]
    [InlineData("http://outlet.example:8080/a", "http://outlet.example:8080/a")]
    [InlineData("https://outlet.example/?p=123&fbclid=abc&gclid=x", "https://outlet.example/?p=123")]
    [InlineData("https://outlet.example/a?id=3&xtor=RSS-1&utm_campaign=x", "https://outlet.example/a?id=3")]
    [InlineData("https://outlet.example/actualit%C3%A9/m%C3%A9naka", "https://outlet.example/actualit%C3%A9/m%C3%A9naka")]
    [InlineData("  https://outlet.example/a  ", "https://outlet.example/a")]
    public void Canonicalizes(string input, string expected) => Assert.Equal(expected, CanonicalUrl.Canonicalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/path")]
    [InlineData("mailto:someone@outlet.example")]
    public void RefusesWhatIsNotAnAbsoluteHttpUrl(string? input) => Assert.Null(CanonicalUrl.Canonicalize(input));

    [Fact]
    public void SameArticleThroughDifferentShares_IsOneUrl() =>
        Assert.Equal(
            CanonicalUrl.Canonicalize("https://Outlet.example/2026/03/kidal?utm_source=twitter#top"),
            CanonicalUrl.Canonicalize("https://outlet.example/2026/03/kidal?fbclid=IwAR0"));
}
