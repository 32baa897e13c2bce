using System.Text;
using Sahel.Feeds;
using Xunit;

namespace Sahel.Tests.Feeds;

public sealed class FeedEncodingTests
{
    static FeedEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string ArabicTitle = "هجوم مسلح قرب ميناكا";
    private const string FrenchTitle = "Attaque près de Ménaka : l’armée dépêche des renforts";

    private static string Rss(string encodingDecl, string title) =>
        $"<?xml version=\"1.0\"{encodingDecl}?><rss version=\"2.0\"><channel><title>{title}</title>"
        + $"<item><title>{title}</title><link>https://example.org/a</link></item></channel></rss>";

    [Fact]
    public void Windows1256ArabicDeclaredInTheXml()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes(Rss(" encoding=\"windows-1256\"", ArabicTitle));
        var feed = FeedParser.Parse(bytes, null, "https://example.org/rss");
        Assert.Equal(ArabicTitle, feed.Items[0].Title);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void Windows1256WinsOverAGenericHttpDefault()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes(Rss(" encoding=\"windows-1256\"", ArabicTitle));
        var feed = FeedParser.Parse(bytes, "ISO-8859-1", "https://example.org/rss");
        Assert.Equal(ArabicTitle, feed.Title);
        Assert.Single(feed.Warnings);
    }

    [Fact]
    public void Iso88591FrenchDeclaredOnlyInHttp()
    {
        // ’ is 0x92 in windows-1252, which is how browsers read ISO-8859-1 labels.
        var bytes = Encoding.GetEncoding(1252).GetBytes(Rss("", FrenchTitle));
        var feed = FeedParser.Parse(bytes, "iso-8859-1", "https://example.org/rss");
        Assert.Equal(FrenchTitle, feed.Items[0].Title);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void Utf8BytesMisdeclaredAsIso88591()
    {
        var bytes = Encoding.UTF8.GetBytes(Rss(" encoding=\"ISO-8859-1\"", FrenchTitle));
        var feed = FeedParser.Parse(bytes, null, "https://example.org/rss");
        Assert.Equal(FrenchTitle, feed.Items[0].Title);
        Assert.Contains(feed.Warnings, w => w.Contains("bytes are UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Utf8DeclaredButBytesAreWindows1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Rss(" encoding=\"utf-8\"", FrenchTitle));
        var feed = FeedParser.Parse(bytes, "utf-8", "https://example.org/rss");
        Assert.Equal(FrenchTitle, feed.Items[0].Title);
        Assert.Contains(feed.Warnings, w => w.StartsWith("declared UTF-8 but the bytes are not UTF-8", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithBom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Rss(" encoding=\"utf-16\"", ArabicTitle))).ToArray();
        var feed = FeedParser.Parse(bytes, null, "https://example.org/rss");
        Assert.Equal(ArabicTitle, feed.Items[0].Title);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void BomWinsOverAContradictingDeclaration()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Rss(" encoding=\"windows-1256\"", FrenchTitle))).ToArray();
        var feed = FeedParser.Parse(bytes, null, "https://example.org/rss");
        Assert.Equal(FrenchTitle, feed.Items[0].Title);
        Assert.Single(feed.Warnings);
    }

    [Fact]
    public void UndeclaredNonUtf8IsSniffed()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Rss("", FrenchTitle));
        var feed = FeedParser.Parse(bytes, null, "https://example.org/rss");
        Assert.Equal(FrenchTitle, feed.Items[0].Title);
        Assert.Single(feed.Warnings);
    }
}
