using System.Text.Json;

namespace Sahel.Render;

/// <summary>
/// What every JSON document sahel writes starts with (its schema, the schema's version, the generator and, for
/// reports, when it was generated) and how it reaches the output: one UTF-8 document, then a newline.
/// </summary>
internal static class JsonEnvelope
{
    /// <param name="schemaFile">The schema's file name under docs/schema/, e.g. <c>timeline.v1.schema.json</c>.</param>
    /// <param name="generatedAt">Null for documents that describe a page rather than the store at a time.</param>
    public static void Write(TextWriter output, string schemaFile, int schemaVersion, DateTimeOffset? generatedAt, Action<Utf8JsonWriter> body)
    {
        JsonOutput.Write(output, JsonOutput.Options, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", $"{SahelVersion.ProjectUrl}/blob/main/docs/schema/{schemaFile}");
            json.WriteNumber("schemaVersion", schemaVersion);
            json.WriteString("generator", $"sahel {SahelVersion.Version}");
            if (generatedAt is { } at)
                json.WriteString("generatedAt", StoryJsonWriter.Time(at));
            body(json);
            json.WriteEndObject();
        });
    }
}
