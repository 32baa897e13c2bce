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
    /// <summary>
    /// The --feeds list, read before the store is opened so a mistake in it creates nothing. Local files are
    /// allowed here: the user named this list for this run. Null when --feeds was not given.
    /// </summary>
    public static IReadOnlyList<FeedSource>? ReadList(string? feedsFile, CommandContext context)
    {
        if (feedsFile is null)
            return null;
        if (string.IsNullOrWhiteSpace(feedsFile))
            throw CliException.Usage("--feeds: the file name is empty");
        var list = SourceListReader.ReadFile(feedsFile, allowFiles: true);
        foreach (var warning in list.Warnings)
            context.Error.WriteLine($"sahel: {feedsFile}: {warning}");
        if (list.Sources.Count == 0)
            throw CliException.Usage($"{feedsFile}: no feeds in this list; nothing to fetch");
        return list.Sources;
    }

    public static IReadOnlyList<FeedSource> Resolve(IReadOnlyList<FeedSource>? listed, ISahelStore store)
    {
        if (listed is not null)
            return listed;
        var subscribed = store.Feeds.List(subscribedOnly: true);
        return subscribed.Count > 0 ? subscribed.Select(f => f.ToSource()).ToList() : DefaultSources.All;
    }
}
