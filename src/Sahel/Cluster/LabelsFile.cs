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
        if (Directory.Exists(path))
            throw new LabelsException($"{path}: is a directory, not a labels file");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new LabelsException($"{path}: cannot read the labels: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new LabelsException($"{path}: cannot read the labels: {e.Message.ReplaceLineEndings(" ")}");
        }
        using (document)
        {
            var incidents = new Dictionary<string, string?>(StringComparer.Ordinal);
            var copyOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
                ReadItems(items, incidents, copyOf, path);
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

    /// <summary>
    /// A labelled set: items with a <c>url</c> (or <c>link</c>, as samples/ground-truth.json has), an incident,
    /// and a copy source given as a url (<c>copyOf</c>) or as another item's <c>label</c> (<c>copy_of</c>).
    /// </summary>
    private static void ReadItems(JsonElement items, Dictionary<string, string?> incidents, Dictionary<string, string> copyOf, string path)
    {
        var urlOfLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        var copies = new List<(string Url, string Source)>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            index++;
            if (item.ValueKind != JsonValueKind.Object)
                throw new LabelsException($"{path}: item {index} of \"items\" is not an object");
            var url = Text(item, "url") ?? Text(item, "link")
                ?? throw new LabelsException($"{path}: item {index} of \"items\" has no \"url\" (or \"link\")");
            Add(url, item, incidents, copyOf, path);
            if (Text(item, "label") is { } label)
                urlOfLabel[label] = url;
            if (Text(item, "copy_of") is { } source)
                copies.Add((url, source));
        }
        foreach (var (url, source) in copies)
        {
            if (!copyOf.ContainsKey(url))
                copyOf[url] = urlOfLabel.GetValueOrDefault(source) ?? source;
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

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
