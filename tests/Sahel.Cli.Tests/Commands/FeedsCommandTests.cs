using System.Xml.Linq;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

public sealed class FeedsCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private CliRunner Cli => new(_temp.File("sahel.db"));

    [Fact]
    public async Task List_WithNothingAdded_ShowsTheBuiltInSahelList()
    {
        var result = await Cli.RunAsync("feeds", "list", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"builtIn\": true", result.Out);
        Assert.Contains("built-in list", result.Error);
    }

    [Fact]
    public async Task Add_List_Remove_RoundTrip()
    {
        var add = await Cli.RunAsync("feeds", "add", "https://outlet.example/feed/", "--name", "Outlet", "--lang", "FR", "--country", "ml");
        Assert.Equal(0, add.ExitCode);
        var list = await Cli.RunAsync("feeds", "list");
        Assert.Equal("name\tlang\tcountry\tstatus\tlast success\turl\nOutlet\tfr\tML\tnever fetched\t\thttps://outlet.example/feed/\n", list.Out);

        var again = await Cli.RunAsync("feeds", "add", "https://outlet.example/feed/");
        Assert.Contains("already in your list", again.Error);

        Assert.Equal(0, (await Cli.RunAsync("feeds", "remove", "https://outlet.example/feed/")).ExitCode);
        var missing = await Cli.RunAsync("feeds", "remove", "https://outlet.example/feed/");
        Assert.Equal(ExitCodes.Failure, missing.ExitCode);
        Assert.Contains("not in your feed list", missing.Error);
    }

    [Fact]
    public async Task Add_RefusesWhatIsNeitherUrlNorFile()
    {
        var result = await Cli.RunAsync("feeds", "add", "ftp://outlet.example/feed");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        var missingFile = await Cli.RunAsync("feeds", "add", _temp.File("absent.xml"), "--allow-file");
        Assert.Equal(ExitCodes.Failure, missingFile.ExitCode);
        Assert.Contains("absent.xml: file not found", missingFile.Error);
    }

    [Fact]
    public async Task Import_ThenExport_KeepsEveryFeedAndItsDetails()
    {
        var opml = _temp.Write("in/subs.opml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>newsboat export</title></head><body>
              <outline text="Mali">
                <outline type="rss" text="Studio Tamani" xmlUrl="https://www.studiotamani.org/feed/" htmlUrl="https://www.studiotamani.org" language="fr" country="ML"/>
              </outline>
              <outline type="rss" text="Archive" xmlUrl="archive/old.xml"/>
            </body></opml>
            """);
        var import = await Cli.RunAsync("feeds", "import", opml, "--allow-files");
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("imported 2 feeds", import.Error);

        var exported = _temp.File("out.opml");
        Assert.Equal(0, (await Cli.RunAsync("feeds", "export", "-o", exported)).ExitCode);
        var outlines = XDocument.Load(exported).Descendants("outline").ToList();
        Assert.Equal(2, outlines.Count);
        Assert.Equal("Studio Tamani", outlines[0].Attribute("text")!.Value);
        Assert.Equal("fr", outlines[0].Attribute("language")!.Value);
        Assert.Equal("https://www.studiotamani.org", outlines[0].Attribute("htmlUrl")!.Value);
        // A relative path in a list resolves against the list's own folder.
        Assert.Equal(Path.Combine(_temp.Path, "in", "archive", "old.xml"), outlines[1].Attribute("xmlUrl")!.Value);
    }

    [Fact]
    public async Task ImportOfADownloadedOpml_RefusesLocalFiles_UnlessAllowFiles()
    {
        var opml = _temp.Write("downloaded.opml", """
            <opml version="2.0"><body>
              <outline text="passwd" xmlUrl="file:///etc/passwd"/>
              <outline text="hosts" xmlUrl="/etc/hosts"/>
              <outline text="Real" xmlUrl="https://real.example/feed"/>
            </body></opml>
            """);
        var import = await Cli.RunAsync("feeds", "import", opml);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("'file:///etc/passwd' is a local file; an imported list may name http(s) feeds only", import.Error);
        Assert.Contains("'/etc/hosts' is a local file", import.Error);
        var list = await Cli.RunAsync("feeds", "list", "--format", "json");
        Assert.DoesNotContain("/etc/", list.Out);
        Assert.Contains("https://real.example/feed", list.Out);

        var onlyFiles = _temp.Write("files.opml", "<opml version=\"2.0\"><body><outline xmlUrl=\"file:///etc/passwd\"/></body></opml>");
        var refused = await Cli.RunAsync("feeds", "import", onlyFiles);
        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Contains("no usable feeds in this list; nothing imported", refused.Error);

        var allowed = await Cli.RunAsync("feeds", "import", opml, "--allow-files");
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("imported 3 feeds", allowed.Error);
    }

    [Fact]
    public async Task AddOfALocalFile_NeedsAllowFile()
    {
        var feed = _temp.Write("archive.xml", "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
        var refused = await Cli.RunAsync("feeds", "add", feed);
        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Contains($"{feed}: a local file; the feed list keeps http(s) URLs unless you pass --allow-file", refused.Error);
        Assert.False(File.Exists(_temp.File("sahel.db")));
        Assert.Equal(0, (await Cli.RunAsync("feeds", "add", feed, "--allow-file")).ExitCode);
    }

    public void Dispose() => _temp.Dispose();
}
