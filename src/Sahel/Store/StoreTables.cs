namespace Sahel.Store;

/// <summary>
/// The store's tables as both backends hold them, column by column with a neutral kind, so a store can be moved
/// between backends (`sahel store copy`) row for row, ids included. Values travel as long, int, bool, string,
/// DateTimeOffset (UTC, whole seconds) or byte[]; null stays null. Leases are not copied: they belong to runners
/// of the store they were taken in.
/// </summary>
public static class StoreTables
{
    public static readonly StoreTable Feeds = new("feeds", "id",
    [
        new("id", ColumnKind.Long), new("location", ColumnKind.Text), new("name", ColumnKind.Text), new("lang", ColumnKind.Text),
        new("country", ColumnKind.Text), new("site_url", ColumnKind.Text), new("subscribed", ColumnKind.Bool), new("added_at", ColumnKind.Time),
        new("title", ColumnKind.Text), new("format", ColumnKind.Text), new("redirect_location", ColumnKind.Text), new("etag", ColumnKind.Text),
        new("last_modified", ColumnKind.Text), new("last_attempt_at", ColumnKind.Time), new("last_success_at", ColumnKind.Time),
        new("last_status", ColumnKind.Text), new("last_http_status", ColumnKind.Int), new("last_error_stage", ColumnKind.Text),
        new("last_error", ColumnKind.Text), new("last_warnings", ColumnKind.Text), new("full_text", ColumnKind.Bool), new("last_runner", ColumnKind.Text),
    ]);

    public static readonly StoreTable Items = new("items", "id",
    [
        new("id", ColumnKind.Long), new("feed_id", ColumnKind.Long), new("item_key", ColumnKind.Text), new("guid", ColumnKind.Text),
        new("link", ColumnKind.Text), new("canonical_url", ColumnKind.Text), new("title", ColumnKind.Text), new("summary_html", ColumnKind.Text),
        new("content_html", ColumnKind.Text), new("author", ColumnKind.Text), new("categories", ColumnKind.Text), new("lang", ColumnKind.Text),
        new("published_at", ColumnKind.Time), new("published_estimated", ColumnKind.Bool), new("updated_at", ColumnKind.Time),
        new("first_seen_at", ColumnKind.Time), new("last_seen_at", ColumnKind.Time), new("content_hash", ColumnKind.Text),
    ]);

    public static readonly StoreTable Features = new("item_features", "item_id",
    [
        new("item_id", ColumnKind.Long), new("content_hash", ColumnKind.Text), new("analyzer", ColumnKind.Text), new("signature", ColumnKind.Bytes),
    ]);

    public static readonly StoreTable Pages = new("item_pages", "item_id",
    [
        new("item_id", ColumnKind.Long), new("url", ColumnKind.Text), new("final_url", ColumnKind.Text), new("status", ColumnKind.Text),
        new("stage", ColumnKind.Text), new("reason", ColumnKind.Text), new("retry", ColumnKind.Bool), new("tries", ColumnKind.Int),
        new("http_status", ColumnKind.Int), new("etag", ColumnKind.Text), new("last_modified", ColumnKind.Text), new("fetched_at", ColumnKind.Time),
        new("encoding", ColumnKind.Text), new("title", ColumnKind.Text), new("text", ColumnKind.Text), new("author", ColumnKind.Text),
        new("published_at", ColumnKind.Time), new("modified_at", ColumnKind.Time), new("lang", ColumnKind.Text), new("direction", ColumnKind.Text),
        new("site_name", ColumnKind.Text), new("lead_image", ColumnKind.Text), new("canonical_url", ColumnKind.Text),
        new("content_hash", ColumnKind.Text), new("item_hash", ColumnKind.Text),
    ]);

    public static readonly StoreTable Versions = new("item_versions", "item_id, version",
    [
        new("item_id", ColumnKind.Long), new("version", ColumnKind.Int), new("seen_at", ColumnKind.Time), new("title", ColumnKind.Text),
        new("summary_html", ColumnKind.Text), new("content_html", ColumnKind.Text), new("page_text", ColumnKind.Text),
        new("link", ColumnKind.Text), new("text_hash", ColumnKind.Text),
    ]);

    public static readonly StoreTable Incidents = new("incidents", "id",
    [
        new("id", ColumnKind.Text), new("created_at", ColumnKind.Time), new("updated_at", ColumnKind.Time), new("analysis", ColumnKind.Text),
        new("status", ColumnKind.Text), new("founder_id", ColumnKind.Long), new("split_from", ColumnKind.Text),
    ]);

    public static readonly StoreTable IncidentMembers = new("incident_members", "seq",
    [
        new("seq", ColumnKind.Long), new("item_id", ColumnKind.Long), new("incident_id", ColumnKind.Text), new("copy_of", ColumnKind.Long),
        new("assigned_at", ColumnKind.Time), new("signals", ColumnKind.Text), new("analysis_hash", ColumnKind.Text), new("analysis", ColumnKind.Text),
    ]);

    public static readonly StoreTable IncidentMerges = new("incident_merges", "old_id",
    [
        new("old_id", ColumnKind.Text), new("into_id", ColumnKind.Text), new("merged_at", ColumnKind.Time), new("reason", ColumnKind.Text),
    ]);

    /// <summary>In the order a copy writes them: every row after the rows it refers to.</summary>
    public static IReadOnlyList<StoreTable> All { get; } = [Feeds, Items, Features, Pages, Versions, Incidents, IncidentMembers, IncidentMerges];
}

/// <summary>One table: its name, its key (the copy's and the comparison's order) and its columns.</summary>
public sealed record StoreTable(string Name, string OrderBy, IReadOnlyList<StoreColumn> Columns)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}

public sealed record StoreColumn(string Name, ColumnKind Kind);

public enum ColumnKind
{
    Long,
    Int,
    Bool,
    Text,
    Time,
    Bytes,
}

/// <summary>A store's tables read and written whole, in the neutral form <see cref="StoreTables"/> describes.</summary>
public interface IStoreTables
{
    /// <summary>The table's rows in key order, one array of neutral values per row, in column order.</summary>
    IEnumerable<object?[]> Read(StoreTable table);

    long Count(StoreTable table);

    /// <summary>
    /// Writes every table's rows into this (empty) store in one transaction, ids included: a copy that fails leaves
    /// the store as empty as it found it.
    /// </summary>
    void Import(Func<StoreTable, IEnumerable<object?[]>> rows);
}
