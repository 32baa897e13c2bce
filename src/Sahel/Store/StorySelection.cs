using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Store;

/// <summary>
/// The part of a story query that is not SQL, the same on every backend: the feed and text filters (folded in
/// C#: "mopti" must find "Mopti" and "menaka" "Ménaka", which neither SQLite's LIKE nor a collation promises),
/// the order, and the limit.
/// </summary>
internal static class StorySelection
{
    public static IReadOnlyList<Story> Finish(IEnumerable<Story> rows, StoryFilter filter)
    {
        var feedNeedle = filter.Feed is null ? null : TextFold.Fold(filter.Feed);
        var searchNeedle = filter.Search is null ? null : TextFold.Fold(filter.Search);
        var stories = new List<Story>();
        foreach (var row in rows)
        {
            // When it was last seen as of then is not recorded; a story seen since was seen at then at the latest.
            var story = filter.SeenBy is { } then && row.LastSeen > then ? row with { LastSeen = then } : row;
            if (feedNeedle is not null && !TextFold.Fold(story.Outlet + "\n" + story.FeedUrl).Contains(feedNeedle, StringComparison.Ordinal))
                continue;
            if (searchNeedle is not null && !TextFold.Fold(story.Title + "\n" + story.Summary + "\n" + story.FullText).Contains(searchNeedle, StringComparison.Ordinal))
                continue;
            stories.Add(story);
        }
        // Same-time stories in feed then item order, never row order: rows follow the order feeds arrived in.
        stories.Sort(static (a, b) =>
        {
            var byTime = a.Published.CompareTo(b.Published);
            if (byTime != 0)
                return byTime;
            var byFeed = string.CompareOrdinal(a.FeedUrl, b.FeedUrl);
            return byFeed != 0 ? byFeed : string.CompareOrdinal(a.ItemKey, b.ItemKey);
        });
        return filter.Limit is { } limit && stories.Count > limit ? stories[^limit..] : stories;
    }

    /// <summary>A feed as stories show it: its location, the outlet's name, its country.</summary>
    public sealed record FeedInfo(string Location, string Outlet, string? Country)
    {
        public static FeedInfo Of(string location, string? nameOrTitle, string? country) =>
            new(location, nameOrTitle ?? new FeedRecord { Id = 0, Location = location }.DisplayName, string.IsNullOrEmpty(country) ? null : country);
    }

    /// <summary>The story with this public key among (row id, feed location, item key) rows, or null.</summary>
    public static long? FindKey(IEnumerable<(long Id, string FeedLocation, string ItemKey)> rows, string key)
    {
        foreach (var (id, location, itemKey) in rows)
        {
            if (StoryKey.For(location, itemKey) == key)
                return id;
        }
        return null;
    }
}
