using System.Globalization;
using System.Text.Json;
using Sahel.Model;

namespace Sahel.Render;

/// <summary>
/// The story object of every JSON output (timeline, stories, ndjson), field names fixed by
/// docs/schema/timeline.v1.schema.json. Arabic and accented text stays readable; HTML-significant characters
/// are escaped so the JSON is safe to embed.
/// </summary>
public static class StoryJsonWriter
{
    /// <summary>The options of every JSON document; write them through <see cref="JsonOutput"/>.</summary>
    public static readonly JsonWriterOptions Options = JsonOutput.Options;

    /// <param name="incidents">When stories were grouped: adds <c>incident</c> and <c>duplicateOf</c>.</param>
    /// <param name="details">When digests read them: adds <c>gloss</c>, and <c>titleEnglish</c> for a translated title.</param>
    public static void Write(Utf8JsonWriter json, Story story, Cluster.IncidentSet? incidents = null, Digest.DigestDetails? details = null)
    {
        json.WriteStartObject();
        WriteOwnFields(json, story, details);
        if (incidents is not null)
            WriteGrouping(json, story, incidents);
        json.WriteEndObject();
    }

    /// <summary>
    /// The fields that depend only on the story and the digest's reading of it (its claims and gloss), not on
    /// how it is grouped: what <see cref="StoryObjectCache"/> keeps from one digest to the next.
    /// </summary>
    internal static void WriteOwnFields(Utf8JsonWriter json, Story story, Digest.DigestDetails? details)
    {
        json.WriteString("id", story.Key);
        WriteNullable(json, "url", SafeText.HttpLink(story.Url));
        json.WriteString("title", SafeText.Clean(story.Title));
        // Digests only (timeline, incidents): absent, not null, from `stories`.
        if (details?.GlossOf(story) is { } gloss)
            json.WriteString("gloss", gloss);
        if (details?.EnglishTitleOf(story) is { } english)
            json.WriteString("titleEnglish", SafeText.Clean(english));
        json.WriteString("outlet", SafeText.Clean(story.Outlet));
        json.WriteString("feed", SafeText.PublicLocation(story.FeedUrl));
        WriteNullable(json, "lang", story.Lang);
        WriteNullable(json, "country", story.Country);
        json.WriteString("published", Time(story.Published));
        json.WriteBoolean("publishedEstimated", story.PublishedIsEstimated);
        WriteNullable(json, "updated", story.Updated is { } updated ? Time(updated) : null);
        json.WriteString("firstSeen", Time(story.FirstSeen));
        json.WriteString("lastSeen", Time(story.LastSeen));
        WriteNullable(json, "author", story.Author is null ? null : SafeText.Clean(story.Author));
        json.WriteStartArray("categories");
        foreach (var category in story.Categories)
            json.WriteStringValue(SafeText.Clean(category));
        json.WriteEndArray();
        WriteNullable(json, "summary", string.IsNullOrEmpty(story.Summary) ? null : SafeText.Clean(story.Summary));
        // Only for stories whose article page was stored (`fetch --full-text`): absent, not null, otherwise.
        if (!string.IsNullOrEmpty(story.FullText))
            json.WriteString("fullText", CleanParagraphs(story.FullText));
        if (story.Versions > 1)
        {
            // Only for edited articles: most stories never are, and the schema makes both optional.
            json.WriteNumber("versions", story.Versions);
            WriteTime(json, "edited", story.LastEdited);
        }
        // The claims the digest already read (the same text its glosses and figures come from), else read now.
        if (details?.Claims.GetValueOrDefault(story.Id) is { } claims)
            ClaimsJsonWriter.Write(json, claims);
        else
            ClaimsJsonWriter.Write(json, story);
    }

    /// <summary>The story's incident and the story it copies: these change when incidents merge, the rest does not.</summary>
    internal static void WriteGrouping(Utf8JsonWriter json, Story story, Cluster.IncidentSet incidents)
    {
        WriteNullable(json, "incident", incidents.IncidentOf(story)?.Id);
        WriteNullable(json, "duplicateOf", incidents.OriginalOf(story) is { } original ? SafeText.HttpLink(original.Url) ?? original.Key : null);
    }

    /// <summary>Each paragraph cleaned as one line, the blank lines between them kept.</summary>
    private static string CleanParagraphs(string text) =>
        string.Join("\n\n", text.Split("\n\n").Select(SafeText.Clean).Where(p => p.Length > 0));

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>An instant as RFC 3339 UTC, or null.</summary>
    public static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time) =>
        WriteNullable(json, name, time is { } value ? Time(value) : null);

    /// <summary>A string, or null.</summary>
    internal static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }

    /// <summary>A number, or null.</summary>
    /// <summary>A point as two numbers, or both null when either is unknown (a half point places nothing).</summary>
    internal static void WriteCoordinates(Utf8JsonWriter json, string latName, string lonName, double? lat, double? lon)
    {
        if (lat is { } latitude && lon is { } longitude)
        {
            json.WriteNumber(latName, latitude);
            json.WriteNumber(lonName, longitude);
        }
        else
        {
            json.WriteNull(latName);
            json.WriteNull(lonName);
        }
    }

    internal static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
            json.WriteNumber(name, number);
        else
            json.WriteNull(name);
    }
}
