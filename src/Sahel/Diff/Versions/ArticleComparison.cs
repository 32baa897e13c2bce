using Sahel.Diff.Claims;
using Sahel.Model;
using Sahel.Store;

namespace Sahel.Diff.Versions;

/// <summary>
/// How one article changed between two of its versions: the word diff of its title and of its text (as
/// <see cref="Normalize.ComparableText"/> shows them, so stamps and markup never appear) and the claims that
/// changed (tolls, attributions, claims of responsibility).
/// </summary>
public sealed record ArticleComparison(
    Story Story,
    IReadOnlyList<ItemVersion> Versions,
    ItemVersion From,
    ItemVersion To,
    IReadOnlyList<DiffRun> Title,
    IReadOnlyList<DiffRun> Text,
    IReadOnlyList<ClaimChange> Claims)
{
    public bool TitleChanged => WordDiff.HasChanges(Title);
    public bool TextChanged => WordDiff.HasChanges(Text);
    public bool ClaimsChanged => Claims.Count > 0;

    /// <summary>Whether the two versions differ in anything shown: what `--exit-code` reports.</summary>
    public bool Changed => TitleChanged || TextChanged || ClaimsChanged;

    /// <summary>The article's edits: every version after the first.</summary>
    public int Edits => Versions.Count - 1;
}
