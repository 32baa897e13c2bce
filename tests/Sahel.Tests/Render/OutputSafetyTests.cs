using Markdig;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Render;

/// <summary>Titles are hostile input: nothing in them may become Markdown or HTML structure.</summary>
public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData("[click me](javascript:alert(1))", @"\[click me\](javascript:alert(1))")]
    [InlineData("![pixel](https://tracker.example/p.gif)", @"!\[pixel\](https://tracker.example/p.gif)")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("# Fake heading", "# Fake heading")]
    [InlineData("**bold** _it_ `code` ~~gone~~", @"\*\*bold\*\* \_it\_ \`code\` \~\~gone\~\~")]
    [InlineData("a | b | c", @"a \| b \| c")]
    [InlineData("line one\nline two\r\n## heading", "line one line two ## heading")]
    [InlineData("AT&T", "AT&amp;T")]
    [InlineData("L'armée à Ménaka: 12 morts.", "L'armée à Ménaka: 12 morts.")]
    public void MarkdownEscaping(string title, string expected) => Assert.Equal(expected, MarkdownText.Escape(title));

    [Fact]
    public void BidiOverridesAndControlCharacters_AreRemoved_ArabicIsKept()
    {
        var hostile = "هجوم\u202E على رتل\u2066 للجيش\u0007 المالي\u200F";
        Assert.Equal("هجوم على رتل للجيش المالي\u200F", SafeText.Clean(hostile));
    }

    [Theory]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,<script>", null)]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("https://outlet.example/a)b", "https://outlet.example/a%29b")]
    [InlineData("https://outlet.example/a b", "https://outlet.example/a%20b")]
    [InlineData("http://outlet.example/x", "http://outlet.example/x")]
    public void OnlyHttpLinks_AndNothingThatEndsALinkEarly(string url, string? expected) =>
        Assert.Equal(expected, SafeText.HttpLink(url));

    [Fact]
    public void LinkWithNonHttpUrl_IsPlainText() =>
        Assert.Equal(@"Titre \[x\]", MarkdownText.Link("Titre [x]", "javascript:alert(1)"));
}

/// <summary>
/// The proof that matters: sahel's Markdown rendered by a CommonMark + GitHub-extensions engine, as a digest
/// would be on GitHub or a static site. Whatever the title, the only element it yields is sahel's own link.
/// </summary>
public sealed class RenderedMarkdownSafetyTests
{
    private static readonly Markdig.MarkdownPipeline GitHubLike = new Markdig.MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("x](javascript:alert(1)) [y")]
    [InlineData("![tracker](https://tracker.example/p.gif)")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("\n# Heading injected\n")]
    [InlineData("| a | b |\n|---|---|\n| c | d |")]
    [InlineData("**bold** and _em_ and `code` and ~~strike~~")]
    [InlineData("[ref]: https://evil.example\n[ref]")]
    [InlineData("&lt;script&gt; &#60;b&#62;")]
    [InlineData("<https://evil.example>")]
    [InlineData("text\u202Ereversed\u2066isolated")]
    public void TitleYieldsOnlyText_InsideSahelsOwnLink(string hostileTitle)
    {
        var line = MarkdownText.Link(hostileTitle, "https://outlet.example/story");
        var html = Markdig.Markdown.ToHtml("- **10:00** " + line + " — Outlet (fr)", GitHubLike);

        var tags = System.Text.RegularExpressions.Regex.Matches(html, "<([a-z0-9]+)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["ul", "li", "strong", "a"], tags);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "href=\""));
        Assert.Contains("href=\"https://outlet.example/story\"", html);
        Assert.False(html.Contains('\u202E') || html.Contains('\u2066'), html);
    }
}
