namespace Sahel.Store;

/// <summary>
/// One state of an article as a sweep saw it: what it said (title, the feed's summary and content, the page's
/// extracted text when another stage fetched it) and its link. <see cref="SeenAt"/> is when that state was
/// first seen: the first sweep for the original, the sweep that noticed each edit for the others.
/// </summary>
public sealed record ItemVersion
{
    /// <summary>1 for the original, then 2, 3… in the order edits were seen.</summary>
    public int Number { get; init; }

    public required DateTimeOffset SeenAt { get; init; }
    public required string Title { get; init; }
    public string? SummaryHtml { get; init; }
    public string? ContentHtml { get; init; }

    /// <summary>The article body extracted from its page, when the extract stage fetched it; null otherwise.</summary>
    public string? PageText { get; init; }

    public string? Link { get; init; }

    /// <summary>
    /// The text a reader of this version sees, as versions are compared: the page's text when there is one,
    /// else the feed's content or summary, whichever is longer (a summary is often the content's first lines).
    /// </summary>
    public string Text => !string.IsNullOrWhiteSpace(PageText) ? Normalize.ComparableText.Of(PageText) : FeedText;

    /// <summary>What the feed said of this version: its content or summary, whichever is longer.</summary>
    public string FeedText
    {
        get
        {
            var summary = Normalize.ComparableText.Of(SummaryHtml);
            var content = Normalize.ComparableText.Of(ContentHtml);
            return content.Length > summary.Length ? content : summary;
        }
    }

    /// <summary>
    /// The texts to compare between two versions, like for like: the article bodies when both have one and
    /// they differ (the page was edited), else what the feed said (a feed edit leaves the stored body as it
    /// was, so comparing bodies would show nothing).
    /// </summary>
    public static (string Before, string After) ComparedTexts(ItemVersion before, ItemVersion after)
    {
        if (!string.IsNullOrWhiteSpace(before.PageText) && !string.IsNullOrWhiteSpace(after.PageText))
        {
            var (beforePage, afterPage) = (before.Text, after.Text);
            if (beforePage != afterPage)
                return (beforePage, afterPage);
        }
        return (before.FeedText, after.FeedText);
    }
}
