using Sahel.Sources;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Sources;

public sealed class SourceListReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void TextList_OneSourcePerLine_WithCommentsNamesAndRelativePaths()
    {
        var list = _temp.Write("lists/urls.txt", """
            # my Sahel feeds
            https://www.studiotamani.org/feed/ Studio Tamani

            ../archive/kidal.xml
            ftp://nope.example/feed
            """);
        var read = SourceListReader.ReadFile(list);
        Assert.Equal(2, read.Sources.Count);
        Assert.Equal("https://www.studiotamani.org/feed/", read.Sources[0].Location);
        Assert.Equal("Studio Tamani", read.Sources[0].Name);
        Assert.Equal(Path.Combine(_temp.Path, "archive", "kidal.xml"), read.Sources[1].Location);
        Assert.Contains(read.Warnings, w => w.Contains("line 5") && w.Contains("ftp://nope.example/feed"));
    }

    [Fact]
    public void Opml_NestedFolders_AndSahelAttributes()
    {
        var opml = _temp.Write("subs.opml", """
            <?xml version="1.0"?>
            <opml version="1.0"><body>
              <outline title="Sahel"><outline text="A" title="Outlet A" xmlUrl="https://a.example/rss" language="FR" country="ml"/></outline>
              <outline text="B" xmlUrl="feeds/b.xml" htmlUrl="https://b.example/"/>
              <outline text="folder without url"/>
            </body></opml>
            """);
        var read = SourceListReader.ReadFile(opml);
        Assert.Equal(2, read.Sources.Count);
        Assert.Equal(new Model.FeedSource("https://a.example/rss", "Outlet A", "fr", "ML"), read.Sources[0]);
        Assert.Equal(Path.Combine(_temp.Path, "feeds", "b.xml"), read.Sources[1].Location);
        Assert.Equal("https://b.example/", read.Sources[1].SiteUrl);
    }

    [Fact]
    public void NotOpml_IsAClearError()
    {
        var file = _temp.Write("x.xml", "<rss version='2.0'><channel/></rss>");
        var error = Assert.Throws<SourceListException>(() => SourceListReader.ReadFile(file));
        Assert.Contains("not an OPML file (root element is <rss>)", error.Message);
    }

    [Fact]
    public void OpmlWriter_RoundTrips()
    {
        var sources = new[] { new Model.FeedSource("https://a.example/rss", "Outlet A & Co", "fr", "ML", "https://a.example/") };
        using var writer = new StringWriter();
        OpmlWriter.Write(writer, sources, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var path = _temp.Write("out.opml", writer.ToString());
        Assert.Equal(sources, SourceListReader.ReadFile(path).Sources);
    }

    public void Dispose() => _temp.Dispose();
}
