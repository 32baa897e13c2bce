using System.Text.RegularExpressions;
using Markdig;
using Sahel.Diff.Versions;
using Sahel.Model;
using Sahel.Render;
using Sahel.Store;
using Xunit;

namespace Sahel.Tests.Render;

/// <summary>
/// Edits are hostile input too: whatever an edited title or text holds, the rendered diff has only sahel's own
/// structure (headings, paragraphs, its link, struck and bold runs), as MarkdownText promises for titles.
/// </summary>
public sealed class ArticleDiffSafetyTests
{
    private static readonly Markdig.MarkdownPipeline GitHubLike = new Markdig.MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly DateTimeOffset Seen = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<script>alert(1)</script> x](javascript:alert(1)) [y")]
    [InlineData("![tracker](https://tracker.example/p.gif)")]
    [InlineData("&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("**bold** ~~strike~~ `code` | a | b |")]
    [InlineData("<https://evil.example> [ref]: https://evil.example")]
    [InlineData("texte\u202Eà l'envers\u2066isolé")]
    [InlineData("# Titre injecté")]
    [InlineData("- élément de liste")]
    [InlineData("1. élément numéroté")]
    [InlineData("+ élément")]
    [InlineData("=== ligne")]
    public void HostileEdits_YieldOnlySahelsStructure(string hostile)
    {
        var story = new Story
        {
            Id = 1, FeedId = 1, FeedUrl = "https://outlet.example/rss", Outlet = "Outlet", ItemKey = "guid:1", Title = "Titre " + hostile,
            Url = "https://outlet.example/story", Lang = "fr", Published = Seen, FirstSeen = Seen, LastSeen = Seen,
        };
        ItemVersion[] versions =
        [
            // The text starts alike in both versions, so the hostile start is shared text at the start of a line.
            new() { Number = 1, SeenAt = Seen, Title = hostile + " 12 morts", SummaryHtml = "<p>" + System.Net.WebUtility.HtmlEncode(hostile) + " Selon l'armée, 12 morts.</p>" },
            new() { Number = 2, SeenAt = Seen.AddDays(1), Title = hostile + " 20 morts", SummaryHtml = "<p>" + System.Net.WebUtility.HtmlEncode(hostile) + " 20 morts.</p>" },
        ];
        var diff = ArticleComparer.Compare(story, versions, 1, 2);
        Assert.True(diff.Changed);
        using var output = new StringWriter();
        new MarkdownArticleDiffRenderer().Render(diff, output);
        var html = Markdig.Markdown.ToHtml(output.ToString(), GitHubLike);

        var tags = Regex.Matches(html, "<([a-z0-9]+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.All(tags, tag => Assert.Contains(tag, (string[])["h1", "h2", "p", "a", "del", "strong", "code", "ul", "li"]));
        // Exactly sahel's own headings and list items: nothing in the edits opened a block of its own.
        Assert.Single(Regex.Matches(html, "<h1"));
        Assert.Equal(3, Regex.Matches(html, "<h2").Count);
        Assert.Equal(diff.Claims.Count, Regex.Matches(html, "<li").Count);
        // Sahel's own link, and at most bare URLs GitHub autolinks, whose visible text is their target: nothing hidden.
        var links = Regex.Matches(html, "<a href=\"([^\"]*)\">(.*?)</a>").Select(m => (Href: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        Assert.Contains(links, l => l.Href == "https://outlet.example/story");
        Assert.All(links.Where(l => l.Href != "https://outlet.example/story"), l => Assert.Equal(l.Href, l.Text));
        Assert.Equal(links.Count, Regex.Matches(html, "href=").Count);
        Assert.DoesNotContain("javascript:", string.Concat(links.Select(l => l.Href)));
        Assert.False(html.Contains('\u202E') || html.Contains('\u2066'), html);
    }
}
