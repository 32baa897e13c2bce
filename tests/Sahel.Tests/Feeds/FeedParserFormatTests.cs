using Sahel.Feeds;
using Sahel.Model;
using Xunit;

namespace Sahel.Tests.Feeds;

public sealed class FeedParserFormatTests
{
    [Fact]
    public void AtomResolvesXmlBaseAndPicksTheAlternateLink()
    {
        var feed = FeedParser.Parse(FixtureFile.Bytes("atom-xml-base.xml"), null, "/archives/veilleur.xml");
        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("Le Veilleur du Liptako — Sécurité", feed.Title);
        Assert.Equal("https://veilleur-liptako.example/", feed.SiteLink);
        Assert.Equal("fr", feed.Language);
        Assert.Empty(feed.Warnings);

        var first = feed.Items[0];
        Assert.Equal("https://veilleur-liptako.example/securite/2025/attaque-menaka.html", first.Link);
        Assert.Equal("urn:veilleur:article:1001", first.Guid);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 13, 5, 0, TimeSpan.Zero), first.Published);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 15, 20, 0, TimeSpan.Zero), first.Updated);
        Assert.Equal("<p>Des hommes armés ont visé un convoi &agrave; 40 km de Ménaka.</p>", first.SummaryHtml);
        Assert.Contains("<b>civil</b>", first.ContentHtml);
        Assert.Equal("Rédaction du Veilleur", first.Author);
        Assert.Null(first.Language); // the item's own declaration only (issue 9): the feed's stays in feed.Language, a prior for StoryLanguage
        Assert.Equal(["sécurité"], first.Categories);

        var second = feed.Items[1];
        Assert.Equal("en", second.Language);
        Assert.Equal("A. Ag Mohamed", second.Author);
        Assert.Null(second.Published);
        Assert.Equal("Gunmen hit a civilian convoy &lt;40 km from Menaka.", second.SummaryHtml);
    }

    [Fact]
    public void RdfItemsBesideTheChannel()
    {
        var feed = FeedParser.Parse(FixtureFile.Bytes("rdf.xml"), null, "https://radio-tessit.example/rss");
        Assert.Equal(FeedFormat.Rdf, feed.Format);
        Assert.Equal("Radio Tessit", feed.Title);
        Assert.Equal("fr", feed.Language);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("Fatoumata Maïga", feed.Items[0].Author);
        Assert.Equal(new DateTimeOffset(2025, 2, 12, 8, 30, 0, TimeSpan.Zero), feed.Items[0].Published);
        Assert.Null(feed.Items[0].Language); // the item's own declaration only (issue 9): the feed's stays in feed.Language, a prior for StoryLanguage
        Assert.Equal("ar", feed.Items[1].Language);
        Assert.Equal("https://radio-tessit.example/n/78", feed.Items[1].Link);
    }

    [Fact]
    public void HostileLinksNeverComeOut()
    {
        var feed = FeedParser.Parse(FixtureFile.Bytes("rss-hostile-links.xml"), null, "/home/user/feeds/sahel-matin.xml");
        Assert.Equal("Sahel Matin", feed.Title);
        Assert.Equal("fr", feed.Language);
        Assert.All(feed.Items.Take(3), i => Assert.Null(i.Link));
        var relative = feed.Items[3];
        Assert.Equal("https://sahel-matin.example/actualites/niger-tillaberi-patrouille", relative.Link);
        Assert.Equal("Relatif & sûr", relative.Title);
        Assert.Equal("https://sahel-matin.example/?p=4", relative.Guid);
        Assert.Equal("<p>Patrouille à Tillabéri.</p>", relative.SummaryHtml);
        Assert.Equal("<p>Une patrouille <em>conjointe</em> a sillonné la zone.</p>", relative.ContentHtml);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 8, 15, 0, TimeSpan.Zero), relative.Published);
        Assert.Equal("https://sahel-matin.example/?p=5", feed.Items[4].Link); // permalink guid
    }

    [Fact]
    public void RelativeLinkWithoutHttpBaseIsDropped()
    {
        var xml = "<rss version=\"2.0\"><channel><title>x</title><item><link>../../etc/passwd</link></item></channel></rss>"u8.ToArray();
        Assert.Null(FeedParser.Parse(xml, null, "/srv/feeds/local.xml").Items[0].Link);
    }

    [Fact]
    public void JsonFeed10()
    {
        var feed = FeedParser.Parse(FixtureFile.Bytes("jsonfeed-1.0.json"), null, "https://courrier-mopti.example/feed.json");
        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal("Le Courrier de Mopti", feed.Title);
        Assert.Equal("https://courrier-mopti.example/", feed.SiteLink);
        var first = feed.Items[0];
        Assert.Equal("4412", first.Guid);
        Assert.Equal("https://courrier-mopti.example/2025/03/crue-du-bani", first.Link);
        Assert.Equal("Le niveau du fleuve monte &lt;vite&gt; à Sofara.", first.ContentHtml);
        Assert.Equal("Rédaction Mopti", first.Author);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 7, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Oumar Cissé", feed.Items[1].Author);
        Assert.Equal(new DateTimeOffset(2025, 3, 6, 10, 0, 0, TimeSpan.Zero), feed.Items[1].Updated);
    }

    [Fact]
    public void JsonFeed11()
    {
        var feed = FeedParser.Parse(FixtureFile.Bytes("jsonfeed-1.1.json"), null, "https://akhbar-sahel.example/feed.json");
        Assert.Equal("ar", feed.Language);
        var first = feed.Items[0];
        Assert.Equal("هجوم قرب ميناكا", first.Title);
        Assert.Equal("https://akhbar-sahel.example/a/9", first.Link);
        Assert.Equal("محمد ولد أحمد, عائشة توري", first.Author);
        Assert.Null(first.Language); // the item's own declaration only (issue 9): the feed's stays in feed.Language, a prior for StoryLanguage
        Assert.Equal(["أمن", "ميناكا"], first.Categories);
        Assert.Equal("fr", feed.Items[1].Language);
        Assert.Equal("هيئة التحرير", feed.Items[1].Author);
    }

    [Fact]
    public void MalformedJsonSaysWhere()
    {
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [}"u8.ToArray(), null, "x"));
        Assert.StartsWith("malformed JSON at line 1", ex.Message);
    }
}
