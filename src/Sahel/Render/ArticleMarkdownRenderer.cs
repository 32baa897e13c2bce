using System.Globalization;
using Sahel.Extract;

namespace Sahel.Render;

/// <summary>
/// One extracted article for people: the title, a list of its metadata, then the body with its headings,
/// lists and quotes as Markdown. Every piece of page text is escaped (it is hostile input); an Arabic body
/// is wrapped in <c>&lt;div dir="rtl"&gt;</c> so it renders right to left.
/// </summary>
public sealed class ArticleMarkdownRenderer : IReportRenderer<ArticleReport>
{
    void IReportRenderer<ArticleReport>.Render(ArticleReport report, TextWriter output) => Render(report.Article, output);

    public void Render(ExtractedArticle article, TextWriter output)
    {
        output.WriteLine("# " + (string.IsNullOrWhiteSpace(article.Title) ? "(untitled)" : MarkdownText.Escape(article.Title)));
        output.WriteLine();
        WriteField(output, "Published", Time(article.Published));
        WriteField(output, "Modified", Time(article.Modified));
        WriteField(output, "Author", MarkdownText.Escape(article.Author));
        WriteField(output, "Site", MarkdownText.Escape(article.SiteName));
        WriteField(output, "Language", article.Language is null ? null : $"{MarkdownText.Escape(article.Language)} ({article.Direction})");
        WriteField(output, "URL", SafeText.HttpLink(article.CanonicalUrl) is { } url ? $"<{url}>" : null);
        WriteField(output, "Image", SafeText.HttpLink(article.LeadImage) is { } image ? $"<{image}>" : null);
        WriteField(output, "Encoding", article.Encoding);
        output.WriteLine();
        if (!article.HasArticle)
        {
            output.WriteLine("_No article body: " + MarkdownText.Escape(article.Failure) + "_");
            return;
        }
        var rtl = article.Direction == "rtl";
        if (rtl)
        {
            output.WriteLine("<div dir=\"rtl\">");
            output.WriteLine();
        }
        foreach (var block in article.Blocks)
        {
            var text = MarkdownText.EscapeBlock(block.Text);
            output.WriteLine(block.Kind switch
            {
                ArticleBlockKind.Heading => "## " + text,
                ArticleBlockKind.ListItem => "- " + text,
                ArticleBlockKind.Quote => "> " + text,
                _ => text,
            });
            output.WriteLine();
        }
        if (rtl)
            output.WriteLine("</div>");
    }

    private static void WriteField(TextWriter output, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            output.WriteLine($"- **{name}:** {value}");
    }

    private static string? Time(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
