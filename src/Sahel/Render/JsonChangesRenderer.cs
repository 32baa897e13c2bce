using System.Text.Json;
using Sahel.Diff.Versions;

namespace Sahel.Render;

/// <summary>`sahel changes --format json` (docs/schema/changes.v1.schema.json): the edited articles of a window.</summary>
public sealed class JsonChangesRenderer : IReportRenderer<ChangesReport>
{
    public void Render(ChangesReport report, TextWriter output)
    {
        JsonEnvelope.Write(output, "changes.v1.schema.json", 1, report.GeneratedAt, json =>
        {
            StoryJsonWriter.WriteTime(json, "since", report.Since);
            StoryJsonWriter.WriteTime(json, "until", report.Until);
            json.WriteStartArray("articles");
            foreach (var article in report.Articles)
                WriteArticle(json, article);
            json.WriteEndArray();
        });
    }

    private static void WriteArticle(Utf8JsonWriter json, ArticleComparison article)
    {
        var story = article.Story;
        json.WriteStartObject();
        json.WriteString("id", story.Key);
        StoryJsonWriter.WriteNullable(json, "url", SafeText.HttpLink(story.Url));
        json.WriteString("title", SafeText.Clean(article.To.Title));
        json.WriteString("outlet", SafeText.Clean(story.Outlet));
        StoryJsonWriter.WriteNullable(json, "lang", story.Lang);
        json.WriteNumber("versions", article.Versions.Count);
        json.WriteString("firstSeen", StoryJsonWriter.Time(article.Versions[0].SeenAt));
        json.WriteStartArray("edited");
        foreach (var version in article.Versions.Where(v => v.Number > article.From.Number && v.Number <= article.To.Number))
            json.WriteStringValue(StoryJsonWriter.Time(version.SeenAt));
        json.WriteEndArray();
        json.WriteNumber("from", article.From.Number);
        json.WriteNumber("to", article.To.Number);
        json.WriteBoolean("titleChanged", article.TitleChanged);
        json.WriteBoolean("textChanged", article.TextChanged);
        json.WriteBoolean("claimsChanged", article.ClaimsChanged);
        JsonArticleDiffRenderer.WriteClaims(json, article.Claims);
        json.WriteEndObject();
    }
}
