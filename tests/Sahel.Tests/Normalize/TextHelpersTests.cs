using Sahel.Normalize;
using Xunit;

namespace Sahel.Tests.Normalize;

public sealed class TextHelpersTests
{
    [Theory]
    [InlineData("<p>Selon l'armée, <b>5 soldats</b> tués.</p>", "Selon l'armée, 5 soldats tués.")]
    [InlineData("a<script>alert('x')</script>b", "a b")]
    [InlineData("x &amp; y &eacute;t&eacute;", "x & y été")]
    [InlineData("1 < 2 et 3 > 2", "1 < 2 et 3 > 2")]
    [InlineData("<style>p{}</style>texte", "texte")]
    [InlineData(null, "")]
    public void HtmlToPlainText(string? html, string expected) => Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Fact]
    public void Truncate_CutsAtAWord() =>
        Assert.Equal("Attaque contre un…", HtmlText.Truncate("Attaque contre un convoi des FAMa", 20));

    [Theory]
    [InlineData("Ménaka", "menaka")]
    [InlineData("TOMBOUCTOU", "tombouctou")]
    [InlineData("أغلهوك", "اغلهوك")]
    [InlineData("إِسْلَام", "اسلام")]
    [InlineData("مـــالي", "مالي")]
    [InlineData("الساحة", "الساحه")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("l’armée", "l'armee")]
    public void Fold(string input, string expected) => Assert.Equal(expected, TextFold.Fold(input));

    [Theory]
    [InlineData("هجوم على رتل للجيش المالي قرب أغلهوك", "ar")]
    [InlineData("Attaque contre un convoi des FAMa près de Kidal", "fr")]
    [InlineData("JNIM and FLA ambush Malian convoy near Kidal, says the army", "en")]
    [InlineData("Kidal", null)]
    [InlineData("", null)]
    public void GuessesTheLanguage(string text, string? expected) => Assert.Equal(expected, LanguageGuesser.Guess(text));

    [Theory]
    [InlineData("fr-FR", "fr")]
    [InlineData("AR", "ar")]
    [InlineData("en_US", "en")]
    [InlineData(" ", null)]
    [InlineData("français", null)]
    public void PrimaryLanguageTag(string tag, string? expected) => Assert.Equal(expected, StoryLanguage.Primary(tag));
}
