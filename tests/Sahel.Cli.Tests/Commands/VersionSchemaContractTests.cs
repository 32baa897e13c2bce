using System.Text.Json;
using Sahel.Cli.Tests.Support;
using Sahel.Testing;
using Xunit;

namespace Sahel.Cli.Tests.Commands;

/// <summary>
/// docs/schema/diff-article.v1 and changes.v1 are promises to scripts: every field the outputs carry is
/// documented there, and every required field is present.
/// </summary>
public sealed class VersionSchemaContractTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private CliRunner Cli => new(_temp.File("sahel.db"));

    public async Task InitializeAsync()
    {
        var list = _temp.Write("feeds.txt", _temp.File("fr.xml"));
        foreach (var (edited, day) in new[] { (false, 10), (true, 11) })
        {
            File.SetLastWriteTimeUtc(_temp.Write("fr.xml", EditedFeeds.Rss(EditedFeeds.French, edited)), new DateTime(2026, 3, day, 12, 0, 0, DateTimeKind.Utc));
            Assert.Equal(0, (await Cli.RunAsync("fetch", "--feeds", list, "--now", $"2026-03-{day}T12:00:00Z")).ExitCode);
        }
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    private static JsonElement Schema(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", name))).RootElement.Clone();

    [Fact]
    public async Task DiffArticle_MatchesItsSchema()
    {
        var schema = Schema("diff-article.v1.schema.json");
        var output = JsonDocument.Parse((await Cli.RunAsync("diff", EditedFeeds.French.EditedUrl, "--format", "json")).Out).RootElement;
        AssertMatches(schema, output);
        AssertMatches(schema.GetProperty("properties").GetProperty("story"), output.GetProperty("story"));
        AssertMatches(schema.GetProperty("properties").GetProperty("versions").GetProperty("items"), output.GetProperty("versions")[1]);
        AssertMatches(schema.GetProperty("$defs").GetProperty("part"), output.GetProperty("text"));
        AssertMatches(schema.GetProperty("$defs").GetProperty("part").GetProperty("properties").GetProperty("diff").GetProperty("items"), output.GetProperty("text").GetProperty("diff")[0]);
        AssertMatches(schema.GetProperty("$defs").GetProperty("claimChange"), output.GetProperty("claims")[0]);
    }

    [Fact]
    public async Task Changes_MatchesItsSchema()
    {
        var schema = Schema("changes.v1.schema.json");
        var output = JsonDocument.Parse((await Cli.RunAsync("changes", "--format", "json")).Out).RootElement;
        AssertMatches(schema, output);
        AssertMatches(schema.GetProperty("properties").GetProperty("articles").GetProperty("items"), output.GetProperty("articles")[0]);
    }

    private static void AssertMatches(JsonElement schema, JsonElement instance)
    {
        var documented = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var required = schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToList();
        var present = instance.EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(required, name => Assert.Contains(name, present));
        Assert.All(present, name => Assert.True(documented.Contains(name), $"'{name}' is in the output but not in the schema"));
    }
}
