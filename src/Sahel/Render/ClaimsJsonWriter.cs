using System.Text.Json;
using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;
using Sahel.Model;

namespace Sahel.Render;

/// <summary>
/// The <c>claims</c> object of a story in every JSON output (docs/schema/claims.v1.schema.json): its tolls with
/// kind, victims, range, qualifier, source and sentence, and its statements of responsibility with their polarity.
/// Read from the story's fullest stored text (the article page when stored, else the feed's summary).
/// </summary>
public static class ClaimsJsonWriter
{
    public static void Write(Utf8JsonWriter json, Story story) =>
        Write(json, ClaimExtractor.Extract(story.Title, string.IsNullOrEmpty(story.FullText) ? story.SummaryHtml : story.FullText, story.Lang));

    public static void Write(Utf8JsonWriter json, StoryClaims claims)
    {
        json.WriteStartObject("claims");
        json.WriteStartArray("tolls");
        foreach (var toll in claims.Tolls)
        {
            json.WriteStartObject();
            json.WriteString("kind", ClaimChanges.Name(toll.Kind));
            StoryJsonWriter.WriteNullable(json, "victims", toll.Victims);
            StoryJsonWriter.WriteNullable(json, "low", toll.Count.Min);
            StoryJsonWriter.WriteNullable(json, "high", toll.Count.Max);
            json.WriteString("qualifier", toll.Count.Qualifier);
            WriteSource(json, "source", toll.Source ?? Attribution.None);
            json.WriteString("sentence", SafeText.Clean(toll.Sentence));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("responsibility");
        // One entry per actor, polarity and who says it: the outcomes a group claims are the incident diff's business.
        foreach (var statement in claims.Responsibility.DistinctBy(r => (r.Actor, r.Polarity, r.By?.Kind, r.By?.Name)))
        {
            json.WriteStartObject();
            StoryJsonWriter.WriteNullable(json, "actor", statement.Actor);
            json.WriteString("polarity", PolarityName(statement.Polarity));
            if (statement.By is { } by)
                WriteSource(json, "by", by);
            else
                json.WriteNull("by");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>claimed, blamed, denied, unclaimed.</summary>
    public static string PolarityName(ResponsibilityPolarity polarity) => polarity.ToString().ToLowerInvariant();

    private static void WriteSource(Utf8JsonWriter json, string name, Attribution source)
    {
        json.WriteStartObject(name);
        json.WriteString("kind", SourceLabel.Id(source.Kind));
        json.WriteString("text", SafeText.Clean(source.Text));
        StoryJsonWriter.WriteNullable(json, "actor", source.Name);
        json.WriteEndObject();
    }
}
