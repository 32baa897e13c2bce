namespace Sahel.Render;

/// <summary>
/// Every <c>--format</c> of every command, by kind of report: the first entry of a table is the command's
/// default, and help and completions list the names in this order. A new format is a renderer file and a line here.
/// </summary>
public static class ReportFormats
{
    public static FormatTable<Timeline.Timeline> Timeline { get; } = new(
        new OutputFormat<Timeline.Timeline>("md", "Markdown for people", s => new MarkdownTimelineRenderer(s.RelativeTimes)) { NeedsSummaries = false },
        new OutputFormat<Timeline.Timeline>("json", "JSON for machines, docs/schema/timeline.v1.schema.json", _ => new JsonTimelineRenderer()) { CopiesStoryObjects = true },
        new OutputFormat<Timeline.Timeline>("atom", "an Atom feed for feed readers, one entry per incident (per story with --flat)", _ => new Feeds.AtomRenderer()),
        new OutputFormat<Timeline.Timeline>("jsonfeed", "a JSON Feed 1.1 for feed readers, entries as atom", _ => new Feeds.JsonFeedRenderer()),
        new OutputFormat<Timeline.Timeline>("geojson", "GeoJSON for map tools, one point per incident, docs/geojson.md", _ => new Maps.GeoJsonRenderer()));

    public static FormatTable<IncidentReport> Incidents { get; } = new(
        new OutputFormat<IncidentReport>("md", "Markdown for people", _ => new MarkdownIncidentsRenderer()) { NeedsSummaries = false },
        new OutputFormat<IncidentReport>("json", "JSON for machines, docs/schema/incidents.v1.schema.json", _ => new JsonIncidentsRenderer()) { CopiesStoryObjects = true },
        new OutputFormat<IncidentReport>("atom", "an Atom feed for feed readers, one entry per incident", _ => new Feeds.AtomRenderer()),
        new OutputFormat<IncidentReport>("jsonfeed", "a JSON Feed 1.1 for feed readers, entries as atom", _ => new Feeds.JsonFeedRenderer()),
        new OutputFormat<IncidentReport>("geojson", "GeoJSON for map tools, one point per incident, docs/geojson.md", _ => new Maps.GeoJsonRenderer()),
        new OutputFormat<IncidentReport>("csv", "CSV for spreadsheets, one row per incident, docs/tables.md", _ => new Tables.CsvIncidentsRenderer()),
        new OutputFormat<IncidentReport>("acled", "CSV with ACLED's columns and coding rules, docs/acled.md", _ => new Tables.AcledRenderer()));

    /// <summary>The CLI adds its terminal table in front (it is the default).</summary>
    public static FormatTable<StoryList> Stories { get; } = new(
        new OutputFormat<StoryList>("json", "one JSON document, docs/schema/timeline.v1.schema.json ($defs/story)", _ => new JsonStoriesRenderer()) { ShowsClaims = true },
        new OutputFormat<StoryList>("ndjson", "JSON Lines, one story per line", _ => new NdjsonStoriesRenderer()) { ShowsClaims = true },
        new OutputFormat<StoryList>("csv", "CSV for spreadsheets, one row per story, docs/tables.md", _ => new Tables.CsvStoriesRenderer()));

    public static FormatTable<ChangesReport> Changes { get; } = new(
        new OutputFormat<ChangesReport>("md", "Markdown for people", _ => new MarkdownChangesRenderer()),
        new OutputFormat<ChangesReport>("json", "JSON for machines, docs/schema/changes.v1.schema.json", _ => new JsonChangesRenderer()));

    public static FormatTable<IncidentDiffReport> IncidentDiff { get; } = new(
        new OutputFormat<IncidentDiffReport>("md", "Markdown for people", _ => new MarkdownIncidentDiffRenderer()),
        new OutputFormat<IncidentDiffReport>("json", "JSON for machines, docs/schema/diff-incident.v1.schema.json", _ => new JsonIncidentDiffRenderer()));

    public static FormatTable<ArticleDiffReport> ArticleDiff { get; } = new(
        new OutputFormat<ArticleDiffReport>("md", "Markdown for people", _ => new MarkdownArticleDiffRenderer()),
        new OutputFormat<ArticleDiffReport>("json", "JSON for machines, docs/schema/diff-article.v1.schema.json", _ => new JsonArticleDiffRenderer()));

    public static FormatTable<ArticleReport> Article { get; } = new(
        new OutputFormat<ArticleReport>("text", "the body", _ => new TextArticleRenderer()),
        new OutputFormat<ArticleReport>("md", "title, metadata and body", _ => new ArticleMarkdownRenderer()),
        new OutputFormat<ArticleReport>("json", "JSON, docs/schema/extract.v1.schema.json", _ => new ArticleJsonRenderer()));

    /// <summary>The CLI adds its terminal table in front (it is the default).</summary>
    public static FormatTable<FeedList> Feeds { get; } = new(
        new OutputFormat<FeedList>("json", "JSON for scripts", _ => new JsonFeedListRenderer()));

    public static FormatTable<EvalReport> Eval { get; } = new(
        new OutputFormat<EvalReport>("text", "two lines for people", _ => new TextEvalRenderer()),
        new OutputFormat<EvalReport>("json", "one line of JSON", _ => new JsonEvalRenderer()));

    public static FormatTable<ClaimsEvalReport> ClaimsEval { get; } = new(
        new OutputFormat<ClaimsEvalReport>("text", "figures, then every miss by class, for people", _ => new TextClaimsEvalRenderer()),
        new OutputFormat<ClaimsEvalReport>("json", "JSON for scripts, docs/schema/eval-claims.v1.schema.json", _ => new JsonClaimsEvalRenderer()));
}
