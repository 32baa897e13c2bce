using Sahel.Normalize;

namespace Sahel.Store;

/// <summary>
/// What must differ between two states of an article for the second to be a new version: the folded words of
/// its title, summary, content or page text (<see cref="ComparableText"/>). Whitespace, markup, tracking
/// parameters, "last updated" stamps, case, accents and punctuation make no difference.
/// </summary>
public sealed record VersionFingerprint(string Title, string Summary, string Content, string? Page)
{
    public static VersionFingerprint Of(ItemVersion state) => new(
        ComparableText.Key(ComparableText.OfTitle(state.Title)),
        ComparableText.Key(ComparableText.Of(state.SummaryHtml)),
        ComparableText.Key(ComparableText.Of(state.ContentHtml)),
        string.IsNullOrWhiteSpace(state.PageText) ? null : ComparableText.Key(ComparableText.Of(state.PageText)));

    /// <summary>
    /// Whether <paramref name="after"/> is an edit of this state. A page text counts only when both states have
    /// one: the page fetched for the first time is more of the same article, not an edit of it.
    /// </summary>
    public bool IsEditedIn(VersionFingerprint after) =>
        Title != after.Title || Summary != after.Summary || Content != after.Content
        || Page is not null && after.Page is not null && Page != after.Page;

    /// <summary>16 hex digits over all four parts: stored with each version for a quick look in the sqlite3 shell.</summary>
    public string Hash => TextHash.Of(Title, Summary, Content, Page);
}
