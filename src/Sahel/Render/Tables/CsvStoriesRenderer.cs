namespace Sahel.Render.Tables;

/// <summary>`sahel stories --format csv`: one row per story, for spreadsheets (docs/tables.md lists the columns).</summary>
public sealed class CsvStoriesRenderer : IReportRenderer<StoryList>
{
    public static readonly string[] Columns =
        ["id", "published", "published_estimated", "outlet", "lang", "country", "title", "url", "feed", "author", "categories", "summary", "first_seen", "last_seen", "versions"];

    public void Render(StoryList report, TextWriter output)
    {
        var csv = new CsvWriter(output);
        csv.Header(Columns);
        foreach (var story in report.Stories)
        {
            csv.Text(story.Key).Time(story.Published).Text(story.PublishedIsEstimated ? "true" : "false").Text(story.Outlet).Text(story.Lang)
                .Text(story.Country).Text(story.Title).Text(SafeText.HttpLink(story.Url)).Text(SafeText.PublicLocation(story.FeedUrl)).Text(story.Author)
                .Text(string.Join("; ", story.Categories.Select(SafeText.Clean))).Text(story.Summary)
                .Time(story.FirstSeen).Time(story.LastSeen).Number(story.Versions);
            csv.EndLine();
        }
    }
}
