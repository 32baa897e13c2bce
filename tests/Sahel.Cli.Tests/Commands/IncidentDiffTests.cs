using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Sahel.Cli.Tests.Commands;

/// <summary>`sahel diff INCIDENT` on the shipped samples: the Kidal–Anéfis ambush, told four ways in three languages.</summary>
public sealed class IncidentDiffTests(ITestOutputHelper log) : IDisposable
{
    private const string Now = "2026-03-15T06:00:00Z";
    private const string Ambush = "inc-cc393ec6f2c02bc2";
    private readonly TempDirectory _temp = new();
    private string Db => _temp.File("sahel.db");

    private async Task SweepSamples()
    {
        var sweep = await new CliRunner(Db).RunAsync("fetch", "--feeds", Path.Combine(RepoPaths.Samples, "feeds.opml"), "--now", Now);
        Assert.True(sweep.ExitCode == 0, sweep.ToString());
    }

    [Fact]
    public async Task Scratch()
    {
        await SweepSamples();
        var list = await new CliRunner(Db).RunAsync("incidents", "--format", "json", "--now", Now);
        foreach (System.Text.Json.JsonElement incident in System.Text.Json.JsonDocument.Parse(list.Out).RootElement.GetProperty("incidents").EnumerateArray())
        {
            var result = await new IncidentDiffRunner(Db).RunAsync(incident.GetProperty("id").GetString()!, "--now", Now);
            var text = result.Out;
            log.WriteLine(text[..text.IndexOf("## Who reported", StringComparison.Ordinal)]);
        }
    }

    public void Dispose() => _temp.Dispose();
}
