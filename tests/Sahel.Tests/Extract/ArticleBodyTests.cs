using System.Text;
using Sahel.Extract;
using Xunit;

namespace Sahel.Tests.Extract;

/// <summary>What the body keeps and drops, on small pages built for each rule.</summary>
public sealed class ArticleBodyTests
{
    private static ExtractedArticle Extract(string body) =>
        ArticleExtractor.Extract(Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=en><head><title>T</title></head><body>{body}</body></html>"), null, null, null);

    private const string Paragraphs = """
        <p>The regional governor said on Monday that the road between the two towns would reopen next week, after repairs to a bridge damaged by floods.</p>
        <p>Traders have waited for months: lorries carrying grain and livestock had to take a detour of more than two hundred kilometres through the desert.</p>
        """;

    [Fact]
    public void TextWrittenWithLineBreaks_BecomesParagraphs()
    {
        var article = Extract("""
            <div class="content">The regional governor said on Monday that the road would reopen next week, after repairs to a bridge.<br><br>
            Traders have waited for months, taking a detour of more than two hundred kilometres through the desert.</div>
            """);

        Assert.Equal(2, article.Blocks.Count);
        Assert.Equal("Traders have waited for months, taking a detour of more than two hundred kilometres through the desert.", article.Blocks[1].Text);
    }

    [Fact]
    public void ScriptsStylesAndHiddenText_NeverReachTheBody()
    {
        var article = Extract($"""
            <article>{Paragraphs}<script>var secret = "tracking code";</script><style>p.x:after  content: "colour" </style>
            <p style="display: none">Hidden promotional text that readers never see on the page.</p>
            <p hidden>Another hidden line of text that should never be extracted.</p></article>
            """);

        Assert.DoesNotContain("tracking", article.Text);
        Assert.DoesNotContain("colour", article.Text);
        Assert.DoesNotContain("Hidden", article.Text);
        Assert.DoesNotContain("Another hidden", article.Text);
        Assert.Equal(2, article.Blocks.Count);
    }

    [Fact]
    public void ALinkListInsideTheStory_IsDropped()
    {
        var article = Extract($"""
            <article>{Paragraphs}<ul><li><a href="/a">A related story with a long title about roads</a></li><li><a href="/b">Another related story about the bridge</a></li></ul></article>
            """);

        Assert.DoesNotContain("related story", article.Text);
    }

    [Fact]
    public void StockPhrases_InAnyLanguage_AreDropped()
    {
        var article = Extract($"""<article>{Paragraphs}<p>Advertisement</p><p>Lire aussi</p><p>اقرأ أيضا</p></article>""");

        Assert.Equal(2, article.Blocks.Count);
    }

    [Fact]
    public void TheHeadline_RepeatedAtTheTopOfTheStory_IsNotBody()
    {
        var article = ArticleExtractor.Extract(Encoding.UTF8.GetBytes($"""
            <html><head><meta property="og:title" content="Bridge repairs to reopen the road"></head>
            <body><article><h1>Bridge repairs to reopen the road</h1>{Paragraphs}</article></body></html>
            """), null, null, null);

        Assert.Equal("Bridge repairs to reopen the road", article.Title);
        Assert.All(article.Blocks, b => Assert.Equal(ArticleBlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void AnEmptyPage_HasNoArticle_AndSaysWhy()
    {
        var article = Extract("<p>Short.</p>");

        Assert.False(article.HasArticle);
        Assert.StartsWith("no article body found", article.Failure);
    }

    [Fact]
    public void BytesThatAreNotHtml_DoNotThrow()
    {
        var article = ArticleExtractor.Extract(new byte[] { 0, 1, 2, 255, 254, 0x1F, 0x8B }, null, null, null);

        Assert.False(article.HasArticle);
    }

    [Fact]
    public void AbsurdlyDeepNesting_IsDeclined_NotParsed()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>" + string.Concat(Enumerable.Repeat("Deep text in many words. ", 20)) + "</p></body></html>";
        var article = ArticleExtractor.Extract(Encoding.UTF8.GetBytes(html), null, null, null);

        Assert.False(article.HasArticle);
        Assert.Equal("page not parsed: elements nested more than 4096 deep", article.Failure);
    }

    [Fact]
    public void ThousandsOfUnclosedParagraphsAndScriptTags_AreNotNesting()
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<p>A line of text that a careless template never closes, again and again.", 6000));
        var script = "<script>" + string.Concat(Enumerable.Repeat("document.write('<div>');", 6000)) + "</script>";
        var article = ArticleExtractor.Extract(Encoding.UTF8.GetBytes($"<html><body>{script}<article>{paragraphs}</article></body></html>"), null, null, null);

        Assert.True(article.HasArticle, article.Failure);
    }
}
