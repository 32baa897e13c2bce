using System.Text;
using Sahel.Feeds;
using Sahel.Model;
using Xunit;

namespace Sahel.Tests.Feeds;

/// <summary>Where sahel's wrapping of CodeHollow.FeedReader changes what the library alone would give.</summary>
public sealed class FeedParserWrappingTests
{
    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, "https://gao-info.example/rss");

    [Fact]
    public void ContentEncodedIsNotDecodedTwice()
    {
        var feed = Parse("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>t</title>"
                         + "<item><title>x</title><content:encoded>&lt;p&gt;Le code &amp;lt;b&amp;gt; reste du texte&lt;/p&gt;</content:encoded></item></channel></rss>");
        Assert.Equal("<p>Le code &lt;b&gt; reste du texte</p>", feed.Items[0].ContentHtml);
    }

    [Fact]
    public void AtomHtmlContentIsNotDecodedTwice()
    {
        var feed = Parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>urn:x:1</id><title>x</title>"
                         + "<content type=\"html\">&lt;p&gt;&amp;lt;b&amp;gt;&lt;/p&gt;</content></entry></feed>");
        Assert.Equal("<p>&lt;b&gt;</p>", feed.Items[0].ContentHtml);
    }

    [Fact]
    public void AtomLinkOtherThanAlternateIsNotTheArticle()
    {
        var feed = Parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>urn:x:1</id><title>x</title>"
                         + "<link rel=\"enclosure\" href=\"https://gao-info.example/photo.jpg\"/></entry></feed>");
        Assert.Null(feed.Items[0].Link);
    }

    [Fact]
    public void PrefixedRssWithoutDefaultNamespace()
    {
        var feed = Parse("<r:rss version=\"2.0\" xmlns:r=\"http://backend.userland.com/rss2\"><r:channel><r:title>Gao Info</r:title>"
                         + "<r:link>https://gao-info.example/</r:link><r:item><r:title>Marché rouvert</r:title><r:link>/m/1</r:link></r:item></r:channel></r:rss>");
        Assert.Equal("Gao Info", feed.Title);
        Assert.Equal("Marché rouvert", feed.Items[0].Title);
        Assert.Equal("https://gao-info.example/m/1", feed.Items[0].Link);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void PrefixedAtomWithoutDefaultNamespace()
    {
        var feed = Parse("<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\"><atom:title>Gao Info</atom:title>"
                         + "<atom:entry><atom:id>urn:gao:1</atom:id><atom:title>Marché rouvert</atom:title><atom:link href=\"https://gao-info.example/m/1\"/>"
                         + "<atom:content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Les <b>commerçants</b> reviennent.</p></div></atom:content></atom:entry></atom:feed>");
        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("Gao Info", feed.Title);
        Assert.Equal("urn:gao:1", feed.Items[0].Guid);
        Assert.Equal("Marché rouvert", feed.Items[0].Title);
        Assert.Equal("https://gao-info.example/m/1", feed.Items[0].Link);
        Assert.Contains("<b>commerçants</b>", feed.Items[0].ContentHtml);
        Assert.Null(feed.Items[0].Language); // the item's own declaration only (issue 9): the feed's stays in feed.Language, a prior for StoryLanguage
    }

    [Fact]
    public void Rss091WithNetscapeDoctypeAndNoGuid()
    {
        var feed = Parse("<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">"
                         + "<rss version=\"0.91\"><channel><title>Gao Info</title><link>https://gao-info.example/</link><language>fr</language>"
                         + "<item><title>Crue du fleuve</title><link>https://gao-info.example/c/2</link></item></channel></rss>");
        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal("fr", feed.Language);
        Assert.Equal("https://gao-info.example/c/2", feed.Items[0].Link);
        Assert.Null(feed.Items[0].Guid); // CodeHollow's Id is the link here; the document gave no guid
    }

    [Theory]
    [InlineData("<foo/>", "not a feed: the root element is <foo>")]
    [InlineData("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>", "not a feed: the root element is <opml>")]
    [InlineData("<rss version=\"2.0\"><title>x</title></rss>", "not a feed: <rss> without a <channel>")]
    public void XmlThatIsNoFeed(string body, string message)
    {
        var ex = Assert.Throws<FeedParseException>(() => Parse(body));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Utf16JsonFeedIsReadAsJsonFeed()
    {
        var json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"أخبار الساحل\", \"items\": [{\"id\": \"1\", \"title\": \"هجوم\"}]}";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(json)).ToArray();
        var feed = FeedParser.Parse(bytes, null, "https://akhbar-sahel.example/feed.json");
        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal("هجوم", feed.Items[0].Title);
    }

    [Fact]
    public void DatesDoNotDependOnTheCurrentCulture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var feed = Parse("<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><pubDate>Mon, 03 Mar 2025 14:05:09 +0100</pubDate></item></channel></rss>");
            Assert.Equal(new DateTimeOffset(2025, 3, 3, 13, 5, 9, TimeSpan.Zero), feed.Items[0].Published);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
