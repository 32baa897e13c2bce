using System.Globalization;
using System.Security;
using System.Text;

namespace Sahel.Cli.Tests.Support;

/// <summary>
/// The article pages of Fixtures/Pages and a feed that links to them, for the full-text tests; served by a
/// <see cref="LoopbackServer"/>.
/// </summary>
public static class TestPages
{
    static TestPages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages", name));

    /// <summary>An RSS feed whose items link to pages of the server (paths), one hour apart.</summary>
    public static string Feed(LoopbackServer server, params (string Path, string Title)[] items)
    {
        var day = TestFeeds.Day;
        var entries = string.Concat(items.Select((item, i) => $"""
            <item>
              <guid isPermaLink="false">page-{i}</guid>
              <title>{SecurityElement.Escape(item.Title)}</title>
              <link>{SecurityElement.Escape(server.Url(item.Path))}</link>
              <pubDate>{day.AddHours(i).ToString("r", CultureInfo.InvariantCulture)}</pubDate>
              <description>Brève : {SecurityElement.Escape(item.Title)}.</description>
            </item>
            """));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel>
              <title>Le Veilleur du Sahel</title>
              <link>{server.BaseUrl}/</link>
              <language>fr</language>
              {entries}
            </channel></rss>
            """;
    }

    /// <summary>A page as UTF-8 HTML with its charset in the Content-Type.</summary>
    public static void MapHtml(LoopbackServer server, string path, string html) =>
        server.Map(path, (context, _) => LoopbackServer.Respond(context, 200, html, "text/html; charset=utf-8"));

    /// <summary>A page encoded in a legacy code page, labelled only `text/html`: the page's meta tag must say the rest.</summary>
    public static void MapEncoded(LoopbackServer server, string path, string html, string encoding) =>
        server.Map(path, async (context, _) =>
        {
            var bytes = Encoding.GetEncoding(encoding).GetBytes(html);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/html";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
        });

    public static void MapText(LoopbackServer server, string path, string text, int status = 200) =>
        server.Map(path, (context, _) => LoopbackServer.Respond(context, status, text, "text/plain; charset=utf-8"));

    /// <summary>A page of about <paramref name="bytes"/> bytes: an article followed by a very long comment thread.</summary>
    public static string Huge(int bytes)
    {
        var html = new StringBuilder("<html lang=\"fr\"><body><article><p>Un article suivi de milliers de commentaires.</p></article><section class=\"comments\">");
        while (html.Length < bytes)
            html.Append("<p>Commentaire de lecteur sans intérêt pour le récit.</p>\n");
        return html.Append("</section></body></html>").ToString();
    }
}
