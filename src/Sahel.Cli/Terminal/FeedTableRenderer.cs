using Sahel.Cli.Commands.Feeds;
using Sahel.Render;

namespace Sahel.Cli.Terminal;

/// <summary>`sahel feeds list` for people: one row per feed with its last fetch status.</summary>
public sealed class FeedTableRenderer : IReportRenderer<FeedList>
{
    public void Render(FeedList report, TextWriter output) =>
        TableWriter.Write(output, IsTerminal,
            ["name", "lang", "country", "status", "last success", "url"],
            report.Feeds.Select(f => (IReadOnlyList<string>)[
                f.DisplayName, f.Lang ?? "", f.Country ?? "", FeedsActions.Status(f),
                f.LastSuccessAt is { } at ? StoryJsonWriter.Time(at) : "", f.Location]));

    public bool IsTerminal { get; init; }
}
