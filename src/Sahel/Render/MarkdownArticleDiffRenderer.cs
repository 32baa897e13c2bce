using Humanizer;
using Sahel.Diff.Versions;

namespace Sahel.Render;

/// <summary>
/// `sahel diff URL` for people: the article, its versions and when each was seen, then what changed between
/// the two compared versions: the title and text as word diffs, and the claims that changed.
/// </summary>
public sealed class MarkdownArticleDiffRenderer : IReportRenderer<ArticleDiffReport>
{
    void IReportRenderer<ArticleDiffReport>.Render(ArticleDiffReport report, TextWriter output) => Render(report.Diff, output);

    /// <summary>Words of unchanged text kept around each change; the rest of the article is elided.</summary>
    private const int ContextWords = 12;

    public void Render(ArticleComparison diff, TextWriter output)
    {
        var story = diff.Story;
        output.WriteLine("# Article versions");
        output.WriteLine();
        var language = story.Lang is null ? "" : $" ({MarkdownText.Escape(story.Lang)})";
        output.WriteLine($"{MarkdownText.Link(diff.To.Title, story.Url)} — {MarkdownText.Escape(story.Outlet)}{language}. Id `{story.Key}`.");
        output.WriteLine();
        output.WriteLine(Versions(diff));
        if (diff.From.Number == diff.To.Number)
            return;
        output.WriteLine();
        output.WriteLine(diff.Changed
            ? $"Version {diff.From.Number} ({MarkdownTime.Stamp(diff.From.SeenAt)}) → version {diff.To.Number} ({MarkdownTime.Stamp(diff.To.SeenAt)}), times UTC: removed words ~~struck through~~, added words in **bold**."
            : $"Version {diff.From.Number} ({MarkdownTime.Stamp(diff.From.SeenAt)}) and version {diff.To.Number} ({MarkdownTime.Stamp(diff.To.SeenAt)}) say the same.");
        if (!diff.Changed)
            return;
        output.WriteLine();
        output.WriteLine("## Title");
        output.WriteLine();
        output.WriteLine(diff.TitleChanged ? MarkdownDiffRuns.Write(diff.Title, context: null) : "Unchanged.");
        output.WriteLine();
        output.WriteLine("## Text");
        output.WriteLine();
        output.WriteLine(diff.TextChanged ? MarkdownDiffRuns.Write(diff.Text, ContextWords) : "Unchanged.");
        output.WriteLine();
        output.WriteLine("## Claims");
        output.WriteLine();
        if (diff.Claims.Count == 0)
            output.WriteLine("No toll, attribution or claim of responsibility changed.");
        foreach (var change in diff.Claims)
            output.WriteLine($"- {MarkdownText.Escape(change.Description)}");
    }

    private static string Versions(ArticleComparison diff)
    {
        var first = diff.Versions[0];
        if (diff.Versions.Count == 1)
            return $"One version: not edited since first seen {MarkdownTime.Stamp(first.SeenAt)} UTC.";
        var edits = string.Join(", ", diff.Versions.Skip(1).Select(v => MarkdownTime.Stamp(v.SeenAt)));
        return $"{"version".ToQuantity(diff.Versions.Count)}: first seen {MarkdownTime.Stamp(first.SeenAt)}, edited {edits} (UTC).";
    }
}
