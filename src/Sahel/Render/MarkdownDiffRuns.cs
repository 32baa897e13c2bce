using System.Text;
using Sahel.Diff.Versions;

namespace Sahel.Render;

/// <summary>
/// A word diff inline, as Markdown that reads in a terminal and renders on GitHub: removed text
/// ~~struck through~~, added text in **bold**, both escaped. Long unchanged stretches of an article's text keep
/// a few words of context around each change and are elided with "…".
/// </summary>
internal static class MarkdownDiffRuns
{
    /// <param name="context">Words of unchanged text kept on each side of a change; null keeps everything.</param>
    public static string Write(IReadOnlyList<DiffRun> runs, int? context)
    {
        var text = new StringBuilder();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Op == DiffOp.Same)
            {
                var shown = context is { } words ? Elide(run.Text, words, first: i == 0, last: i == runs.Count - 1) : run.Text;
                text.Append(Escape(shown));
                continue;
            }
            // Spaces around a change stay outside its markers: "~~ 12~~" would not render as struck text.
            if (run.Text.Length > 0 && char.IsWhiteSpace(run.Text[0]) && !EndsWithSpace(text))
                text.Append(' ');
            if (run.Op == DiffOp.Added && i > 0 && runs[i - 1].Op == DiffOp.Removed && !EndsWithSpace(text))
                text.Append(' ');
            var marker = run.Op == DiffOp.Removed ? "~~" : "**";
            text.Append(marker).Append(MarkdownText.Escape(run.Text.Trim())).Append(marker);
            if (run.Text.Length > 0 && char.IsWhiteSpace(run.Text[^1]))
                text.Append(' ');
        }
        return text.ToString().Trim();
    }

    private static bool EndsWithSpace(StringBuilder text) => text.Length == 0 || text[^1] == ' ';

    // Escapes the words and keeps one space where the text had spaces at either end.
    private static string Escape(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return text.Length > 0 ? " " : "";
        var lead = char.IsWhiteSpace(text[0]) ? " " : "";
        var trail = char.IsWhiteSpace(text[^1]) ? " " : "";
        return lead + MarkdownText.Escape(text.Trim()).Replace("…\\", "…", StringComparison.Ordinal) + trail;
    }

    private static string Elide(string text, int words, bool first, bool last)
    {
        var parts = text.Split(' ');
        var keepHead = first ? 0 : words;
        var keepTail = last ? 0 : words;
        if (parts.Length <= keepHead + keepTail + 2)
            return text;
        var head = string.Join(' ', parts.Take(keepHead));
        var tail = string.Join(' ', parts.Skip(parts.Length - keepTail));
        return (head.Length > 0 ? head + " " : "") + "…" + (tail.Length > 0 ? " " + tail : "");
    }
}
