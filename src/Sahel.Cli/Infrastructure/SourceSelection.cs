using Sahel.Model;
using Sahel.Sources;
using Sahel.Store;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// Which feeds a run covers: a --feeds file for this run only; else the user's own list in the store; else the
/// built-in default list of Sahel outlets.
/// </summary>
public static class SourceSelection
{
    public static IReadOnlyList<FeedSource> Resolve(string? feedsFile, ISahelStore store, CommandContext context)
    {
        if (feedsFile is not null)
        {
            var list = SourceListReader.ReadFile(feedsFile);
            foreach (var warning in list.Warnings)
                context.Error.WriteLine($"sahel: {feedsFile}: {warning}");
            if (list.Sources.Count == 0)
                throw new CliException($"{feedsFile}: no feeds in this list");
            return list.Sources;
        }
        var subscribed = store.Feeds.List(subscribedOnly: true);
        return subscribed.Count > 0 ? subscribed.Select(f => f.ToSource()).ToList() : DefaultSources.All;
    }
}
