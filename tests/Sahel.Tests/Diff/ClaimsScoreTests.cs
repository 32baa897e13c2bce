using Sahel.Cluster;
using Sahel.Diff.Claims.Evaluation;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>How labelled claims are scored: which answer counts as right, and which class a wrong one falls in.</summary>
public sealed class ClaimsScoreTests
{
    private static LabelledStory Story(string id, TollLabel[] tolls, ResponsibilityLabel[] responsibility) =>
        new(id, "wire", "title", "text", tolls, responsibility);

    [Fact]
    public void ATollIsRight_OnKindCountAndSource_AndVictimsAreCountedApart()
    {
        var score = new ClaimsScore();
        score.Add(Story("fr-001", [new("killed", "soldiers", "12", "army")], []), [new("killed", "people", "12", "army")], []);
        Assert.Equal((1, 1, 0), (score.TollsRight, score.TollsLabelled, score.VictimsRight));
        var miss = Assert.Single(score.Misses);
        Assert.Equal(("victims", "fr-001", "victims people"), (miss.Class, miss.StoryId, miss.Got));
    }

    [Fact]
    public void AWrongToll_IsClassedByTheNearestAnswer_SourceThenValueThenMissed_AndWhatIsLeftIsExtra()
    {
        var score = new ClaimsScore();
        score.Add(Story("en-001",
            [new("killed", "soldiers", "12", "army"), new("wounded", "civilians", "4", "hospital"), new("kidnapped", "civilians", "9", "local")], []),
            [new("killed", "soldiers", "12", "government"), new("wounded", "civilians", "5", "hospital"), new("missing", "people", "3", "unattributed")], []);
        Assert.Equal(0, score.TollsRight);
        Assert.Equal(["toll source", "toll value", "toll missed", "toll extra"], score.Misses.Select(m => m.Class));
        Assert.Equal(["source government", "count 5", null, null], score.Misses.Select(m => m.Got));
        Assert.Equal((0.0, 0.0), (score.TollRecall, score.TollPrecision));
    }

    [Fact]
    public void Responsibility_IsRightOnActorAndPolarity_TheBlamerIsCountedApart_AndAWrongPolarityIsItsOwnClass()
    {
        var score = new ClaimsScore();
        score.Add(Story("ar-001", [], [new("blamed", "issp", "government"), new("denied", "jnim", null), new("unclaimed", null, null)]), [],
            [new("blamed", "issp", "local"), new("claimed", "jnim", null), new("claimed", "fama", null)]);
        Assert.Equal((1, 3, 3), (score.ResponsibilityRight, score.ResponsibilityLabelled, score.ResponsibilityExtracted));
        Assert.Equal((1, 0), (score.BlameLabelled, score.BlameByRight));
        Assert.Equal(["blame by", "responsibility polarity", "responsibility missed", "responsibility extra"], score.Misses.Select(m => m.Class));
        Assert.Equal(new ClaimsScore.Tally(0, 1), score.ResponsibilityByPolarity["denied"]);
        Assert.Equal(new ClaimsScore.Tally(1, 3), score.ResponsibilityByLanguage["ar"]);
    }

    [Fact]
    public void ARightAnswer_IsNotTakenAsAWrongPolarity_ByAnEarlierLabelOfTheSameActor()
    {
        // The story blames the army and the army claims its strike; only the claim is read. Scored label by label in
        // order, the blame took the claim as a wrong polarity and the claim was then counted as missed.
        var score = new ClaimsScore();
        score.Add(Story("en-001", [], [new("blamed", "fama", "local"), new("claimed", "fama", null)]), [], [new("claimed", "fama", null)]);
        Assert.Equal((1, 2, 1), (score.ResponsibilityRight, score.ResponsibilityLabelled, score.ResponsibilityExtracted));
        Assert.Equal(["responsibility missed"], score.Misses.Select(m => m.Class));
    }

