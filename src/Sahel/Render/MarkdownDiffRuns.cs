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
            // Spaces around a change stay outside its markers: "~~ 12~~" would not render as struck text. A change
            // that starts with punctuation right after a word gets a space too: "tués~~, selon~~" would not either.
            var core = run.Text.Trim();
            if (core.Length == 0)
                continue; // spacing alone: not worth a mark
            if (!EndsWithSpace(text) && (char.IsWhiteSpace(run.Text[0]) || char.IsPunctuation(core[0]) && char.IsLetterOrDigit(text[^1])))
                text.Append(' ');
            if (run.Op == DiffOp.Added && i > 0 && runs[i - 1].Op == DiffOp.Removed && !EndsWithSpace(text))
                text.Append(' ');
            var marker = run.Op == DiffOp.Removed ? "~~" : "**";
            text.Append(marker).Append(MarkdownText.Escape(core)).Append(marker);
            var following = i + 1 < runs.Count && runs[i + 1].Text.Length > 0 ? runs[i + 1].Text[0] : ' ';
            if (char.IsWhiteSpace(run.Text[^1]) || char.IsPunctuation(core[^1]) && char.IsLetterOrDigit(following))
                text.Append(' ');
        }
        return BlockSafe(text.ToString().Trim());
    }

    // Unlike a timeline entry, a diff paragraph starts a line, where "#", "-", "+", "=" or "1." would open a
    // heading or a list: the marker is backslash-escaped (CommonMark escapes any ASCII punctuation).
    private static string BlockSafe(string paragraph)
    {
        if (paragraph.Length > 0 && paragraph[0] is '#' or '-' or '+' or '=')
            return "\\" + paragraph;
        var digits = 0;
        while (digits < paragraph.Length && char.IsAsciiDigit(paragraph[digits]))
            digits++;
        return digits is > 0 and < 10 && digits < paragraph.Length && paragraph[digits] is '.' or ')'
            ? paragraph[..digits] + "\\" + paragraph[digits..]
            : paragraph;
    }

    private static bool EndsWithSpace(StringBuilder text) => text.Length == 0 || text[^1] == ' ';

    // Escapes the words and keeps one space where the text had spaces at either end.
    private static string Escape(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return text.Length > 0 ? " " : "";
        var lead = char.IsWhiteSpace(text[0]) ? " " : "";
        var trail = char.IsWhiteSpace(text[^1]) ? " " : "";
        return lead + MarkdownText.Escape(text.Trim()) + trail;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '؟'];

    private static string Elide(string text, int words, bool first, bool last)
    {
        var parts = text.Split(' ');
        var keepHead = first ? 0 : words;
        var keepTail = last ? 0 : words;
        if (parts.Length <= keepHead + keepTail + 2)
            return text;
        // Cut at a sentence's end when the context holds one: "… Anéfis. ~~Selon l'armée~~" reads better
        // than a sentence started in the middle.
        var head = string.Join(' ', parts.Take(keepHead));
        var headEnd = head.LastIndexOfAny(SentenceEnds);
        if (headEnd > 0)
            head = head[..(headEnd + 1)];
        var tail = string.Join(' ', parts.Skip(parts.Length - keepTail));
        var tailStart = tail.TrimEnd().IndexOfAny(SentenceEnds);
        if (tailStart >= 0 && tailStart + 1 < tail.TrimEnd().Length)
            tail = tail[(tailStart + 1)..].TrimStart();
        return (head.Length > 0 ? head + " " : "") + "…" + (tail.Length > 0 ? " " + tail : "");
    }
}
