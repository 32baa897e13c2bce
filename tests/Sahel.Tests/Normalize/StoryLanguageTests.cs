using System.Text;
using Sahel.Feeds;
using Sahel.Model;
using Sahel.Normalize;
using Xunit;

namespace Sahel.Tests.Normalize;

/// <summary>Regression tests for issue 9, item 3: the text decides first; declarations are priors.</summary>
public sealed class StoryLanguageTests
{
    private static string? Decide(string feedXml, int index = 0, string? outlet = null)
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(feedXml), null, "https://outlet.example/rss");
        var item = feed.Items[index];
        return StoryLanguage.Decide(item, outlet, feed.Language, item.Title);
    }

    private static string Rss(string language, params string[] titles) =>
        $"<rss version=\"2.0\"><channel><title>t</title>{(language.Length > 0 ? $"<language>{language}</language>" : "")}"
        + string.Concat(titles.Select(t => $"<item><title>{t}</title></item>")) + "</channel></rss>";

    [Fact]
    public void DeclaredLanguageDoesNotOverrideArabicText() =>
        Assert.Equal("ar", Decide(Rss("en", "هجوم على رتل للجيش المالي قرب أغلهوك")));

    [Fact]
    public void DeclaredLanguageDoesNotOverrideTextInAtomAndJsonFeed()
    {
        Assert.Equal("fr", Decide("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><title>t</title><entry><id>1</id>"
                                  + "<title>Attaque contre un convoi des FAMa près de Kidal</title></entry></feed>"));
        Assert.Equal("ar", Decide("{\"version\":\"https://jsonfeed.org/version/1.1\",\"language\":\"fr\",\"items\":[{\"id\":\"1\",\"title\":\"هجوم على رتل للجيش المالي\"}]}"));
    }

    [Fact]
    public void UnanalysedLanguagesKeepTheirCode()
    {
        Assert.Equal("pt", Decide(Rss("", "As famílias deslocadas pedem ajuda ao governo depois das cheias")));
        Assert.Equal("de", Decide(Rss("", "Bewaffnete greifen einen Gendarmerieposten bei Djibo an")));
        Assert.Equal("ha", Decide(Rss("", "Wasu 'yan bindiga sun kai hari a wani ofishin jandarma kusa da Djibo")));
    }

    [Fact]
    public void DeclarationDecidesWhenTheTextSaysNothing()
    {
        Assert.Equal("fr", Decide(Rss("fr-FR", "Kidal")));
        Assert.Equal("ar", Decide(Rss("", "Kidal"), outlet: "ar"));
        Assert.Null(Decide(Rss("", "Kidal")));
    }

    [Fact]
    public void ItemLanguageIsTheItemsOwnDeclaration()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(Rss("en", "x")), null, "https://outlet.example/rss");
        Assert.Null(feed.Items[0].Language);
        Assert.Equal("en", feed.Language);
    }

    [Fact]
    public void DeclaredLanguageTipsACloseCall() =>
        Assert.Equal("it", LanguageGuesser.Guess("Gao: la situazione", prior: "it"));
}
