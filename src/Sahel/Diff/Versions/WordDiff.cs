using DiffPlex;

namespace Sahel.Diff.Versions;

/// <summary>
/// The word-level differences between two texts (DiffPlex's Myers diff over <see cref="DiffTokens"/>), as runs
/// a person can read. Changes separated only by spaces make one replacement ("~~12 soldats~~ **20 militaires**",
/// not two pairs), and where a place changed the removed text comes before the added. The runs are exact:
/// the same and removed runs spell the old text, the same and added runs the new one.
/// </summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffRun> Between(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, DiffTokens.Instance);
        var old = result.PiecesOld;
        var updated = result.PiecesNew;
        var runs = new List<DiffRun>();
        var a = 0;
        var blocks = result.DiffBlocks;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            Add(runs, DiffOp.Same, Join(old, a, block.DeleteStartA - a));
            var removed = Join(old, block.DeleteStartA, block.DeleteCountA);
            var added = Join(updated, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
            // Absorb following changes separated from this one by spaces only, as long as the whole is a
            // replacement: then both sides hold the spaces between, and the runs stay exact.
            while (b + 1 < blocks.Count)
            {
                var next = blocks[b + 1];
                var between = Join(old, a, next.DeleteStartA - a);
                var replaces = (removed.Length > 0 || next.DeleteCountA > 0) && (added.Length > 0 || next.InsertCountB > 0);
                if (!replaces || !string.IsNullOrWhiteSpace(between))
                    break;
                removed += between + Join(old, next.DeleteStartA, next.DeleteCountA);
                added += between + Join(updated, next.InsertStartB, next.InsertCountB);
                a = next.DeleteStartA + next.DeleteCountA;
                b++;
            }
            Add(runs, DiffOp.Removed, removed);
            Add(runs, DiffOp.Added, added);
        }
        Add(runs, DiffOp.Same, Join(old, a, old.Count - a));
        return runs;
    }

    /// <summary>Whether the two texts differ at all (the runs hold a removal or an addition).</summary>
    public static bool HasChanges(IReadOnlyList<DiffRun> runs) => runs.Any(r => r.Op != DiffOp.Same);

    private static string Join(IReadOnlyList<string> pieces, int start, int count) =>
        count <= 0 ? "" : string.Concat(Enumerable.Range(start, count).Select(i => pieces[i]));

    private static void Add(List<DiffRun> runs, DiffOp op, string text)
    {
        if (text.Length == 0)
            return;
        if (runs.Count > 0 && runs[^1].Op == op)
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        else
            runs.Add(new DiffRun(op, text));
    }
}
