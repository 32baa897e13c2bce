using System.Text;
using Sahel.Feeds;
using Sahel.Model;
using Xunit;

namespace Sahel.Tests.Feeds;

public sealed class FeedRepairTests
{
    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, "https://gao-info.example/rss");

    private const string Head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private static string Rss(string itemTitle) =>
        $"<rss version=\"2.0\"><channel><title>Gao Info</title><item><title>{itemTitle}</title></item></channel></rss>";

    [Fact]
    public void WellFormedFeedHasNoWarnings() => Assert.Empty(Parse(Head + Rss("Calme à Gao")).Warnings);

    [Fact]
    public void HtmlNamedEntities()
    {
        var feed = Parse(Head + Rss("L&rsquo;arm&eacute;e&nbsp;patrouille"));
        Assert.Equal("L’armée patrouille", feed.Items[0].Title); // the no-break space collapses like any whitespace
        Assert.Equal(["HTML named entities undefined in XML replaced"], feed.Warnings);
    }

    [Fact]
    public void UnescapedAmpersand()
    {
        var feed = Parse(Head + Rss("Sécurité & développement à Ménaka"));
        Assert.Equal("Sécurité & développement à Ménaka", feed.Items[0].Title);
        Assert.Equal(["unescaped '&' repaired"], feed.Warnings);
    }

    [Fact]
    public void IllegalControlCharacters()
    {
        var feed = Parse(Head + Rss("Tombouctou\u0001 \u000bsous tension"));
        Assert.Equal("Tombouctou sous tension", feed.Items[0].Title);
        Assert.Equal(["control characters illegal in XML removed"], feed.Warnings);
    }

    [Theory]
    [InlineData("\n\n  ", "whitespace before the XML declaration removed")]
    [InlineData("<!-- generated -->junk text", "text before the XML declaration removed")]
    [InlineData("\n\uFEFF", "stray byte-order mark removed")]
    [InlineData("  \uFEFF", "stray byte-order mark removed")]
    public void JunkBeforeTheDeclaration(string junk, string warning)
    {
        var feed = Parse(junk + Head + Rss("Niamey"));
        Assert.Equal("Niamey", feed.Items[0].Title);
        Assert.Contains(warning, feed.Warnings);
    }

    [Fact]
    public void StrayBomInTheMiddle()
    {
        var feed = Parse(Head + Rss("Agadez\uFEFF"));
        Assert.Equal("Agadez", feed.Items[0].Title);
    }

    [Fact]
    public void UndeclaredNamespacePrefix()
    {
        var feed = Parse(Head + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><dc:creator>Aminata Traoré</dc:creator></item></channel></rss>");
        Assert.Equal("Aminata Traoré", feed.Items[0].Author);
        Assert.Contains("undeclared namespace prefix dc declared", feed.Warnings);
    }

    [Fact]
    public void TruncatedDocumentKeepsCompleteItems()
    {
        var feed = FeedParser.Parse(FixtureFile.Bytes("truncated.xml"), null, "https://echo-kidal.example/rss");
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("Pluies précoces à Tessalit", feed.Items[1].Title);
        Assert.Contains("document truncated; kept the 2 complete items", feed.Warnings);
    }

    [Fact]
    public void HopelessXmlThrowsWithPosition()
    {
        var ex = Assert.Throws<FeedParseException>(() => Parse(Head + "<rss><channel><title>x</ti"));
        Assert.Matches(@"^malformed XML at line 1, column \d+: ", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>Accueil</title></head><body><p>Bienvenue<br></body></html>", "not a feed: got an HTML page")]
    [InlineData("<html><body>ok</body></html>", "not a feed: got an HTML page")]
    [InlineData("", "not a feed: the body is empty")]
    [InlineData("  \n ", "not a feed: the body is empty")]
    public void NotAFeed(string body, string message)
    {
        var ex = Assert.Throws<FeedParseException>(() => Parse(body));
        Assert.Equal(message, ex.Message);
    }
}
