using System.Text.Json;
using Sahel.Extract;

namespace Sahel.Render;

/// <summary>One extracted article for machines (docs/schema/extract.v1.schema.json): every field, nulls included.</summary>
public sealed class ArticleJsonRenderer : IReportRenderer<ArticleReport>
{
    void IReportRenderer<ArticleReport>.Render(ArticleReport report, TextWriter output) => Render(report.Article, report.Source, output);

    public void Render(ExtractedArticle article, string source, TextWriter output)
    {
        JsonEnvelope.Write(output, "extract.v1.schema.json", 1, null, json =>
        {
            json.WriteString("source", SafeText.Clean(source));
            json.WriteBoolean("hasArticle", article.HasArticle);
            WriteText(json, "failure", article.Failure);
            WriteText(json, "title", article.Title);
            json.WriteString("canonicalUrl", SafeText.HttpLink(article.CanonicalUrl));
            StoryJsonWriter.WriteTime(json, "published", article.Published);
            WriteText(json, "publishedFrom", article.PublishedSource);
            StoryJsonWriter.WriteTime(json, "modified", article.Modified);
            WriteText(json, "author", article.Author);
            WriteText(json, "language", article.Language);
            json.WriteString("direction", article.Direction);
            WriteText(json, "siteName", article.SiteName);
            json.WriteString("leadImage", SafeText.HttpLink(article.LeadImage));
            json.WriteString("encoding", article.Encoding);
            json.WriteStartArray("blocks");
            foreach (var block in article.Blocks)
            {
                json.WriteStartObject();
                json.WriteString("kind", KindName(block.Kind));
                json.WriteString("text", SafeText.Clean(block.Text));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("text", PlainText(article));
            json.WriteStartArray("warnings");
            foreach (var warning in article.Warnings)
                json.WriteStringValue(warning);
            json.WriteEndArray();
        });
    }

    /// <summary>The body for scripts: each block cleaned of control and bidi-override characters, blank line between.</summary>
    public static string PlainText(ExtractedArticle article) =>
        string.Join("\n\n", article.Blocks.Select(b => SafeText.Clean(b.Text)).Where(t => t.Length > 0));

    private static void WriteText(Utf8JsonWriter json, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
            json.WriteNull(name);
        else
            json.WriteString(name, SafeText.Clean(value));
    }

    private static string KindName(ArticleBlockKind kind) => kind switch
    {
        ArticleBlockKind.Heading => "heading",
        ArticleBlockKind.ListItem => "listItem",
        ArticleBlockKind.Quote => "quote",
        _ => "paragraph",
    };
}
