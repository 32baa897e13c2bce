namespace Sahel.Model;

/// <summary>
/// A stored item as the later stages (timeline, incidents, diff) see it: the item joined with its feed's outlet.
/// <see cref="PublishedIsEstimated"/> is true when the feed gave no date and <see cref="Published"/> is the first-seen time.
/// </summary>
public sealed record Story
{
    /// <summary>The store's row id: for the store's own use, not shown (it depends on the order feeds arrived in).</summary>
    public required long Id { get; init; }

    /// <summary>The item's identity within its feed (guid, else canonical link), as the store keys it.</summary>
    public required string ItemKey { get; init; }

    /// <summary>
    /// The public id: a hash of the feed's location and the item's key, so it is the same in every store and
    /// on every run for the same item. 16 hex digits. Computed on first use.
    /// </summary>
    public string Key => _key ??= StoryKeys.For(FeedUrl, ItemKey);
    public required long FeedId { get; init; }
    public required string FeedUrl { get; init; }
    public required string Outlet { get; init; }
    public string? Url { get; init; }
    public required string Title { get; init; }
    /// <summary>The feed's summary as published (HTML).</summary>
    public string? SummaryHtml
    {
        get => _summaryHtml;
        init
        {
            _summaryHtml = value;
            _summary = null; // a `with` copy must not keep the plain text of the old summary
        }
    }

    /// <summary>The summary as plain text, computed on first use: most outputs never show it.</summary>
    public string Summary => _summary ??= PlainText(SummaryHtml);

    /// <summary>
    /// HTML to plain text, set by the normalize stage when the library loads (Normalize/StoryText.cs), so the
    /// model depends on no other stage. Until then, the HTML as is.
    /// </summary>
    public static Func<string?, string> PlainText { get; set; } = html => html ?? "";
    public string? Author { get; init; }
    /// <summary>Categories as the store keeps them (a JSON array), parsed on first use of <see cref="Categories"/>.</summary>
    public string CategoriesJson { get; init; } = "[]";

    public IReadOnlyList<string> Categories => _categories ??= CategoryList.Parse(CategoriesJson);
    public string? Lang { get; init; }
    public string? Country { get; init; }
    public required DateTimeOffset Published { get; init; }
    public bool PublishedIsEstimated { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public required DateTimeOffset FirstSeen { get; init; }
    public required DateTimeOffset LastSeen { get; init; }

    /// <summary>How many versions of the article sweeps have seen: 1 until it is edited (docs/versions.md).</summary>
    public int Versions { get; init; } = 1;

    /// <summary>When the latest edit was seen; null for an article never edited.</summary>
    public DateTimeOffset? LastEdited { get; init; }

    /// <summary>The store's hash of what a reader sees (title, link, summary, content, author): changes when the item is edited.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>
    /// The article's text as the extract stage found it on the item's page (paragraphs separated by a blank
    /// line), when `fetch --full-text` stored it; read with the summaries. Null when there is none or it was not read.
    /// </summary>
    public string? FullText { get; init; }

    /// <summary>The hash of the stored page's title and text, when the item has one (read even when the text is not).</summary>
    public string? PageHash { get; init; }

    /// <summary>
    /// What the analysis of this story depends on: the item's content, and its page's when there is one, so a
    /// cached analysis is redone when either changes.
    /// </summary>
    public string AnalysisHash => PageHash is null ? ContentHash : ContentHash + "+" + PageHash;

    private string? _summaryHtml;
    private string? _summary;
    private string? _key;
    private IReadOnlyList<string>? _categories;
}
