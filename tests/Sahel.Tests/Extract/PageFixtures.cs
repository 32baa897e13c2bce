using System.Text.Json;
using Sahel.Extract;

namespace Sahel.Tests.Extract;

/// <summary>The pages under Fixtures/Pages (see its README) and their expected results.</summary>
internal static class PageFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".html"));

    public static ExtractedArticle Extract(string name, string? httpCharset = null, string? pageUrl = null) =>
        ArticleExtractor.Extract(Bytes(name), httpCharset, null, pageUrl is null ? null : new Uri(pageUrl));

    public static JsonElement Expected(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".expected.json")));
        return document.RootElement.Clone();
    }
}
