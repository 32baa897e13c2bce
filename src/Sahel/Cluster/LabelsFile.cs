using System.Text.Json;

namespace Sahel.Cluster;

/// <summary>
/// A researcher's labels for `sahel eval`: a JSON object mapping story url to an incident label (a string, or
/// null for "no incident"), or to <c>{"incident": label|null, "copyOf": url|null}</c> to label copies too. A
/// labelled set with an <c>items</c> array (url, incident, copyOf) is read as well.
/// </summary>
public sealed record LabelsFile(IReadOnlyDictionary<string, string?> Incidents, IReadOnlyDictionary<string, string> CopyOf)
{
    public static LabelsFile Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new LabelsException($"{path}: cannot read the labels: {e.Message}");
        }
        using (document)
        {
            var incidents = new Dictionary<string, string?>(StringComparer.Ordinal);
            var copyOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                    Add(item.GetProperty("url").GetString()!, item, incidents, copyOf, path);
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in root.EnumerateObject())
                    Add(property.Name, property.Value, incidents, copyOf, path);
            }
            else
            {
                throw new LabelsException($"{path}: expected a JSON object mapping story urls to incident labels");
            }
            return new LabelsFile(incidents, copyOf);
        }
    }

    private static void Add(string url, JsonElement value, Dictionary<string, string?> incidents, Dictionary<string, string> copyOf, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                incidents[url] = value.GetString();
                break;
            case JsonValueKind.Null:
                incidents[url] = null;
                break;
            case JsonValueKind.Object:
                incidents[url] = value.TryGetProperty("incident", out var label) && label.ValueKind == JsonValueKind.String ? label.GetString() : null;
                if (value.TryGetProperty("copyOf", out var original) && original.ValueKind == JsonValueKind.String)
                    copyOf[url] = original.GetString()!;
                break;
            default:
                throw new LabelsException($"{path}: the label of {url} must be a string, null or an object");
        }
    }
}

/// <summary>A labels file that cannot be used; the message names the file and the reason.</summary>
public sealed class LabelsException(string message) : Exception(message);
