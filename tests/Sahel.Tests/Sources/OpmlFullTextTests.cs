using Sahel.Model;
using Sahel.Sources;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Sources;

/// <summary>sahel's own `fullText` outline attribute: written for feeds that have the setting, read back by import.</summary>
public sealed class OpmlFullTextTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Export_ThenImport_KeepsTheSetting()
    {
        var written = new StringWriter();
        OpmlWriter.Write(written, [
            new FeedSource("https://veilleur.example/rss", "Le Veilleur", "fr", "ML", FullText: true),
            new FeedSource("https://sada.example/feed", "Sada"),
        ], DateTimeOffset.UnixEpoch);
        Assert.Contains("fullText=\"true\"", written.ToString());

        var read = SourceListReader.ReadFile(_temp.Write("feeds.opml", written.ToString()));
        Assert.Equal([true, null], read.Sources.Select(s => s.FullText));
        Assert.Equal(("fr", "ML"), (read.Sources[0].Lang, read.Sources[0].Country));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("Yes", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("maybe", null)]
    public void Import_ReadsTheWaysPeopleWriteIt(string value, bool? expected)
    {
        var file = _temp.Write("feeds.opml", $"""
            <opml version="2.0"><body>
              <outline text="Le Veilleur" xmlUrl="https://veilleur.example/rss" fullText="{value}"/>
            </body></opml>
            """);
        Assert.Equal(expected, Assert.Single(SourceListReader.ReadFile(file).Sources).FullText);
    }

    public void Dispose() => _temp.Dispose();
}
