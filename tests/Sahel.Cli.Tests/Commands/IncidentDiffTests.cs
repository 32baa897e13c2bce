using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>
/// `sahel diff INCIDENT` on the shipped samples (swept offline into a temp store): the Kidal–Anéfis ambush of
/// 10 March 2026, told by six outlets in French, Arabic and English, three of them copies.
/// </summary>
public sealed class IncidentDiffTests : IDisposable
{
    private const string Now = "2026-03-15T06:00:00Z";
    private const string Ambush = "inc-cc393ec6f2c02bc2";
    private readonly TempDirectory _temp = new();
    private string Db => _temp.File("sahel.db");
    private IncidentDiffRunner Diff => new(Db);

    private async Task SweepSamples()
    {
        var sweep = await new CliRunner(Db).RunAsync("fetch", "--feeds", Path.Combine(RepoPaths.Samples, "feeds.opml"), "--now", Now);
        Assert.True(sweep.ExitCode == 0, sweep.ToString());
    }

    [Fact]
    public async Task TheAmbush_ShowsTheDisagreementAResearcherWouldWriteByHand()
    {
        await SweepSamples();
        var result = await Diff.RunAsync(Ambush, "--now", Now);
        Assert.True(result.ExitCode == 0, result.ToString());
        var summary = result.Out.Split('\n').Single(line => line.StartsWith("- **killed (soldiers)", StringComparison.Ordinal));
        // army 5, local sources at least 12, the wire's security source at least 20, the FLA "dozens".
        Assert.StartsWith("- **killed (soldiers): 5–20+** — ", summary);
        Assert.Contains("FAMa 5 (via ", summary);
        Assert.Contains("local sources ≥ 12 (via Le Tamarinier (fr), أخبار الرمال (Akhbar al-Rimal) (ar))", summary);
        Assert.Contains("security sources ≥ 20 (via Harmattan Wire (en), repeated by Acacia Brief, The Niger Bend Review)", summary);
        Assert.Contains("FLA dozens (via ", summary);
        Assert.Contains("- the **FLA** claims the attack on the convoy (FAMa): destroyed, seized", result.Out);
        Assert.Contains("**The accounts disagree.**", result.Out);
        Assert.Contains("- first: **2026-03-10 11:50** صدى الحوض (Sada El Hodh) (ar)", result.Out);
        Assert.Contains("The Niger Bend Review (2026-03-10 16:40) repeated Harmattan Wire (2026-03-10 13:05)", result.Out);
    }

    [Fact]
    public async Task TheAmbush_InMarkdownAndJson_IsApproved()
    {
        await SweepSamples();
        var markdown = await Diff.RunAsync(Ambush, "--now", Now);
        Snapshot.Match(markdown.Out, new SnapshotNameExtension("md"));
        var json = await Diff.RunAsync(Ambush, "--format", "json", "--now", Now);
        Snapshot.Match(json.Out.Replace(SahelVersion.Version, "VERSION"), new SnapshotNameExtension("json"));
    }

    /// <summary>
    /// Two more incidents a person reads: the Fassala abduction (relatives' four beside the officials' three, blames by local
    /// sources, two denials) and the Ménaka attack (security and local sources blaming ISSP together).
    /// </summary>
    [Theory]
    [InlineData("inc-09078eea7efe479e", "fassala")]
    [InlineData("inc-ffc5dea7ea9aecdf", "menaka")]
    public async Task OtherIncidents_InMarkdown_AreApproved(string incident, string name)
    {
        await SweepSamples();
        var markdown = await Diff.RunAsync(incident, "--now", Now);
        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        Snapshot.Match(markdown.Out, new SnapshotNameExtension(name));
    }

    [Fact]
    public async Task TheJson_CarriesExactlyTheFieldsTheSchemaNames()
    {
        await SweepSamples();
        var result = await Diff.RunAsync(Ambush, "--format", "json", "--now", Now);
        using var output = JsonDocument.Parse(result.Out);
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", "diff-incident.v2.schema.json")));
        SchemaCheck.AssertMatches(schema.RootElement, schema.RootElement, output.RootElement, "$");
        Assert.True(output.RootElement.GetProperty("disagree").GetBoolean());
        Assert.Equal(9, output.RootElement.GetProperty("accounts").GetArrayLength());
    }

    [Fact]
    public async Task ExitCode_IsFiveWhenTheAccountsDisagree_AndZeroWhenTheyDoNot()
    {
        await SweepSamples();
        var disagreeing = await Diff.RunAsync(Ambush, "--exit-code", "--now", Now);
        Assert.Equal(ExitCodes.DifferencesFound, disagreeing.ExitCode);

        // The Djibo supply convoy (I10): trucks burnt, no figure, no claim: nothing to disagree about.
        var incidents = await new CliRunner(Db).RunAsync("incidents", "--format", "json", "--now", Now);
        var quiet = JsonDocument.Parse(incidents.Out).RootElement.GetProperty("incidents").EnumerateArray()
            .Single(i => i.GetProperty("stories").EnumerateArray().Any(s => s.GetProperty("url").GetString()!.Contains("convoi-ravitaillement", StringComparison.Ordinal)));
        var agreeing = await Diff.RunAsync(quiet.GetProperty("id").GetString()!, "--exit-code", "--now", Now);
        Assert.True(agreeing.ExitCode == 0, agreeing.ToString());
        Assert.Contains("No account gives a figure or a claim.", agreeing.Out);
    }

    [Fact]
    public async Task AnUnknownId_IsOneLineAndExitsOne()
    {
        await SweepSamples();
        var result = await Diff.RunAsync("inc-0000000000000000", "--now", Now);
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal("", result.Out);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("sahel: no incident 'inc-0000000000000000' in the store as of 2026-03-15 06:00 UTC;", line);
    }

    [Fact]
    public async Task OutputFile_IsWrittenWhole()
    {
        await SweepSamples();
        var file = _temp.File("ambush.md");
        var result = await Diff.RunAsync(Ambush, "-o", file, "--now", Now);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("# Accounts of Ambush near Anéfis, Kidal (Mali)", await File.ReadAllTextAsync(file));
    }

    public void Dispose() => _temp.Dispose();
}
