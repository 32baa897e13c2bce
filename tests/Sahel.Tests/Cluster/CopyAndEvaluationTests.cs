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
