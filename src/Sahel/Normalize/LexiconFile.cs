using System.Text.Json;
using Sahel.Model;

namespace Sahel.Normalize;

/// <summary>Reads places.json and actors.json (docs/gazetteer.md): entries and every name they go by.</summary>
internal static class LexiconFile
{
    public static List<(Place Place, List<string> Names)> ReadPlaces(Stream stream, string name)
    {
        var list = new List<(Place, List<string>)>();
        foreach (var e in Entries(stream, name, "places"))
        {
            var place = new Place(Str(e, "id", name)!, Str(e, "name", name)!, Str(e, "kind", name) ?? "town", Str(e, "country", name),
                Str(e, "region", name), Num(e, "lat"), Num(e, "lon"), e.TryGetProperty("ambiguous", out var a) && a.ValueKind == JsonValueKind.True)
            {
                Capital = e.TryGetProperty("capital", out var c) && c.ValueKind == JsonValueKind.True,
            };
            list.Add((place, Names(e, "names").Append(place.Name).ToList()));
        }
        return list;
    }

    public static List<(Actor Actor, List<string> Names)> ReadActors(Stream stream, string name)
    {
        var list = new List<(Actor, List<string>)>();
        foreach (var e in Entries(stream, name, "actors"))
        {
            var actor = new Actor(Str(e, "id", name)!, Str(e, "name", name)!, Str(e, "kind", name) ?? "militia", Str(e, "affiliation", name), Str(e, "parent", name));
            list.Add((actor, Names(e, "aliases").Append(actor.Name).ToList()));
        }
        return list;
    }

    private static List<JsonElement> Entries(Stream stream, string name, string property)
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            if (!document.RootElement.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
                throw new LexiconException($"{name}: expected an object with a \"{property}\" array (docs/gazetteer.md)");
            return array.EnumerateArray().Select(e => e.Clone()).ToList();
        }
        catch (JsonException e)
        {
            throw new LexiconException($"{name}: not valid JSON: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static IEnumerable<string> Names(JsonElement entry, string property)
    {
        if (!entry.TryGetProperty(property, out var names) || names.ValueKind != JsonValueKind.Object)
            yield break;
        foreach (var language in names.EnumerateObject())
            if (language.Value.ValueKind == JsonValueKind.Array)
                foreach (var value in language.Value.EnumerateArray())
                    if (value.GetString() is { Length: > 0 } text)
                        yield return text;
    }

    private static string? Str(JsonElement e, string property, string file)
    {
        if (!e.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (property is "id" or "name")
                throw new LexiconException($"{file}: an entry has no \"{property}\"");
            return null;
        }
        return value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString();
    }

    private static double? Num(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
