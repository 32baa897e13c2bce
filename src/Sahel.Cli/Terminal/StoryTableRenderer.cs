using System.Globalization;
using Sahel.Render;

namespace Sahel.Cli.Terminal;

/// <summary>`sahel stories` for people: one row per story.</summary>
public sealed class StoryTableRenderer : IReportRenderer<StoryList>
{
    public bool IsTerminal { get; init; }

    public void Render(StoryList report, TextWriter output) =>
        TableWriter.Write(output, IsTerminal,
            ["published", "outlet", "lang", "title", "url"],
            report.Stories.Select(s => (IReadOnlyList<string>)[
                s.Published.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                SafeText.Clean(s.Outlet), s.Lang ?? "", SafeText.Clean(s.Title), SafeText.HttpLink(s.Url) ?? ""]));
}
