using System.Text;
using System.Text.Json;

namespace Sahel.Model;

/// <summary>
/// Reads the JSON array of strings the store keeps categories in. Most are empty, which skips the reader; a
/// malformed value reads as no categories rather than failing a timeline.
/// </summary>
public static class CategoryList
{
    public static IReadOnlyList<string> Parse(string json)
    {
        if (json is "[]" or "")
            return [];
        var categories = new List<string>();
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.String)
                    categories.Add(reader.GetString()!);
            }
        }
        catch (JsonException)
        {
            return [];
        }
        return categories;
    }
}
