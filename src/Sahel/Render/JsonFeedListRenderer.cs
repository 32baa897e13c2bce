using System.Text;
using System.Text.Json;

namespace Sahel.Render;

/// <summary>`sahel feeds list --format json`: each feed with its settings and last fetch status.</summary>
public sealed class JsonFeedListRenderer : IReportRenderer<FeedList>
{
    public void Render(FeedList report, TextWriter output)
    {
        JsonOutput.Write(output, JsonOutput.Options, json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("builtIn", report.BuiltIn);
            json.WriteStartArray("feeds");
            foreach (var feed in report.Feeds)
            {
                json.WriteStartObject();
                json.WriteString("url", feed.Location);
                json.WriteString("name", feed.DisplayName);
                json.WriteString("lang", feed.Lang);
                json.WriteString("country", feed.Country);
                json.WriteString("siteUrl", feed.SiteUrl);
                json.WriteString("lastStatus", feed.LastStatus);
                json.WriteString("lastSuccess", feed.LastSuccessAt is { } at ? StoryJsonWriter.Time(at) : null);
                json.WriteString("lastError", feed.LastError is null ? null : $"{feed.LastErrorStage}: {feed.LastError}");
                json.WriteBoolean("fullText", feed.FullText);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
