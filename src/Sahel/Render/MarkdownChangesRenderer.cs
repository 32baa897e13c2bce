using Humanizer;
using Sahel.Diff.Versions;

namespace Sahel.Render;

/// <summary>
/// `sahel changes` for people: one line per edited article, oldest edit first, with its outlet, versions,
/// when it was edited and what changed (title, text, and each changed claim), and the id `sahel diff` takes.
/// </summary>
public sealed class MarkdownChangesRenderer : IReportRenderer<ChangesReport>
{
    public void Render(ChangesReport report, TextWriter output)
    {
        output.WriteLine("# Edited articles");
        output.WriteLine();
        output.WriteLine(report.Articles.Count == 0
            ? $"No article edited {MarkdownTime.Window(report.Since, report.Until)}."
            : $"{"article".ToQuantity(report.Articles.Count)} edited {MarkdownTime.Window(report.Since, report.Until)}. Times are UTC; `sahel diff ID` shows the edits word by word.");
        if (report.Articles.Count == 0)
            return;
        output.WriteLine();
        foreach (var article in report.Articles)
            output.WriteLine(Line(article));
    }

    private static string Line(ArticleComparison article)
    {
        var story = article.Story;
        var language = story.Lang is null ? "" : $" ({MarkdownText.Escape(story.Lang)})";
        var edits = article.Versions.Where(v => v.Number > article.From.Number && v.Number <= article.To.Number)
            .Select(v => MarkdownTime.Stamp(v.SeenAt));
        var what = new List<string>();
        if (article.TitleChanged)
            what.Add("title");
        if (article.TextChanged)
            what.Add("text");
        var claims = article.Claims.Count == 0 ? "" : $"; claims: {string.Join("; ", article.Claims.Select(c => MarkdownText.Escape(c.Description)))}";
        return $"- **{MarkdownTime.Stamp(article.To.SeenAt)}** {MarkdownText.Link(article.To.Title, story.Url)} — {MarkdownText.Escape(story.Outlet)}{language}" +
               $" · {"version".ToQuantity(article.Versions.Count)}, edited {string.Join(", ", edits)} · changed: {string.Join(", ", what)}{claims} · `{story.Key}`";
    }
}
