using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Snapshooter.Xunit;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>`sahel eval claims`: the claims extractor scored on labelled stories, with no store.</summary>
public sealed class ClaimsEvalCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private CliRunner Cli => new(_temp.File("unused.db"));
    private static string SampleLabels => Path.Combine(RepoPaths.Samples, "claims-labels.txt");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Text_OnTheSampleLabels_IsApproved()
    {
        var result = await Cli.RunAsync("eval", "claims", SampleLabels);
        Assert.True(result.ExitCode == 0, result.ToString());
        Snapshot.Match(result.Out);
        Assert.False(File.Exists(_temp.File("unused.db")), "eval claims opens no store");
    }

    [Fact]
    public async Task Json_IsItsSchema_AddsUp_AndIsTheSameTwice()
    {
        var first = await Cli.RunAsync("eval", "claims", SampleLabels, "--format", "json");
        Assert.True(first.ExitCode == 0, first.ToString());
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", "eval-claims.v1.schema.json")));
        using var output = JsonDocument.Parse(first.Out);
        SchemaCheck.AssertMatches(schema.RootElement, schema.RootElement, output.RootElement, "$");

        var root = output.RootElement;
        Assert.Equal(6, root.GetProperty("stories").GetInt32());
        foreach (var (part, byKind) in new[] { ("tolls", "byKind"), ("responsibility", "byPolarity") })
        {
            var figures = root.GetProperty(part);
            var (labelled, right) = (figures.GetProperty("labelled").GetInt32(), figures.GetProperty("right").GetInt32());
            Assert.Equal(labelled, figures.GetProperty("byLanguage").EnumerateObject().Sum(t => t.Value.GetProperty("labelled").GetInt32()));
            Assert.Equal(right, figures.GetProperty("byLanguage").EnumerateObject().Sum(t => t.Value.GetProperty("right").GetInt32()));
            Assert.Equal(labelled, figures.GetProperty(byKind).EnumerateObject().Sum(t => t.Value.GetProperty("labelled").GetInt32()));
            Assert.Equal(Math.Round((double)right / labelled, 4), figures.GetProperty("recall").GetDouble());
        }
        // Every labelled toll is right or a miss of its own class: what the text shows, the JSON counts.
        var tolls = root.GetProperty("tolls");
        var tollMisses = root.GetProperty("misses").EnumerateArray().Count(m => m.GetProperty("class").GetString() is "toll source" or "toll value" or "toll missed");
        Assert.Equal(tolls.GetProperty("labelled").GetInt32(), tolls.GetProperty("right").GetInt32() + tollMisses);

        var second = await Cli.RunAsync("eval", "claims", SampleLabels, "--format", "json");
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task Directory_ReadsItsStoriesFiles_AndScoresWhatTheExtractorReads()
    {
        var directory = Directory.CreateDirectory(_temp.File("set")).FullName;
        File.WriteAllText(Path.Combine(directory, "stories-en.txt"), """
            === en-t01 wire
            title: Gunmen kill 7 villagers near Djibo
            text: Gunmen killed seven villagers near Djibo on Monday, a local official said. No group has claimed the attack.
            toll: killed civilians 7 local
            resp: unclaimed
            """);
        File.WriteAllText(Path.Combine(directory, "stories-fr.txt"), """
            === fr-t01 radio
            title: Trois soldats blessés à Ménaka
            text: Trois soldats ont été blessés dans l'explosion d'un engin, selon l'armée.
            toll: wounded soldiers 3 army
            toll: killed soldiers 2 army
            """);
        File.WriteAllText(Path.Combine(directory, "notes.txt"), "not a stories file: left alone");

        var result = await Cli.RunAsync("eval", "claims", directory, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var output = JsonDocument.Parse(result.Out);
        var root = output.RootElement;
        Assert.Equal(2, root.GetProperty("stories").GetInt32());
        Assert.Equal(3, root.GetProperty("tolls").GetProperty("labelled").GetInt32());
        // The two-killed toll is in no sentence: it can only be a miss.
        Assert.Contains(root.GetProperty("misses").EnumerateArray(), m =>
            m.GetProperty("class").GetString() == "toll missed" && m.GetProperty("label").GetString() == "killed soldiers 2 army" && m.GetProperty("story").GetString() == "fr-t01");
        Assert.Equal(1, root.GetProperty("responsibility").GetProperty("byPolarity").GetProperty("unclaimed").GetProperty("labelled").GetInt32());
    }

    [Theory]
    [InlineData("toll: slain soldiers 3 army", ":4: a toll is KIND VICTIMS COUNT SOURCE")]
    [InlineData("toll: killed soldiers many army", ":4: a toll is KIND VICTIMS COUNT SOURCE")]
    [InlineData("resp: blamed jnim", ":4: a statement is POLARITY [ACTOR] [by SOURCE]")]
    [InlineData("resp: unclaimed jnim", ":4: a statement is POLARITY [ACTOR] [by SOURCE]")]
    [InlineData("resp: claimed al-shabaab-sahel", ":4: unknown actor 'al-shabaab-sahel'")]
    [InlineData("source: army", ":4: unknown line")]
    public async Task ALineOutsideTheFormat_IsOneLineNamingFileAndLine_Exit1(string line, string expected)
    {
        var file = _temp.File("bad.txt");
        File.WriteAllText(file, $"=== en-b01 wire\ntitle: A title\ntext: A text.\n{line}\n");
        var result = await Cli.RunAsync("eval", "claims", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        var error = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith($"sahel: {file}{expected}", error);
    }

    [Fact]
    public async Task AnActorOfYourOwn_IsKnownWithYourActorsFile()
    {
        var labels = _temp.File("own.txt");
        File.WriteAllText(labels, "=== en-o01 wire\ntitle: The Koulikoro Vigilance Brigade claims a raid\ntext: The Koulikoro Vigilance Brigade said it had carried out the raid.\nresp: claimed ml-kvb\n");
        var refused = await Cli.RunAsync("eval", "claims", labels);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("unknown actor 'ml-kvb'", refused.Error);

        var actors = _temp.File("actors.json");
        File.WriteAllText(actors, """
            { "version": 1, "actors": [
              { "id": "ml-kvb", "name": "Koulikoro Vigilance Brigade", "kind": "militia", "affiliation": "none", "countries": ["ML"],
                "aliases": { "en": ["Koulikoro Vigilance Brigade"] } } ] }
            """);
        var accepted = await Cli.RunAsync("eval", "claims", labels, "--actors", actors);
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Contains("1 labelled stories (1 en)", accepted.Out);
    }

    [Fact]
    public async Task TheSameStoryInTwoFiles_IsRefused()
    {
        var one = _temp.File("one.txt");
        var two = _temp.File("two.txt");
        foreach (var file in new[] { one, two })
            File.WriteAllText(file, "=== en-d01 wire\ntitle: A title\ntext: A text.\n");
        var result = await Cli.RunAsync("eval", "claims", one, two);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("en-d01: labelled twice", result.Error);
    }

    [Fact]
    public async Task NoPath_IsAUsageMistake_Exit2()
    {
        var result = await Cli.RunAsync("eval", "claims");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task AMissingFile_IsOneLine_Exit1()
    {
        var result = await Cli.RunAsync("eval", "claims", _temp.File("nowhere.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"sahel: {_temp.File("nowhere.txt")}: cannot read the labelled stories: no such file", result.Error.Trim());
    }
}
