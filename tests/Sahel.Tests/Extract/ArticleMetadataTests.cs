using System.Text;
using Sahel.Extract;
using Xunit;

namespace Sahel.Tests.Extract;

/// <summary>Which source each metadata field trusts, and the dates that must never be taken.</summary>
public sealed class ArticleMetadataTests
{
    private const string Body = """
        <article><div class="article-body">
        <p>Les pluies diluviennes tombées dans la nuit de lundi à mardi ont inondé plusieurs quartiers de la ville, selon la protection civile.</p>
        <p>Une centaine de familles ont été relogées dans des écoles, en attendant la décrue annoncée pour la fin de la semaine par les services techniques.</p>
        </div></article>
        """;

    private static ExtractedArticle Extract(string head, string body = Body, string? url = null, string? contentLanguage = null) =>
        ArticleExtractor.Extract(Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=utf-8>{head}</head><body>{body}</body></html>"),
            null, contentLanguage, url is null ? null : new Uri(url));

    [Fact]
    public void JsonLd_IsTrustedBeforeMetaTags()
    {
        var article = Extract("""
            <meta property="article:published_time" content="2026-03-01T08:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-03-02T09:30:00+01:00","author":{"@type":"Person","name":"Fatou Diallo"}}</script>
            """);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("json-ld", article.PublishedSource);
        Assert.Equal("Fatou Diallo", article.Author);
    }

    [Fact]
    public void BrokenJsonLd_FallsBackToMetaTags()
    {
        var article = Extract("""
            <script type="application/ld+json">{"@type":"NewsArticle", "datePublished": </script>
            <meta property="article:published_time" content="2026-03-01T08:00:00Z">
            """);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("meta", article.PublishedSource);
    }

    [Fact]
    public void DateInAScript_IsNeverTaken_ButTheUrlDateIs()
    {
        var article = Extract("""<script>var page = {"datePublished": "2019-05-05T10:00:00Z"};</script>""",
            url: "https://korinfo.example/2026/03/04/niamey-inondations.html");

        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("url", article.PublishedSource);
    }

    [Fact]
    public void TimeOfARelatedArticle_IsNeverTaken()
    {
        var related = """
            <div class="related-posts"><a href="/x">Autre article</a> <time datetime="2025-12-24T10:00:00Z">24 décembre</time></div>
            <ul class="latest"><li><a href="/y">Encore un</a> <time datetime="2025-11-02T10:00:00Z">2 novembre</time></li></ul>
            """;
        var article = Extract("", related + Body);

        Assert.Null(article.Published);
    }

    [Fact]
    public void TimeElementOfTheStory_IsTakenBeforeTheUrl()
    {
        var article = Extract("", """<div class="meta"><time datetime="2026-03-05T17:20:00Z">5 mars</time></div>""" + Body,
            url: "https://korinfo.example/2026/03/04/niamey-inondations.html");

        Assert.Equal(new DateTimeOffset(2026, 3, 5, 17, 20, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("time", article.PublishedSource);
    }

    [Theory]
    [InlineData("""<div class="byline">Par Aminata Cissé, publié le 7 mars 2026 à 09h15</div>""", "Aminata Cissé", 2026, 3, 7, 9, 15)]
    [InlineData("""<div class="byline">By John Okafor | March 7, 2026 9:15</div>""", "John Okafor", 2026, 3, 7, 9, 15)]
    [InlineData("""<div class="author-info">بقلم: سيدي محمد - ٧ مارس ٢٠٢٦</div>""", "سيدي محمد", 2026, 3, 7, 0, 0)]
    public void VisibleByline_GivesAuthorAndDate_InEachLanguage(string byline, string author, int y, int m, int d, int h, int min)
    {
        var article = Extract("", byline + Body);

        Assert.Equal(author, article.Author);
        Assert.Equal(new DateTimeOffset(y, m, d, h, min, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("byline", article.PublishedSource);
    }

    [Fact]
    public void Language_ComesFromHtmlLang_ThenContentLanguage_ThenTheText()
    {
        Assert.Equal("fr", Extract("").Language);
        Assert.Equal("fr", Extract("", contentLanguage: "fr-ML").Language);
        var withLang = ArticleExtractor.Extract(Encoding.UTF8.GetBytes($"<html lang=\"en-US\"><body>{Body}</body></html>"), null, "fr", null);
        Assert.Equal("en", withLang.Language);
    }

    [Fact]
    public void Canonical_IsResolvedAgainstThePage_AndOgUrlIsTheFallback()
    {
        var relative = Extract("""<link rel="canonical" href="/2026/03/04/inondations">""", url: "https://korinfo.example/amp/inondations?x=1");
        Assert.Equal("https://korinfo.example/2026/03/04/inondations", relative.CanonicalUrl);

        var og = Extract("""<meta property="og:url" content="https://korinfo.example/inondations">""");
        Assert.Equal("https://korinfo.example/inondations", og.CanonicalUrl);
    }

    [Fact]
    public void NonHttpLinks_AreNotMetadata()
    {
        var article = Extract("""<link rel="canonical" href="javascript:alert(1)"><meta property="og:image" content="data:image/png;base64,AAAA">""");

        Assert.Null(article.CanonicalUrl);
        Assert.Null(article.LeadImage);
    }
}
