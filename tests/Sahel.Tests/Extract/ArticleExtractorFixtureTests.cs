using System.Globalization;
using System.Text.Json;
using Sahel.Extract;
using Xunit;

namespace Sahel.Tests.Extract;

/// <summary>
/// Each news page written for this project, with its nav, share bar, cookie banner, related stories (with
/// dates of their own), comments and footer, comes out as exactly its expected body and metadata.
/// </summary>
public sealed class ArticleExtractorFixtureTests
{
    public static TheoryData<string, string?> Pages => new()
    {
        { "en-harmattanwire-convoy", null },
        { "fr-letamarinier-embuscade", null },
        { "ar-sadaelhodh-anefis", null },
        // Served without a charset in HTTP: the meta charset says windows-1256.
        { "ar-akhbarrimal-anefis-1256", "https://akhbarrimal.example/ar/news/2026/03/11/anefis-ambush-local-toll" },
        // No charset anywhere, neither HTTP nor meta: the bytes are sniffed.
        { "fr-koriinfo-canicule-1252", "https://korinfo.example/societe/canicule-43-degres-niamey.html" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_GivesItsExpectedBodyAndMetadata(string name, string? pageUrl)
    {
        var article = PageFixtures.Extract(name, httpCharset: null, pageUrl);
        var expected = PageFixtures.Expected(name);

        Assert.True(article.HasArticle, article.Failure);
        Assert.Null(article.Failure);
        Assert.Equal(expected.GetProperty("title").GetString(), article.Title);
        Assert.Equal(expected.GetProperty("canonicalUrl").GetString(), article.CanonicalUrl);
        Assert.Equal(Time(expected, "published"), article.Published);
        Assert.Equal(Time(expected, "modified"), article.Modified);
        Assert.Equal(expected.GetProperty("author").GetString(), article.Author);
        Assert.Equal(expected.GetProperty("language").GetString(), article.Language);
        Assert.Equal(expected.GetProperty("siteName").GetString(), article.SiteName);
        Assert.Equal(expected.GetProperty("leadImage").GetString(), article.LeadImage);
        Assert.Equal(expected.GetProperty("direction").GetString(), article.Direction);
        Assert.Equal(expected.GetProperty("encoding").GetString(), article.Encoding);
        var blocks = expected.GetProperty("blocks").EnumerateArray().Select(b => b.GetString()!).ToList();
        Assert.Equal(blocks, article.Blocks.Select(b => $"{b.Kind}: {b.Text}").ToList());
        Assert.Equal(string.Join("\n\n", article.Blocks.Select(b => b.Text)), article.Text);
    }

    [Fact]
    public void SectionIndex_HasNoArticle_AndSaysWhy()
    {
        var article = PageFixtures.Extract("fr-letamarinier-rubrique-securite");

        Assert.False(article.HasArticle);
        Assert.Equal("no article body found (page looks like a list of links)", article.Failure);
        Assert.Empty(article.Blocks);
        Assert.Equal("", article.Text);
        Assert.Equal("Le Tamarinier", article.SiteName);
    }

    [Fact]
    public void ArabicPage_KeepsItsRightToLeftDirection()
    {
        var article = PageFixtures.Extract("ar-sadaelhodh-anefis");

        Assert.Equal("rtl", article.Direction);
        Assert.Equal("ltr", PageFixtures.Extract("fr-letamarinier-embuscade").Direction);
    }

    private static DateTimeOffset? Time(JsonElement expected, string name) =>
        expected.GetProperty(name).GetString() is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : null;
}
