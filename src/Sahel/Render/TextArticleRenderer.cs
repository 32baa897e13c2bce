namespace Sahel.Render;

/// <summary>`sahel extract --format text`: the body alone, paragraphs separated by blank lines.</summary>
public sealed class TextArticleRenderer : IReportRenderer<ArticleReport>
{
    public void Render(ArticleReport report, TextWriter output) => output.WriteLine(ArticleJsonRenderer.PlainText(report.Article));
}
