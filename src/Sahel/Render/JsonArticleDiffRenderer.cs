using System.Text.Json;
using Sahel.Diff.Versions;

namespace Sahel.Render;

/// <summary>
/// `sahel diff URL --format json` (docs/schema/diff-article.v1.schema.json): the article, its versions, and the
/// compared pair's title and text diffs as exact runs (same + removed spell the old text, same + added the
/// new) and the claims that changed.
/// </summary>
public sealed class JsonArticleDiffRenderer : IReportRenderer<ArticleDiffReport>
{
    void IReportRenderer<ArticleDiffReport>.Render(ArticleDiffReport report, TextWriter output) => Render(report.Diff, report.GeneratedAt, output);

    public void Render(ArticleComparison diff, DateTimeOffset generatedAt, TextWriter output)
    {
        JsonEnvelope.Write(output, "diff-article.v1.schema.json", 1, generatedAt, json =>
        {
            WriteStory(json, diff);
            json.WriteStartArray("versions");
            foreach (var version in diff.Versions)
            {
                json.WriteStartObject();
                json.WriteNumber("version", version.Number);
                json.WriteString("seenAt", StoryJsonWriter.Time(version.SeenAt));
                json.WriteString("title", SafeText.Clean(version.Title));
                StoryJsonWriter.WriteNullable(json, "link", SafeText.HttpLink(version.Link));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("from", diff.From.Number);
            json.WriteNumber("to", diff.To.Number);
            json.WriteBoolean("changed", diff.Changed);
            WritePart(json, "title", diff.Title);
            WritePart(json, "text", diff.Text);
            WriteClaims(json, diff.Claims);
        });
    }

    /// <summary>The claims that changed, as `claims[]` of both diff-article and changes documents.</summary>
    internal static void WriteClaims(Utf8JsonWriter json, IReadOnlyList<Diff.Claims.ClaimChange> changes)
    {
        json.WriteStartArray("claims");
        foreach (var change in changes)
        {
            json.WriteStartObject();
            json.WriteString("kind", change.Kind);
            StoryJsonWriter.WriteNullable(json, "before", change.Before);
            StoryJsonWriter.WriteNullable(json, "after", change.After);
            json.WriteString("description", change.Description);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteStory(Utf8JsonWriter json, ArticleComparison diff)
    {
        var story = diff.Story;
        json.WriteStartObject("story");
        json.WriteString("id", story.Key);
        StoryJsonWriter.WriteNullable(json, "url", SafeText.HttpLink(story.Url));
        json.WriteString("title", SafeText.Clean(story.Title));
        json.WriteString("outlet", SafeText.Clean(story.Outlet));
        json.WriteString("feed", SafeText.PublicLocation(story.FeedUrl));
        StoryJsonWriter.WriteNullable(json, "lang", story.Lang);
        json.WriteString("published", StoryJsonWriter.Time(story.Published));
        json.WriteEndObject();
    }

    // The runs come from ComparableText, which already removed control and bidi characters: written as they are,
    // so they stay exact.
    private static void WritePart(Utf8JsonWriter json, string name, IReadOnlyList<DiffRun> runs)
    {
        json.WriteStartObject(name);
        json.WriteBoolean("changed", WordDiff.HasChanges(runs));
        json.WriteString("before", string.Concat(runs.Where(r => r.Op != DiffOp.Added).Select(r => r.Text)));
        json.WriteString("after", string.Concat(runs.Where(r => r.Op != DiffOp.Removed).Select(r => r.Text)));
        json.WriteStartArray("diff");
        foreach (var run in runs)
        {
            json.WriteStartObject();
            json.WriteString("op", run.Op switch { DiffOp.Removed => "removed", DiffOp.Added => "added", _ => "same" });
            json.WriteString("text", run.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
