using System.Text.Json;
using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>
/// The article as the page describes it in JSON-LD (schema.org NewsArticle, Article, BlogPosting…), found in
/// any <c>application/ld+json</c> script, inside arrays and <c>@graph</c>. The most trusted metadata a page
/// has: it is written for search engines, not for layout. Broken JSON is ignored.
/// </summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }
    public string? Published { get; init; }
    public string? Modified { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public string? Image { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public string? Body { get; init; }

    public static JsonLdArticle? Find(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement, depth: 0) is { } article)
                    return Read(article);
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is its problem; the other sources of metadata remain.
            }
        }
        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4)
            return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                    return found;
            }
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
            return null;
        if (IsArticleType(element))
            return element;
        if (element.TryGetProperty("@graph", out var graph))
            return FindArticle(graph, depth + 1);
        if (element.TryGetProperty("mainEntity", out var main))
            return FindArticle(main, depth + 1);
        return null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
            return false;
        if (type.ValueKind == JsonValueKind.String)
            return IsArticleTypeName(type.GetString());
        return type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString()));
    }

    private static bool IsArticleTypeName(string? name) =>
        name is not null && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "LiveBlogPosting" or "Report" or "SocialMediaPosting");

    private static JsonLdArticle Read(JsonElement article) => new()
    {
        Headline = Text(article, "headline") ?? Text(article, "name"),
        Published = Text(article, "datePublished") ?? Text(article, "dateCreated"),
        Modified = Text(article, "dateModified"),
        Author = Names(article, "author"),
        Publisher = Names(article, "publisher"),
        Image = UrlOf(article, "image"),
        Url = Text(article, "url") ?? UrlOf(article, "mainEntityOfPage"),
        Language = Text(article, "inLanguage"),
        Body = Text(article, "articleBody"),
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? Whitespace.Collapse(value.GetString()!)
            : null;

    /// <summary>A person or organisation, or several: their names joined with ", ".</summary>
    private static string? Names(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
            return null;
        var names = new List<string>();
        void Add(JsonElement v)
        {
            if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
                names.Add(Whitespace.Collapse(v.GetString()!));
            else if (v.ValueKind == JsonValueKind.Object && Text(v, "name") is { } name)
                names.Add(name);
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
                Add(item);
        }
        else
        {
            Add(value);
        }
        var distinct = names.Where(n => !n.StartsWith("http", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        return distinct.Count == 0 ? null : string.Join(", ", distinct);
    }

    /// <summary>An ImageObject, a URL string, or the first of a list of either.</summary>
    private static string? UrlOf(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Array)
            value = value.EnumerateArray().FirstOrDefault();
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Text(value, "url") ?? Text(value, "@id"),
            _ => null,
        };
    }
}
