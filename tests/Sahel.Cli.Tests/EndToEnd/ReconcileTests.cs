using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Sahel.Cli.Tests.EndToEnd;

/// <summary>
/// `sahel reconcile`: the samples swept into a temporary store, reconciled against the ACLED-format fixtures of
/// samples/acled/ (invented for the project; docs/reconcile.md): what matches, what either side lacks, the
/// disagreements, the three formats and the exit codes.
/// </summary>
public sealed class ReconcileTests : IAsyncLifetime
{
    private const string Now = "2026-03-15T06:00:00Z";
    private readonly TempDirectory _temp = new();
    private CliRunner Cli => new(_temp.File("sahel.db"));

    private static string Export(string name) => Path.Combine(RepoPaths.Samples, "acled", name);

    public async Task InitializeAsync()
    {
        var sweep = await Cli.RunAsync("sweep", "--feeds", Path.Combine(RepoPaths.Samples, "feeds.opml"), "--now", Now, "-o", _temp.File("timeline.md"));
        Assert.Equal(0, sweep.ExitCode);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Markdown_IsApproved_AndTheOldLayoutSaysTheSame()
    {
        var current = await Cli.RunAsync("reconcile", "--acled", Export("acled-current.csv"), "--now", Now);
        Assert.Equal(0, current.ExitCode);
        Assert.Equal("", current.Error);
        Snapshot.Match(current.Out);

        var old = await Cli.RunAsync("reconcile", "--acled", Export("acled-pre2023.csv"), "--now", Now);
        Assert.Equal(0, old.ExitCode);
        Assert.Equal(Lines(current.Out).Skip(3), Lines(old.Out).Skip(3));
        Assert.Contains("pre-2023 layout", old.Out);
    }

    [Fact]
    public async Task Json_SaysWhatMatchesWhatIsMissingAndWhereTheyDisagree_AsItsSchemaDocuments()
    {
        var result = await Cli.RunAsync("reconcile", "--acled", Export("acled-current.csv"), "--format", "json", "--now", Now);
        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Out, new SnapshotNameExtension("json"));
        using var output = JsonDocument.Parse(result.Out);
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", "reconcile.v1.schema.json")));
        SchemaCheck.AssertMatches(schema.RootElement, schema.RootElement, output.RootElement, "$");
        var root = output.RootElement;

        var matched = root.GetProperty("matched").EnumerateArray().ToDictionary(
            m => m.GetProperty("incident").GetProperty("title").GetString()!,
            m => m.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList());
        Assert.Equal(9, matched.Count);
        // A night attack is two ACLED events (one per day); the ambush matches the event coded four days late too.
        Assert.Equal(["CHA9000101", "CHA9000102"], matched["Attack near Ngouboua (Chad)"]);
        Assert.Equal(["MLI9000201", "MLI9000202"], matched["Ambush near Anéfis, Kidal (Mali)"]);
        // Herders taken on the Malian side of the border: reported under Mauritania, coded under Mali, 30 km apart.
        Assert.Equal(["MLI9000401"], matched["Kidnapping near Fassala (Mauritania)"]);
        // The mortar fire on Aguelhok three days after the drone strike there goes to its own incident, not the strike.
        Assert.Equal(["MLI9000301"], matched["Drone or air strike near Aguelhok (Mali)"]);
        Assert.Equal(["MLI9000701"], matched["Shelling near Aguelhok (Mali)"]);

        var ngouboua = root.GetProperty("matched").EnumerateArray().Single(m => m.GetProperty("incident").GetProperty("title").GetString() == "Attack near Ngouboua (Chad)");
        Assert.Equal(9, ngouboua.GetProperty("acledFatalities").GetInt32());
        Assert.Contains(ngouboua.GetProperty("tolls").EnumerateArray(), t => t.GetProperty("source").GetString() == "local sources" && t.GetProperty("position").GetString() == "low-end");

        Assert.Equal(["Attack near Djibo (Burkina Faso)"], root.GetProperty("sahelOnly").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        // Not listed: the protest (not political violence), the Nigerian clash (no Nigerian feed or incident), 2 March (before the stored week).
        Assert.Equal(["MLI9000601", "BFO9000201"], root.GetProperty("acledOnly").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(["date", "place", "actors", "toll"], root.GetProperty("disagreements").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal("current", root.GetProperty("acled").GetProperty("layout").GetString());
    }

    [Fact]
    public async Task ExitCode_IsFiveWithDifferences_AndZeroWhenEverythingMatches()
    {
        var all = await Cli.RunAsync("reconcile", "--acled", Export("acled-current.csv"), "--exit-code", "--now", Now);
        Assert.Equal(5, all.ExitCode);

        // Djibo on 9 March alone: one incident, one event, agreeing on everything.
        var djibo = await Cli.RunAsync("reconcile", "--acled", Export("acled-current.csv"), "--country", "BF", "--since", "2026-03-09", "--until", "2026-03-10", "--exit-code", "--format", "json", "--now", Now);
        Assert.Equal(0, djibo.ExitCode);
        using var json = JsonDocument.Parse(djibo.Out);
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("matched").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("counts").GetProperty("disagreements").GetInt32());
    }

    [Fact]
    public async Task MinFatalities_FiltersOnlyWhatAcledHasAlone()
    {
        var result = await Cli.RunAsync("reconcile", "--acled", Export("acled-current.csv"), "--min-fatalities", "2", "--format", "json", "--now", Now);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["MLI9000601"], json.RootElement.GetProperty("acledOnly").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(9, json.RootElement.GetProperty("counts").GetProperty("matched").GetInt32());
    }

    [Fact]
    public async Task Csv_IsOneTable_ARowPerFinding()
    {
        var result = await Cli.RunAsync("reconcile", "--acled", Export("acled-pre2023.csv"), "--format", "csv", "--now", Now);
        Assert.Equal(0, result.ExitCode);
        var lines = Lines(result.Out).ToList();
        Assert.StartsWith("section,incident_id,incident_title,first_reported,", lines[0]);
        Assert.Equal(11, lines.Count(l => l.StartsWith("matched,", StringComparison.Ordinal)));
        Assert.Equal(1, lines.Count(l => l.StartsWith("sahel-only,", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l.StartsWith("acled-only,", StringComparison.Ordinal)));
        Assert.Equal(4, lines.Count(l => l.StartsWith("disagreement,", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("\"Ambush near Anéfis, Kidal (Mali)\"", StringComparison.Ordinal));
        Snapshot.Match(result.Out, new SnapshotNameExtension("csv"));
    }

    [Fact]
    public async Task MalformedRows_AreLineNumberedWarnings_AndTheRestIsReconciled()
    {
        var result = await Cli.RunAsync("reconcile", "--acled", Export("acled-malformed.csv"), "--now", Now);
        Assert.Equal(0, result.ExitCode);
        var warnings = Lines(result.Error).ToList();
        Assert.Equal(7, warnings.Count);
        Assert.All(warnings, w => Assert.Matches(@"^sahel: .*acled-malformed\.csv:\d+: .+; row skipped$", w));
        Assert.Contains("acled-malformed.csv:4: fatalities 'twelve' is not a whole number", result.Error);
        Assert.Contains("## Rows skipped", result.Out);
        Assert.Contains("| BFO9000101 |", result.Out);
    }

    [Fact]
    public async Task BadInput_IsOneLine_WithTheRightExitCode()
    {
        var missing = await Cli.RunAsync("reconcile", "--acled", _temp.File("nope.csv"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Single(Lines(missing.Error));
        Assert.Contains("nope.csv: cannot read", missing.Error);

        var notAcled = await Cli.RunAsync("reconcile", "--acled", Path.Combine(RepoPaths.Samples, "feeds.opml"));
        Assert.Equal(1, notAcled.ExitCode);
        Assert.Contains("not an ACLED export", notAcled.Error);

        Assert.Equal(2, (await Cli.RunAsync("reconcile")).ExitCode);
        Assert.Equal(2, (await Cli.RunAsync("reconcile", "--acled", Export("acled-current.csv"), "--format", "xlsx")).ExitCode);
        Assert.Equal(2, (await Cli.RunAsync("reconcile", "--acled", Export("acled-current.csv"), "--min-fatalities", "-1")).ExitCode);
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
