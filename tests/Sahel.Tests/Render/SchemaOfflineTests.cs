using System.Text.Json;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Render;

/// <summary>
/// The JSON Schemas in docs/schema refer to each other. Their $id is their own file name, so a validator that
/// reads them from disk (or from a clone, offline) resolves every reference to the sibling file; an $id that
/// was a web page made validators fetch HTML.
/// </summary>
public sealed class SchemaOfflineTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "docs", "schema");

    [Fact]
    public void SchemaIds_AreTheirFileNames_AndEveryRefResolvesToASiblingFile()
    {
        var files = Directory.GetFiles(Folder, "*.schema.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var schema = JsonDocument.Parse(File.ReadAllText(file));
            Assert.Equal(Path.GetFileName(file), schema.RootElement.GetProperty("$id").GetString());
            foreach (var reference in References(schema.RootElement))
            {
                var hash = reference.IndexOf('#');
                var target = hash < 0 ? reference : reference[..hash];
                var pointer = hash < 0 ? "" : reference[(hash + 1)..];
                Assert.DoesNotContain("://", target);
                var targetFile = target.Length == 0 ? file : Path.Combine(Folder, target);
                Assert.True(File.Exists(targetFile), $"{Path.GetFileName(file)}: $ref {reference} names no file in docs/schema");
                using var targetSchema = JsonDocument.Parse(File.ReadAllText(targetFile));
                var node = targetSchema.RootElement;
                foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
                    Assert.True(node.TryGetProperty(part, out node), $"{Path.GetFileName(file)}: $ref {reference} points at nothing");
            }
        }
    }

    private static IEnumerable<string> References(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "$ref" && property.Value.ValueKind == JsonValueKind.String)
                    yield return property.Value.GetString()!;
                foreach (var nested in References(property.Value))
                    yield return nested;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var nested in References(item))
                    yield return nested;
        }
    }
}
