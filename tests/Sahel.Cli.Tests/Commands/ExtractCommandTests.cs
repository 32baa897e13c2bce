using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>`sahel extract FILE|URL`: what a person (md), a script (text) and a machine (json) see of one page.</summary>
public sealed class ExtractCommandTests : LoopbackCliTest
{
    private static string Page(string name) => Path.Combine(RepoPaths.Root, "tests", "Sahel.Tests", "Fixtures", "Pages", name + ".html");

    public static TheoryData<string> OnePagePerLanguage => new() { "en-harmattanwire-convoy", "fr-letamarinier-embuscade", "ar-sadaelhodh-anefis" };

    [Theory]
    [MemberData(nameof(OnePagePerLanguage))]
    public async Task Markdown_IsApproved(string page)
    {
        var result = await Cli.RunAsync("extract", Page(page), "--format", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Snapshot.Match(result.Out, new SnapshotNameExtension(page));
    }

    [Theory]
    [MemberData(nameof(OnePagePerLanguage))]
    public async Task Json_IsApproved(string page)
    {
        var result = await Cli.RunAsync("extract", Page(page), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Out.Replace(JsonEncodedText.Encode(Page(page)).ToString(), "<page>"), new SnapshotNameExtension(page));
    }

    [Fact]
    public async Task Text_IsTheBodyOnly()
    {
        var result = await Cli.RunAsync("extract", Page("fr-letamarinier-embuscade"));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Un convoi de ravitaillement des Forces armées maliennes (FAMa)", result.Out);
        Assert.Contains("\n\nDes sources locales évoquent un bilan plus lourd\n\n", result.Out);
        Assert.DoesNotContain("Partager", result.Out);
        Assert.DoesNotContain("commentaire", result.Out);
    }

    [Fact]
    public async Task GzippedFile_IsRead()
    {
        var path = Temp.File("page.html.gz");
        await using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            await gzip.WriteAsync(await File.ReadAllBytesAsync(Page("en-harmattanwire-convoy")));

        var result = await Cli.RunAsync("extract", path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Gunmen attacked a Malian army supply convoy", result.Out);
    }

    [Fact]
    public async Task Url_IsFetched_WithTheHttpCharset()
    {
        var bytes = await File.ReadAllBytesAsync(Page("ar-akhbarrimal-anefis-1256"));
        Server.Map("/ar/news/2026/03/11/anefis", async (context, _) =>
        {
            context.Response.ContentType = "text/html; charset=windows-1256";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
        });

        var result = await Cli.RunAsync("extract", Server.Url("/ar/news/2026/03/11/anefis"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("windows-1256", json.RootElement.GetProperty("encoding").GetString());
        Assert.Equal("2026-03-11T00:00:00Z", json.RootElement.GetProperty("published").GetString());
        Assert.Equal("url", json.RootElement.GetProperty("publishedFrom").GetString());
        Assert.StartsWith("قالت مصادر محلية في منطقة كيدال", json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Url_ThatFails_ExitsOne_NamingIt()
    {
        Server.Map("/gone", (context, _) => LoopbackServer.Respond(context, (int)HttpStatusCode.NotFound, "not here", "text/html"));

        var result = await Cli.RunAsync("extract", Server.Url("/gone"));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith($"sahel: {Server.Url("/gone")}: ", result.Error);
        Assert.Contains("404", result.Error);
    }

    [Fact]
    public async Task SectionIndex_ExitsOne_WithTheReason_AndJsonStillSaysSo()
    {
        var text = await Cli.RunAsync("extract", Page("fr-letamarinier-rubrique-securite"));
        Assert.Equal(ExitCodes.Failure, text.ExitCode);
        Assert.Empty(text.Out);
        Assert.Equal($"sahel: {Page("fr-letamarinier-rubrique-securite")}: no article body found (page looks like a list of links)\n", text.Error.ReplaceLineEndings("\n"));

        var json = await Cli.RunAsync("extract", Page("fr-letamarinier-rubrique-securite"), "--format", "json");
        Assert.Equal(ExitCodes.Failure, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        Assert.False(document.RootElement.GetProperty("hasArticle").GetBoolean());
        Assert.Equal("no article body found (page looks like a list of links)", document.RootElement.GetProperty("failure").GetString());
    }

    [Fact]
    public async Task MissingFile_ExitsOne_NamingIt()
    {
        var missing = Temp.File("nope.html");
        var result = await Cli.RunAsync("extract", missing);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal($"sahel: {missing}: no such file", result.Error.TrimEnd());
    }

    [Fact]
    public async Task HostileTitle_CannotInjectMarkdown()
    {
        var path = Temp.Write("hostile.html", """
            <html><head><title>[click](javascript:alert(1)) <script>x</script> **bold**</title></head><body><article>
            <p># Not a heading: a paragraph that starts with a hash sign and goes on long enough to count as body text.</p>
            <p>1. Not a list either, although it starts with a number and a dot, which Markdown would read as a list.</p>
            </article></body></html>
            """);

        var result = await Cli.RunAsync("extract", path, "--format", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("# \\[click\\](javascript:alert(1)) &lt;script&gt;x&lt;/script&gt; \\*\\*bold\\*\\*", result.Out);
        Assert.Contains("\n\\# Not a heading", result.Out);
        Assert.Contains("\n1\\. Not a list either", result.Out);
    }

    [Fact]
    public async Task UnknownFormat_IsAUsageError()
    {
        var result = await Cli.RunAsync("extract", Page("fr-letamarinier-embuscade"), "--format", "html");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
