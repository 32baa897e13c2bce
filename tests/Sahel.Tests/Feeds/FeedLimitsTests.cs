using System.Text;
using Sahel.Feeds;
using Sahel.Model;
using Xunit;

namespace Sahel.Tests.Feeds;

/// <summary>Regression tests for issue 9, item 1: every parser refuses what is too deep, too big or expands without bound.</summary>
public sealed class FeedLimitsTests
{
    private static ParsedFeed Parse(string text) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), null, "https://gao-info.example/rss");

    private static string Refusal(string text) => Assert.Throws<FeedParseException>(() => Parse(text)).Message;

    private const string Head = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gao Info</title>";
    private const string Tail = "</channel></rss>";

    [Fact]
    public void DeepNestingIsRefused()
    {
        const int n = 200_000;
        var deep = Head + string.Concat(Enumerable.Repeat("<a>", n)) + string.Concat(Enumerable.Repeat("</a>", n)) + Tail;
        Assert.Equal($"elements nested more than {FeedLimits.MaxDepth} deep", Refusal(deep));
    }

    [Fact]
    public void DeepUnclosedNestingIsRefused()
    {
        var deep = Head + string.Concat(Enumerable.Repeat("<a>", 200_000)) + Tail;
        Assert.Equal($"elements nested more than {FeedLimits.MaxDepth} deep", Refusal(deep));
    }

    [Fact]
    public void NestingUnderTheLimitParses()
    {
        const int n = 100;
        var feed = Parse(Head + "<item><title>Calme à Gao</title>" + string.Concat(Enumerable.Repeat("<x>", n))
                         + string.Concat(Enumerable.Repeat("</x>", n)) + "</item>" + Tail);
        Assert.Equal("Calme à Gao", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void BillionLaughsIsRefused()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY lol \"lol\">\n");
        for (var k = 1; k <= 9; k++)
            sb.Append($" <!ENTITY lol{k} \"{string.Concat(Enumerable.Repeat($"&lol{(k == 1 ? "" : k - 1)};", 10))}\">\n");
        sb.Append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>a</title></item></channel></rss>");
        Assert.Contains("expands to more than", Refusal(sb.ToString()));
    }

    [Fact]
    public void ExternalEntityIsRefused()
    {
        const string xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                           + "<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title></item></channel></rss>";
        Assert.Equal("the document declares an external entity \"xxe\" (XXE): refused", Refusal(xxe));
    }

    [Fact]
    public void ExternalParameterEntityIsRefused()
    {
        const string xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY % dtd PUBLIC \"x\" \"http://127.0.0.1/evil.dtd\"> %dtd;]>\n"
                           + "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
        Assert.Contains("(XXE): refused", Refusal(xxe));
    }

    [Fact]
    public void SelfReferencingEntityIsRefused()
    {
        const string loop = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"x&b;\"><!ENTITY b \"&a;\">]>\n"
                            + "<rss version=\"2.0\"><channel><title>&a;</title></channel></rss>";
        Assert.Contains("refers to itself", Refusal(loop));
    }

    [Fact]
    public void SmallInternalEntitiesStillParse()
    {
        const string ok = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY place \"Gao\"><!ENTITY nbsp \"&#160;\">]>\n"
                          + "<rss version=\"2.0\"><channel><title>t</title><item><title>Calme&nbsp;à &place;</title></item></channel></rss>";
        Assert.Equal("Calme à Gao", Assert.Single(Parse(ok).Items).Title);
    }

    [Fact]
    public void ExternalDtdIdentifierStillParses()
    {
        const string netscape = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                                + "<rss version=\"0.91\"><channel><title>t</title><item><title>Calme</title></item></channel></rss>";
        Assert.Equal("Calme", Assert.Single(Parse(netscape).Items).Title);
    }

    [Fact]
    public void TooManyItemsAreRefused()
    {
        var items = string.Concat(Enumerable.Repeat("<item/>", FeedLimits.MaxItems + 1));
        Assert.Equal($"more than {FeedLimits.MaxItems} items", Refusal(Head + items + Tail));
    }

    [Fact]
    public void HugeAttributeIsRefused()
    {
        var tag = $"<item><link href=\"{new string('a', FeedLimits.MaxTagLength)}\"/></item>";
        Assert.StartsWith("a tag of", Refusal(Head + tag + Tail));
    }

    [Fact]
    public void HugeTextIsRefused()
    {
        var text = $"<item><title>{new string('a', FeedLimits.MaxTextLength + 1)}</title></item>";
        Assert.StartsWith("a text of", Refusal(Head + text + Tail));
    }

    [Fact]
    public void HugeCdataIsRefused()
    {
        var text = $"<item><description><![CDATA[{new string('a', FeedLimits.MaxTextLength + 1)}]]></description></item>";
        Assert.StartsWith("a text of", Refusal(Head + text + Tail));
    }

    [Fact]
    public void JsonFeedWithTooManyItemsIsRefused()
    {
        var json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":["
                   + string.Join(",", Enumerable.Repeat("{}", FeedLimits.MaxItems + 1)) + "]}";
        Assert.Equal($"more than {FeedLimits.MaxItems} items", Refusal(json));
    }

    [Fact]
    public void DeepJsonIsRefused()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 200_000)) + "1" + new string('}', 200_000);
        Assert.StartsWith("malformed JSON", Refusal(json));
    }

    /// <summary>Found by ParserFuzzTests: invalid UTF-8 inside a JSON string escaped as InvalidOperationException.</summary>
    [Fact]
    public void JsonFeedWithInvalidUtf8IsRepaired()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"1\",\"title\":\"Gao XY\"}]}");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xD8; // a lead byte with no continuation
        var feed = FeedParser.Parse(bytes, null, "https://gao-info.example/feed.json");
        Assert.Equal("Gao \uFFFDY", feed.Items[0].Title);
        Assert.Contains("invalid UTF-8 replaced", feed.Warnings);
    }
}
