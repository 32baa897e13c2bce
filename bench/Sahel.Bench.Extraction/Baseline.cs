using SmartReader;

namespace Sahel.Bench.Extraction;

/// <summary>SmartReader as a Readability user would call it: the page's bytes (it detects the charset itself) and its URL.</summary>
public static class Baseline
{
    public static string Extract(BenchmarkPage page)
    {
        try
        {
            using var stream = new MemoryStream(page.Html, writable: false);
            var article = new Reader(page.Url?.ToString() ?? "https://example.invalid/", stream).GetArticle();
            return article.TextContent ?? "";
        }
        catch (Exception)
        {
            return "";
        }
    }
}
