using System.Text.Json;

namespace Sahel.Store;

/// <summary>Stories' categories are stored as a JSON array of strings, on every backend.</summary>
public static class StoryCategories
{
    /// <summary>Parses a stored categories array (<see cref="Model.CategoryList"/>).</summary>
    public static IReadOnlyList<string> Parse(string json) => Model.CategoryList.Parse(json);

    public static string Write(IReadOnlyList<string> categories) =>
        categories.Count == 0 ? "[]" : JsonSerializer.Serialize(categories, StoreJson.Default.IReadOnlyListString);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StoreJson : System.Text.Json.Serialization.JsonSerializerContext;
