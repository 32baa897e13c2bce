using System.Text.Json;
using Xunit;

namespace Sahel.Cli.Tests.Support;

/// <summary>
/// A small structural check of JSON output against its documented schema: every object carries its required
/// fields and no field the schema does not name, recursively through arrays, maps, local $refs and nullable oneOfs.
/// Enough to catch an undocumented or dropped field; not a full JSON Schema validator.
/// </summary>
public static class SchemaCheck
{
    public static void AssertMatches(JsonElement root, JsonElement schema, JsonElement instance, string path)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            if (!target.StartsWith("#/", StringComparison.Ordinal))
                return; // another file's definition (timeline.v1's time): checked by its own tests
            var resolved = root;
            foreach (var part in target[2..].Split('/'))
                resolved = resolved.GetProperty(part);
            AssertMatches(root, resolved, instance, path);
            return;
        }
        if (schema.TryGetProperty("oneOf", out var options))
        {
            if (instance.ValueKind == JsonValueKind.Null)
                return;
            AssertMatches(root, options.EnumerateArray().First(o => !(o.TryGetProperty("type", out var t) && t.GetString() == "null")), instance, path);
            return;
        }
        if (schema.TryGetProperty("enum", out var values))
            Assert.True(values.EnumerateArray().Any(v => v.ToString() == instance.ToString()), $"{path}: '{instance}' is not one of {values}");
        if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
                AssertMatches(root, items, item, $"{path}[{index++}]");
        }
        if (instance.ValueKind == JsonValueKind.Object && !schema.TryGetProperty("properties", out _))
        {
            // A map (byLanguage: {"fr": tally}): its names from propertyNames' enum, its values each as additionalProperties.
            foreach (var field in instance.EnumerateObject())
            {
                if (schema.TryGetProperty("propertyNames", out var names) && names.TryGetProperty("enum", out var allowed))
                    Assert.True(allowed.EnumerateArray().Any(v => v.GetString() == field.Name), $"{path}: '{field.Name}' is not one of {allowed}");
                if (schema.TryGetProperty("additionalProperties", out var valueSchema) && valueSchema.ValueKind == JsonValueKind.Object)
                    AssertMatches(root, valueSchema, field.Value, $"{path}.{field.Name}");
            }
            return;
        }
        if (instance.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties))
            return;
        var documented = properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        foreach (var name in schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!) : [])
            Assert.True(instance.TryGetProperty(name, out _), $"{path}: required '{name}' is missing");
        foreach (var field in instance.EnumerateObject())
        {
            Assert.True(documented.TryGetValue(field.Name, out var fieldSchema), $"{path}: '{field.Name}' is in the output but not in the schema");
            AssertMatches(root, fieldSchema, field.Value, $"{path}.{field.Name}");
        }
    }
}
