using Sahel.Sources;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Sources;

/// <summary>
/// A list the user names for one run may point at local files; a list imported into the store (which may have
/// been downloaded) may not, unless the user opts in. Comments, repeats and warnings are read as people write them.
/// </summary>
public sealed class SourceListSafetyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string HostileOpml() => _temp.Write("downloaded.opml", """
        <?xml version="1.0"?>
        <opml version="2.0"><body>
          <outline text="passwd" xmlUrl="file:///etc/passwd"/>
          <outline text="hosts" xmlUrl="/etc/hosts"/>
          <outline text="relative" xmlUrl="../secrets/feed.xml"/>
          <outline text="Real" xmlUrl="https://real.example/feed"/>
        </body></opml>
        """);

    [Fact]
    public void ImportedList_RefusesFileUrlsAndPaths_OneLineEach()
    {
        var read = SourceListReader.ReadFile(HostileOpml(), allowFiles: false);
        Assert.Equal(["https://real.example/feed"], read.Sources.Select(s => s.Location));
        Assert.Equal(3, read.Warnings.Count);
        Assert.All(read.Warnings, w => Assert.Contains("is a local file; an imported list may name http(s) feeds only", w));
        Assert.Contains(read.Warnings, w => w.Contains("line 3") && w.Contains("file:///etc/passwd"));
        Assert.All(read.Warnings, w => Assert.DoesNotContain('\n', w));
    }

    [Fact]
    public void ImportedList_WithAllowFiles_KeepsTheFiles()
    {
        var read = SourceListReader.ReadFile(HostileOpml(), allowFiles: true);
        Assert.Equal(4, read.Sources.Count);
        Assert.Contains(read.Sources, s => s.Location == (OperatingSystem.IsWindows() ? @"\etc\passwd" : "/etc/passwd"));
    }

    [Fact]
    public void HashCommentAfterAnEntry_IsNotTheFeedsName()
    {
        var list = _temp.Write("urls.txt", """
            https://a.example/feed   # the A outlet
            https://b.example/feed Outlet B # checked in March
            https://c.example/page#section
            """);
        var read = SourceListReader.ReadFile(list);
        Assert.Null(read.Sources[0].Name);
        Assert.Equal("Outlet B", read.Sources[1].Name);
        Assert.Equal("https://c.example/page#section", read.Sources[2].Location);
    }

    [Fact]
    public void NameRepeatedInOneOpml_IsReported_AndTheFirstKept()
    {
        var opml = _temp.Write("subs.opml", """
            <opml version="2.0"><body>
              <outline text="First name" xmlUrl="https://a.example/feed"/>
              <outline text="Second name" xmlUrl="https://a.example/feed"/>
            </body></opml>
            """);
        var read = SourceListReader.ReadFile(opml);
        Assert.Equal("First name", Assert.Single(read.Sources).Name);
        Assert.Contains("line 3: 'https://a.example/feed' repeats the feed of line 2; the first is kept", Assert.Single(read.Warnings));
    }

    [Fact]
    public void Warnings_DoNotRepeatTheFileName()
    {
        var opml = _temp.Write("named.opml", "<opml version=\"2.0\"><body><outline xmlUrl=\"gopher://x.example/\"/></body></opml>");
        var warning = Assert.Single(SourceListReader.ReadFile(opml).Warnings);
        Assert.DoesNotContain("named.opml", warning);
    }

    public void Dispose() => _temp.Dispose();
}
