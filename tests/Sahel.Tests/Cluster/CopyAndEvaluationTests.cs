using Sahel.Cluster;
using Sahel.Model;
using Xunit;
using static Sahel.Tests.Cluster.ClusterTestData;

namespace Sahel.Tests.Cluster;

public sealed class CopyAndEvaluationTests
{
    private const string Body = "des hommes armes ont attaque tot ce matin le poste de gendarmerie de la localite selon des sources locales qui font etat de plusieurs victimes parmi les gendarmes et de degats importants";

    private static Dictionary<int, int> Copies(params string[] texts)
    {
        var stories = texts.Select((_, i) => Story(i, "o" + i, "fr", Monday.AddHours(i))).ToList();
        var features = texts.Select(t => StorySignature.Of(Features(EventType.Attack, [], text: t))).ToList();
        return CopyDetector.Find(stories, features, new ClusterOptions().CopySimilarity);
    }

    [Fact]
    public void WordForWord_AndTrimmedLastSentence_AreCopies() =>
        Assert.Equal(new Dictionary<int, int> { [1] = 0, [2] = 0 }, Copies(Body, Body, string.Join(' ', Body.Split(' ')[..^4])));

    [Fact]
    public void SharedParagraphOnly_IsNotACopy() =>
        Assert.Empty(Copies(Body, "le gouverneur a annonce des mesures de securite renforcees et la fermeture des marches pendant une semaine " + string.Join(' ', Body.Split(' ')[..12]) + " les autorites appellent au calme et promettent une enquete approfondie sur ces evenements tragiques"));

    [Fact]
    public void ShortHeadlinesAlone_AreNeverCalledCopies() => Assert.Empty(Copies("attaque a djibo", "attaque a djibo"));

    [Fact]
    public void BCubed_KnownValues()
    {
        var gold = new Dictionary<string, string?> { ["a"] = "I1", ["b"] = "I1", ["c"] = "I2", ["d"] = null };
        Assert.Equal(1.0, IncidentEvaluation.BCubed(gold, new Dictionary<string, string?> { ["a"] = "x", ["b"] = "x", ["c"] = "y" }).F1, 6);
        // Everything merged: precision per item a,b: 2/4, c: 1/4, d: 1/4 → 1.5/4; recall 1.
        var merged = IncidentEvaluation.BCubed(gold, new Dictionary<string, string?> { ["a"] = "x", ["b"] = "x", ["c"] = "x", ["d"] = "x" });
        Assert.Equal(0.375, merged.Precision, 6);
        Assert.Equal(1.0, merged.Recall, 6);
    }

    [Fact]
    public void CopyScores_CountLinksWithinOneCopyGroup()
    {
        var gold = new Dictionary<string, string> { ["b"] = "a", ["c"] = "a" };
        var scores = IncidentEvaluation.Copies(gold, new Dictionary<string, string> { ["b"] = "a", ["c"] = "b", ["e"] = "d" });
        Assert.Equal(2.0 / 3, scores.Precision, 6);
        Assert.Equal(1.0, scores.Recall, 6);
    }
}

/// <summary>
/// A syndicated copy under a new headline, its closing sentence reworded, and other typography: curly against
/// straight quotes, guillemets, named and numeric character references against raw UTF-8. Through the real analyser.
/// </summary>
public sealed class RewordedCopyTests
{
    private static readonly Sahel.Normalize.StoryAnalyzer Analyzer = new(Sahel.Normalize.Lexicon.Default);

    private static Dictionary<int, int> Copies(params (string Title, string Html)[] stories)
    {
        var list = stories.Select((s, i) => Story(i, "o" + i, "fr", Monday.AddHours(i)) with { Title = s.Title, SummaryHtml = s.Html }).ToList();
        var signatures = list.Select(s => StorySignature.Of(Analyzer.Analyze(s.Title, s.SummaryHtml, s.Published))).ToList();
        return CopyDetector.Find(list, signatures, new ClusterOptions().CopySimilarity);
    }

    private const string Original =
        "<p>Des hommes armés ont attaqué mardi à l’aube le poste de gendarmerie de la localité, a-t-on appris de sources locales. " +
        "« Ils étaient nombreux et lourdement armés », a déclaré un notable joint par téléphone. " +
        "Le bilan provisoire fait état de quatre gendarmes tués et de plusieurs blessés évacués vers l’hôpital régional. " +
        "Les autorités n’ont pas encore communiqué sur l’attaque.</p>";

    [Fact]
    public void NewHeadline_OneRewordedSentence_OtherTypography_IsACopy()
    {
        var copy =
            "<p>Des hommes arm&eacute;s ont attaqu&eacute; mardi &agrave; l'aube le poste de gendarmerie de la localit&#233;, a-t-on appris de sources locales. " +
            "\"Ils &#233;taient nombreux et lourdement arm&eacute;s\", a d&eacute;clar&eacute; un notable joint par t&eacute;l&eacute;phone. " +
            "Le bilan provisoire fait &eacute;tat de quatre gendarmes tu&eacute;s et de plusieurs bless&eacute;s &eacute;vacu&eacute;s vers l'h&ocirc;pital r&eacute;gional. " +
            "Aucune communication officielle n'avait été faite mardi soir.</p>";
        Assert.Equal(new Dictionary<int, int> { [1] = 0 },
            Copies(("Attaque contre la gendarmerie de Djibo : quatre morts", Original), ("Burkina : un poste de gendarmerie visé à l’aube, quatre gendarmes tués", copy)));
    }

    [Fact]
    public void SameEventRetold_IsNotACopy()
    {
        var retold = "<p>Quatre gendarmes ont été tués dans l’attaque de leur poste mardi matin, selon un responsable local. " +
                     "Les assaillants, venus à moto, ont incendié deux véhicules avant de se replier vers la frontière. " +
                     "Des renforts ont été dépêchés dans la localité dans la journée.</p>";
        Assert.Empty(Copies(("Attaque contre la gendarmerie de Djibo : quatre morts", Original), ("Djibo : quatre gendarmes tués dans l’attaque de leur poste", retold)));
    }
}
