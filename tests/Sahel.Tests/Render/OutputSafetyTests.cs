using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Render;

/// <summary>Titles are hostile input: nothing in them may become Markdown or HTML structure.</summary>
public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData("[click me](javascript:alert(1))", @"\[click me\]\(javascript:alert\(1\)\)")]
    [InlineData("![pixel](https://tracker.example/p.gif)", @"\!\[pixel\]\(https://tracker.example/p.gif\)")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;")]
    [InlineData("# Fake heading", @"\# Fake heading")]
    [InlineData("**bold** _it_ `code` ~~gone~~", @"\*\*bold\*\* \_it\_ \`code\` \~\~gone\~\~")]
    [InlineData("a | b | c", @"a \| b \| c")]
    [InlineData("line one\nline two\r\n## heading", @"line one line two \#\# heading")]
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
