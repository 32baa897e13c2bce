using System.Text;
using System.Text.Json;
using Sahel.Model;

namespace Sahel.Feeds;

/// <summary>
/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) with JsonDocument: tolerant of wrong value types
/// (a numeric id, an author given as a string), which a typed deserializer would reject wholesale.
/// </summary>
internal static class JsonFeedParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static ParsedFeed Parse(ReadOnlyMemory<byte> utf8, string sourceLocation, List<string> warnings)
    {
        // JsonDocument parses invalid UTF-8 inside strings and only fails when a string is read: repair it up front.
        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            utf8 = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(utf8.Span));
            warnings.Add("invalid UTF-8 replaced");
        }
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new FeedParseException($"malformed JSON{where}: {FirstSentence(e.Message)}", e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FeedParseException("not a feed: JSON that is not an object");
            var version = Str(root, "version");
            var hasItems = root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array;
            if (version is null || !version.StartsWith("https://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
            {
                var feedLike = hasItems || root.TryGetProperty("home_page_url", out _) || root.TryGetProperty("feed_url", out _)
                               || root.TryGetProperty("title", out _);
                if (!feedLike) throw new FeedParseException("not a feed: JSON without a JSON Feed version or items");
                warnings.Add("JSON Feed version missing or unknown; read as 1.1");
            }
            var source = Uri.TryCreate(sourceLocation, UriKind.Absolute, out var s) && LinkResolver.IsHttp(s) ? s : null;
            var home = LinkResolver.Resolve(Str(root, "home_page_url"), source);
            var start = home is not null ? new Uri(home) : LinkResolver.AsBase(Str(root, "feed_url"), source);
            var language = FeedLanguage.Normalise(Str(root, "language"));
            var feedAuthor = AuthorOf(root);
            var parsed = new List<ParsedItem>();
            if (hasItems)
            {
                if (items.GetArrayLength() > FeedLimits.MaxItems) throw FeedLimits.TooManyItems();
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object) parsed.Add(MapItem(item, start, feedAuthor));
                }
            }
            return new ParsedFeed(FeedFormat.JsonFeed, FeedText.Title(Str(root, "title")), home, language, parsed, warnings);
        }
    }

    private static ParsedItem MapItem(JsonElement item, Uri? start, string? feedAuthor)
    {
        var contentHtml = Str(item, "content_html") ?? FeedText.Html(Str(item, "content_text"));
        return new ParsedItem
        {
            Guid = FeedText.Collapse(Str(item, "id")),
            Link = LinkResolver.Resolve(Str(item, "url"), start) ?? LinkResolver.Resolve(Str(item, "external_url"), start),
            // Plain text by definition, but feeds put HTML and entities there too ("&#039;"): cleaned as in RSS and Atom.
            Title = FeedText.Title(Str(item, "title")),
            SummaryHtml = FeedText.Html(Str(item, "summary")),
            ContentHtml = string.IsNullOrWhiteSpace(contentHtml) ? null : contentHtml.Trim(),
            Author = AuthorOf(item) ?? feedAuthor,
            Categories = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => FeedText.Title(t.GetString())).OfType<string>().Distinct().ToList()
                : [],
            // The item's own declaration only: the feed's is a weaker prior, weighed against the text later (StoryLanguage).
            Language = FeedLanguage.Normalise(Str(item, "language")),
            Published = FeedDateParser.ParseOrNull(Str(item, "date_published")),
            Updated = FeedDateParser.ParseOrNull(Str(item, "date_modified")),
        };
    }

    /// <summary>1.1 <c>authors[]</c> (names joined), else 1.0 <c>author</c>; a bare string is accepted as a name.</summary>
    private static string? AuthorOf(JsonElement e)
    {
        if (e.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var names = authors.EnumerateArray().Select(PersonName).OfType<string>().Distinct().ToList();
            if (names.Count > 0) return string.Join(", ", names);
        }
        return e.TryGetProperty("author", out var author) ? PersonName(author) : null;
    }

    private static string? PersonName(JsonElement p) => p.ValueKind switch
    {
        JsonValueKind.Object => FeedText.Name(Str(p, "name")),
        JsonValueKind.String => FeedText.Name(p.GetString()),
        _ => null,
    };

    /// <summary>A property as a string; numbers are accepted (ids are often numeric), other kinds are not.</summary>
    private static string? Str(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => Limited(v.GetString()),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    private static string? Limited(string? s) =>
        s is { Length: > FeedLimits.MaxTextLength } ? throw FeedLimits.TextTooLong(s.Length) : s;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal) is > 0 and var l ? l : message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
