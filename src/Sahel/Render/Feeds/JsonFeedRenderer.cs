using System.Text;
using System.Text.Json;

namespace Sahel.Render.Feeds;

/// <summary>
/// Digests as JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the same entries as the Atom output, one item per
/// incident (or story) with its tag: id, url, title, summary, HTML content, dates, language, authors and tags.
/// docs/feeds.md; checked against docs/schema/jsonfeed-1.1.schema.json.
/// </summary>
public sealed class JsonFeedRenderer : IReportRenderer<Timeline.Timeline>, IReportRenderer<IncidentReport>
{
    public void Render(Timeline.Timeline report, TextWriter output) => Render(DigestFeedBuilder.From(report), output);

    public void Render(IncidentReport report, TextWriter output) => Render(DigestFeedBuilder.From(report), output);

    public static void Render(DigestFeed feed, TextWriter output)
    {
        JsonOutput.Write(output, JsonOutput.Options, json =>
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", SahelVersion.ProjectUrl);
            json.WriteString("description", feed.Subtitle);
            json.WriteString("language", "en");
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", "sahel");
            json.WriteString("url", SahelVersion.ProjectUrl);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var entry in feed.Entries)
                Item(json, entry);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Item(Utf8JsonWriter json, FeedEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        if (entry.Link is { } link)
            json.WriteString("url", link);
        json.WriteString("title", entry.Title);
        json.WriteString("summary", entry.Summary);
        json.WriteString("content_html", entry.Html);
        json.WriteString("date_published", StoryJsonWriter.Time(entry.Published));
        json.WriteString("date_modified", StoryJsonWriter.Time(entry.Updated));
        if (entry.Language is { } language)
            json.WriteString("language", language);
        if (entry.Author is { Length: > 0 } author)
        {
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", author);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        if (entry.Tags.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in entry.Tags)
                json.WriteStringValue(tag);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
