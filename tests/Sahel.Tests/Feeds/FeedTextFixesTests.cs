using System.Text;
using Sahel.Feeds;
using Sahel.Model;
using Xunit;

namespace Sahel.Tests.Feeds;

/// <summary>Regression tests for issue 9, items 4 and 5: mojibake, plain-text titles, authors, links, truncation.</summary>
public sealed class FeedTextFixesTests
{
    private static ParsedFeed Parse(string text, string source = "https://gao-info.example/rss") =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(text), null, source);

    private static string Rss(string items, string channel = "") =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Gao Info</title>{channel}{items}</channel></rss>";

    [Theory]
    [InlineData("Attaque imputÃ©e aux jihadistes", "Attaque imputée aux jihadistes")]
    [InlineData("Der KÃ¶lner Stadtrat", "Der Kölner Stadtrat")]
    [InlineData("Lâ€™armÃ©e Ã\u00A0Gao", "L’armée àGao")]
    [InlineData("Ø§Ù„Ø¬ÙŠØ´ Ø§Ù„Ù…Ø§Ù„ÙŠ", "الجيش المالي")]
    public void MojibakeIsRepaired(string garbled, string expected) =>
        Assert.Equal(expected, Parse(Rss($"<item><title>{garbled}</title><description>{garbled}</description></item>")).Items[0].Title);

    [Fact]
    public void MojibakeRepairLeavesGenuineLatin1Alone()
    {
        const string genuine = "São Tomé : ÉTÉ « chaud », CAFÉ\u00A0» À Ménaka ± 2° ; Çà et là, NÃO, Ê !";
        var body = Encoding.Latin1.GetBytes($"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>t</title><item><title>{genuine}</title></item></channel></rss>");
        Assert.Equal("São Tomé : ÉTÉ « chaud », CAFÉ » À Ménaka ± 2° ; Çà et là, NÃO, Ê !", FeedParser.Parse(body, null, "https://gao-info.example/rss").Items[0].Title);
        Assert.Equal(genuine, Mojibake.Repair(genuine));
    }

    [Fact]
    public void RssTitlesArePlainText() =>
        Assert.Equal("Le Monde : 40 m2 à Gao", Parse(Rss("<item><title>&lt;i&gt;Le Monde&lt;/i&gt; : 40 m&lt;sup&gt;2&lt;/sup&gt; &amp;agrave; Gao</title></item>")).Items[0].Title);

    [Fact]
    public void JsonFeedTitleEntitiesAreDecoded()
    {
        var feed = Parse("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Gao &amp; Kidal\",\"items\":[{\"id\":\"1\",\"title\":\"L&#039;armée <b>à</b> Gao\"}]}");
        Assert.Equal("L'armée à Gao", feed.Items[0].Title);
        Assert.Equal("Gao & Kidal", feed.Title);
    }

    [Fact]
    public void TitlesAreTheSameInEveryFormat()
    {
        // One level of XML escaping for the markup, two for the entities (as feeds often do).
        const string escaped = "L&amp;#8217;arm&amp;eacute;e &lt;b&gt;à&lt;/b&gt; Gao &amp;amp; x &amp;lt; y";
        var rss = Parse(Rss($"<item><title>{escaped}</title></item>")).Items[0].Title;
        var atom = Parse($"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>1</id><title type=\"html\">{escaped}</title></entry></feed>").Items[0].Title;
        var json = Parse("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"1\",\"title\":\"L&#8217;arm&eacute;e <b>à</b> Gao &amp; x &lt; y\"}]}").Items[0].Title;
        Assert.Equal("L’armée à Gao & x < y", rss);
        Assert.Equal(rss, atom);
        Assert.Equal(rss, json);
    }

    [Fact]
    public void AllAtomAuthorsAreKept()
    {
        var feed = Parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><author><name>Rédaction</name></author>"
                         + "<entry><id>1</id><title>a</title><author><name>Awa Traoré</name></author><author><name>Moussa Diallo</name></author>"
                         + "<author><email>desk@gao-info.example</email></author></entry><entry><id>2</id><title>b</title></entry></feed>");
        Assert.Equal("Awa Traoré, Moussa Diallo, desk@gao-info.example", feed.Items[0].Author);
        Assert.Equal("Rédaction", feed.Items[1].Author);
    }

    [Fact]
    public void AllRssCreatorsAreKept() =>
        Assert.Equal("Awa Traoré, Moussa Diallo",
            Parse(Rss("<item><title>a</title><dc:creator>Awa Traoré</dc:creator><dc:creator>Moussa Diallo</dc:creator></item>")).Items[0].Author);

    [Fact]
    public void XmlBaseLinksResolveInFeedsReadFromFiles()
    {
        var feed = Parse("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://gao-info.example/blog/\"><title>t</title>"
                         + "<link href=\"./\"/><entry xml:base=\"2024/\"><id>1</id><title>a</title><link href=\"attaque.html\"/></entry>"
                         + "<entry><id>2</id><title>b</title><link href=\"/apropos\"/></entry></feed>", "/home/user/feeds/gao.xml");
        Assert.Equal("https://gao-info.example/blog/", feed.SiteLink);
        Assert.Equal("https://gao-info.example/blog/2024/attaque.html", feed.Items[0].Link);
        Assert.Equal("https://gao-info.example/apropos", feed.Items[1].Link);
    }

    [Fact]
    public void FileRelativeLinksResolveAgainstTheSiteLink()
    {
        var feed = Parse(Rss("<item><title>a</title><link>/2024/attaque.html</link></item>", "<link>https://gao-info.example/</link>"), "/home/user/feeds/gao.xml");
        Assert.Equal("https://gao-info.example/2024/attaque.html", feed.Items[0].Link);
    }

    [Fact]
    public void TruncatedDocumentKeepsItsCompleteItems()
    {
        var whole = Rss("<item><title>Un</title><link>https://gao-info.example/1</link></item><item><title>Deux</title></item><item><title>Trois</title><description>coupé");
        var cut = whole[..whole.IndexOf("coupé", StringComparison.Ordinal)];
        var feed = Parse(cut);
        Assert.Equal(["Un", "Deux"], feed.Items.Select(i => i.Title));
        Assert.Contains("document truncated; kept the 2 complete items", feed.Warnings);
    }

    [Fact]
    public void TruncatedAtomDocumentKeepsItsCompleteEntries()
    {
        const string cut = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>1</id><title>Un</title></entry><entry><id>2</id><title>De";
        Assert.Equal(["Un"], Parse(cut).Items.Select(i => i.Title));
    }
}