    [Fact]
    public void TwoBlamesOfOneActor_ArePairedWithTheAnswersOfTheirOwnBlamers()
    {
        var score = new ClaimsScore();
        score.Add(Story("fr-001", [], [new("blamed", "jnim", "government"), new("blamed", "jnim", "local")]), [],
            [new("blamed", "jnim", "local"), new("blamed", "jnim", "government")]);
        Assert.Equal((2, 2), (score.ResponsibilityRight, score.BlameByRight));
        Assert.Empty(score.Misses);
    }

    [Fact]
    public void FiguresAreKeptPerLanguageAndKind()
    {
        var score = new ClaimsScore();
        score.Add(Story("fr-001", [new("killed", "soldiers", "12", "army")], []), [new("killed", "soldiers", "12", "army")], []);
        score.Add(Story("en-001", [new("killed", "civilians", "~20", "local"), new("wounded", "civilians", "3", "local")], []), [new("wounded", "civilians", "3", "local")], []);
        Assert.Equal(new ClaimsScore.Tally(1, 1), score.TollsByLanguage["fr"]);
        Assert.Equal(new ClaimsScore.Tally(1, 2), score.TollsByLanguage["en"]);
        Assert.Equal(new ClaimsScore.Tally(1, 2), score.TollsByKind["killed"]);
        Assert.Equal(new ClaimsScore.Tally(0, 1), score.TollsByLanguageAndKind["en killed"]);
        Assert.Equal(2, score.Stories);
    }

    [Fact]
    public void TheReader_TakesTheFormat_AndRefusesALineOutsideIt_WithItsLine()
    {
        using var temp = new TempDirectory();
        var file = temp.File("stories-en.txt");
        File.WriteAllText(file, "# a comment\n\n=== en-001 wire copy\ntitle: T\ntext: One.\ntext: Two.\ntoll: killed soldiers >=12 army\nresp: blamed issp by government\nresp: unclaimed\n");
        var story = Assert.Single(LabelledStory.Load(temp.Path));
        Assert.Equal(("en-001", "wire copy", "One.\nTwo.", "en"), (story.Id, story.Register, story.Text, story.Lang));
        Assert.Equal(new TollLabel("killed", "soldiers", ">=12", "army"), Assert.Single(story.Tolls));
        Assert.Equal([new ResponsibilityLabel("blamed", "issp", "government"), new ResponsibilityLabel("unclaimed", null, null)], story.Responsibility);

        File.WriteAllText(file, "=== en-001 wire\ntitle: T\ntext: One.\nresp: blamed issp by rumour\n");
        Assert.Equal($"{file}:4: a statement is POLARITY [ACTOR] [by SOURCE] (claimed, blamed, denied, unclaimed; 'unclaimed' names no actor, only 'blamed' has 'by'): resp: blamed issp by rumour",
            Assert.Throws<LabelsException>(() => LabelledStory.Load(file)).Message);
        File.WriteAllText(file, "=== 001 wire\ntitle: T\n");
        Assert.StartsWith($"{file}:1: a story starts with '=== ID REGISTER'", Assert.Throws<LabelsException>(() => LabelledStory.Load(file)).Message);
        File.WriteAllText(file, "=== en-001 wire\ntext: no title\n=== en-002 wire\ntitle: T\n");
        Assert.Equal($"{file}:1: en-001 has no 'title:' line", Assert.Throws<LabelsException>(() => LabelledStory.Load(file)).Message);
        Assert.Throws<LabelsException>(() => LabelledStory.Load(temp.File("empty-dir-or-none")));
    }

    [Fact]
    public void TheReader_RefusesAStoryLabelledTwice_AcrossTheFilesOfADirectory()
    {
        using var temp = new TempDirectory();
        foreach (var name in new[] { "stories-a.txt", "stories-b.txt" })
            File.WriteAllText(temp.File(name), "=== en-001 wire\ntitle: T\ntext: One.\n");
        Assert.Equal($"{temp.File("stories-b.txt")}:1: en-001: labelled twice, first at {temp.File("stories-a.txt")}:1",
            Assert.Throws<LabelsException>(() => LabelledStory.Load(temp.Path)).Message);
    }
}
