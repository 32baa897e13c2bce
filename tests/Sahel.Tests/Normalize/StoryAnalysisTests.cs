using Sahel.Model;
using Sahel.Normalize;
using Xunit;

namespace Sahel.Tests.Normalize;

/// <summary>What the analyser reads of a story once its page is stored: the feed text plus the article's lead.</summary>
public sealed class StoryAnalysisTests
{
    private static readonly StoryAnalyzer Analyzer = new(Lexicon.Default);
    private static readonly DateTimeOffset When = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private static Story Story(string title, string summary, string? fullText) => new()
    {
        Id = 1,
        ItemKey = "guid:1",
        FeedId = 1,
        FeedUrl = "https://veilleur.example/rss",
        Outlet = "Le Veilleur",
        Title = title,
        SummaryHtml = summary,
        FullText = fullText,
        Published = When,
        FirstSeen = When,
        LastSeen = When,
    };

    [Fact]
    public void ArticleLead_AddsThePlaceActorAndToll_TheFeedLacked()
    {
        var fromFeed = Analyzer.Analyze(Story("Un poste militaire attaqué à l'aube", "Des tirs ont été entendus.", null));
        Assert.Empty(fromFeed.Places);

        var withPage = Analyzer.Analyze(Story("Un poste militaire attaqué à l'aube", "Des tirs ont été entendus.",
            "Des hommes armés ont attaqué un poste des FAMa près de Ménaka, tuant 7 soldats.\n\nLe bilan reste provisoire."));
        Assert.Contains(withPage.Places, p => p.Id == "ml-menaka");
        Assert.Contains(withPage.Actors, a => a.Name == "FAMa");
        Assert.Contains(7, withPage.Numbers);
        Assert.Equal(EventType.Attack, withPage.EventType);
    }

    [Fact]
    public void WordsForCopyDetection_StayTheFeeds()
    {
        var feedOnly = Analyzer.Analyze(Story("Embuscade près d'Anéfis", "Un convoi a été visé mardi.", null));
        var withPage = Analyzer.Analyze(Story("Embuscade près d'Anéfis", "Un convoi a été visé mardi.", "Un long article sur Kidal et Anéfis."));
        Assert.Equal(feedOnly.Tokens, withPage.Tokens);
        Assert.Equal(feedOnly.TitleTokenCount, withPage.TitleTokenCount);
    }

    [Fact]
    public void PlacesFarDownTheArticle_AreNotRead()
    {
        var background = string.Concat(Enumerable.Repeat("Les habitants attendent des nouvelles de leurs proches depuis mardi matin.\n\n", 20));
        var story = Story("Un poste militaire attaqué à l'aube", "Des tirs ont été entendus.", background + "Rappel : Tombouctou avait été visée l'an dernier.");
        Assert.DoesNotContain(Analyzer.Analyze(story).Places, p => p.Id == "ml-tombouctou");
    }

    [Fact]
    public void Lead_IsWholeParagraphs_UpToAboutAThousandCharacters()
    {
        var paragraph = new string('a', 400);
        var text = string.Join("\n\n", paragraph + "1", paragraph + "2", paragraph + "3", paragraph + "4");
        var lead = StoryAnalysis.Lead(text);
        Assert.EndsWith("3", lead);
        Assert.Equal(3 * 401 + 4, lead.Length);
        Assert.Equal("court", StoryAnalysis.Lead("court"));
    }

    [Fact]
    public void Lead_OfOneEndlessParagraph_IsCut()
    {
        var lead = StoryAnalysis.Lead(string.Concat(Enumerable.Repeat("mot ", 2000)));
        Assert.True(lead.Length <= 2000, lead.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
