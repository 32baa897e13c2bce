using System.Text.Json;
using CsvHelper;
using Sahel.Cli.Tests.Support;
using Sahel.Render.Tables;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>
/// `--format csv`, `--format acled` and `--format geojson` on the samples: approved output, read back by an
/// independent RFC 4180 reader (CsvHelper) and by GDAL's ogrinfo with typed fields.
/// </summary>
public sealed class TableFormatTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private const string Now = SampleStore.Now;

    [Theory]
    [InlineData("csv")]
    [InlineData("acled")]
    [InlineData("geojson")]
    public async Task Incidents_AreApproved(string format)
    {
        var result = await samples.Cli.RunAsync("incidents", "--format", format, "--now", Now);
        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Out, new SnapshotNameExtension(format));
    }

    [Fact]
    public async Task StoriesCsv_IsApproved()
    {
        var result = await samples.Cli.RunAsync("stories", "--format", "csv", "--since", "2026-03-11", "--until", "2026-03-12");
        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Out);
    }

    [Theory]
    [InlineData("incidents", "csv")]
    [InlineData("incidents", "acled")]
    [InlineData("stories", "csv")]
    public async Task Csv_IsRfc4180_WithAHeaderAndOneRowPerRecord(string command, string format)
    {
        var result = await samples.Cli.RunAsync(command, "--format", format, "--now", Now);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\r\n", result.Out);
        var rows = ReadCsv(result.Out);
        var header = rows[0];
        Assert.Equal(format == "acled" ? AcledRenderer.Columns : command == "stories" ? CsvStoriesRenderer.Columns : CsvIncidentsRenderer.Columns, header);
        Assert.All(rows, row => Assert.Equal(header.Length, row.Length));
        var expected = command == "stories"
            ? JsonDocument.Parse((await samples.Cli.RunAsync("stories", "--format", "json")).Out).RootElement.GetProperty("stories").GetArrayLength()
            : JsonDocument.Parse((await samples.Cli.RunAsync("incidents", "--format", "json", "--now", Now)).Out).RootElement.GetProperty("incidents").GetArrayLength();
        Assert.Equal(expected, rows.Count - 1);
    }

    [Fact]
    public async Task Acled_FollowsTheCodebook_OnTheAnefisAmbush()
    {
        var rows = ReadCsv((await samples.Cli.RunAsync("incidents", "--format", "acled", "--now", Now)).Out);
        var columns = rows[0].Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        var anefis = rows.Single(r => r[columns["event_id_cnty"]] == "inc-cc393ec6f2c02bc2");
        Assert.Equal("2026-03-10", anefis[columns["event_date"]]);
        Assert.Equal("Battles", anefis[columns["event_type"]]);
        Assert.Equal("Armed clash", anefis[columns["sub_event_type"]]);
        Assert.Equal("FLA", anefis[columns["actor1"]]);
        Assert.Equal("FAMa", anefis[columns["actor2"]]);
        Assert.Equal("Mali", anefis[columns["country"]]);
        Assert.Equal("Kidal", anefis[columns["admin1"]]);
        Assert.Equal("Anéfis", anefis[columns["location"]]);
        Assert.Equal("1", anefis[columns["geo_precision"]]);
        // The lowest credible figure per group of victims: soldiers 5 (the army's), attackers about 30.
        Assert.Equal("35", anefis[columns["fatalities"]]);
        Assert.All(rows.Skip(1), row => Assert.Contains(row[columns["geo_precision"]], (string[])["1", "2", "3"]));
    }

    [SkippableFact]
    public async Task GeoJson_IsReadByOgrinfo_WithTypedFields_AndLongitudeFirst()
    {
        var ogrinfo = ExternalTool.Require("ogrinfo", "gdal-bin");
        var file = samples.Temp.File("incidents.geojson");
        Assert.Equal(0, (await samples.Cli.RunAsync("incidents", "--format", "geojson", "--now", Now, "-o", file)).ExitCode);
        var summary = ExternalTool.Run(ogrinfo, ["-ro", "-so", "-al", file]);
        Assert.True(summary.ExitCode == 0, summary.Error);
        foreach (var field in (string[])["id: String", "firstReported: DateTime", "lastReported: DateTime", "killedLow: Integer", "reports: Integer", "outlets: Integer", "tollsBySource: String(JSON)"])
            Assert.Contains(field, summary.Out);
        Assert.Contains("Geometry: Point", summary.Out);
        var features = ExternalTool.Run(ogrinfo, ["-ro", "-al", "-q", "-where", "id = 'inc-cc393ec6f2c02bc2'", file]);
        Assert.Contains("POINT (0.6 18.05)", features.Out); // Anéfis: longitude 0.6, latitude 18.05
        Assert.Contains("place (String) = Anéfis", features.Out);
    }

    [Fact]
    public async Task GeoJson_ListsAnIncidentWithoutCoordinates_WithANullGeometry()
    {
        // Anéfis as the shipped gazetteer has it, but without coordinates.
        var gazetteer = samples.Temp.Write("places.json", """
            { "version": 1, "places": [ { "id": "ml-anefis", "name": "Anéfis", "kind": "base", "country": "ML", "region": "Kidal",
              "lat": null, "lon": null, "precision": "medium",
              "names": { "fr": ["Anéfis", "Anefis"], "en": ["Anéfis", "Anefis"], "ar": ["أنفيس", "أنيفيس"] }, "ambiguous": false } ] }
            """);
        var result = await samples.Cli.RunAsync("incidents", "--format", "geojson", "--now", Now, "--gazetteer", gazetteer);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Out);
        var features = document.RootElement.GetProperty("features").EnumerateArray().ToList();
        var anefis = features.First(f => f.GetProperty("properties").GetProperty("place").GetString() == "Anéfis");
        Assert.Equal(JsonValueKind.Null, anefis.GetProperty("geometry").ValueKind);
        Assert.All(features.Where(f => f.GetProperty("geometry").ValueKind != JsonValueKind.Null), f =>
            Assert.Equal(2, f.GetProperty("geometry").GetProperty("coordinates").GetArrayLength()));
    }

    [Fact]
    public async Task GeoJson_WithFlat_IsAUsageError()
    {
        var result = await samples.Cli.RunAsync("timeline", "--flat", "--format", "geojson");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--flat", result.Error);
    }

    internal static List<string[]> ReadCsv(string text)
    {
        // CsvHelper in its RFC 4180 mode, the header read as a row like the others.
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }
}
