using System.Text.Json;
using Sahel.Render;
using Sahel.Testing;
using Sahel.Tests.Extract;
using Xunit;

namespace Sahel.Tests.Render;

/// <summary>docs/schema/extract.v1.schema.json names exactly the fields `sahel extract --format json` writes, with or without an article.</summary>
public sealed class ExtractJsonSchemaContractTests
{
    private static JsonElement Schema() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", "extract.v1.schema.json"))).RootElement;

    private static JsonElement Output(string page)
    {
        using var writer = new StringWriter();
        new ArticleJsonRenderer().Render(PageFixtures.Extract(page), page, writer);
        return JsonDocument.Parse(writer.ToString()).RootElement.Clone();
    }

    [Theory]
    [InlineData("en-harmattanwire-convoy")]
    [InlineData("fr-letamarinier-rubrique-securite")]
    public void TopLevel_MatchesTheSchema(string page)
    {
        var schema = Schema();
        var output = Output(page);
        AssertMatches(schema, output);
        foreach (var block in output.GetProperty("blocks").EnumerateArray())
            AssertMatches(schema.GetProperty("properties").GetProperty("blocks").GetProperty("items"), block);
    }

    [Fact]
    public void BlockKinds_AreTheDocumentedOnes()
    {
        var kinds = Schema().GetProperty("properties").GetProperty("blocks").GetProperty("items").GetProperty("properties")
            .GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        var written = Output("en-harmattanwire-convoy").GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("kind").GetString()).ToHashSet();

        Assert.Equal(kinds, written); // the English page has all four kinds
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
