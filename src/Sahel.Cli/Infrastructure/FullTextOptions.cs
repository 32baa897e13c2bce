using System.CommandLine;
using Sahel.Sweep;

namespace Sahel.Cli.Infrastructure;

/// <summary>Whether a run also fetches article pages, and how (fetch and sweep share these).</summary>
public sealed class FullTextOptions
{
    public Option<bool> FullText { get; } = new("--full-text")
    {
        Description = "Also fetch the article page of each new item and store its text (feeds added with --full-text always do)",
    };

    public Option<bool> IgnoreRobots { get; } = new("--ignore-robots")
    {
        Description = "Fetch pages robots.txt disallows: only for your own archives",
    };

    public IEnumerable<Option> All => [FullText, IgnoreRobots];

    public FullTextChoice Resolve(ParseResult parse) =>
        new(parse.GetValue(FullText), new PageOptions { IgnoreRobots = parse.GetValue(IgnoreRobots) });
}

/// <summary>The pages of which feeds a run fetches: every feed's (`--full-text`), else those stored with the setting.</summary>
public sealed record FullTextChoice(bool AllFeeds, PageOptions Options)
{
    public static FullTextChoice FeedSettings { get; } = new(false, new PageOptions());
}
