using Sahel.Cli.Infrastructure;
using Sahel.Cli.Terminal;
using Sahel.Model;
using Sahel.Render;
using Sahel.Sources;
using Sahel.Store;

namespace Sahel.Cli.Commands.Feeds;

/// <summary>The actions of `sahel feeds …`.</summary>
public static class FeedsActions
{
    /// <summary>The terminal table first (the default), then the library's formats.</summary>
    public static FormatTable<FeedList> Formats { get; } = ReportFormats.Feeds.With(
        new OutputFormat<FeedList>("table", "a table for people", s => new FeedTableRenderer { IsTerminal = s.Terminal }), first: true);

    public static Task<int> ListAsync(CommandContext context, OutputFormat<FeedList> format)
    {
        // Before the first fetch there is no store: the built-in list is shown without creating one.
        using var store = SahelStore.Exists(context.DbPath) ? context.OpenStore() : null;
        var (feeds, builtIn) = Current(store);
        if (builtIn)
            context.Inform("sahel: you have added no feeds; this is the built-in list (docs/sources.md)");
        format.Create(new RenderSettings { Terminal = context.Environment.Streams.OutIsTerminal }).Render(new FeedList(feeds, builtIn), context.Out);
        return Task.FromResult(ExitCodes.Success);
    }

    public static Task<int> AddAsync(CommandContext context, string written, string? name, string? lang, string? country, bool? fullText = null, bool allowFile = false)
    {
        var location = SourceLocation.FromArgument(written)
            ?? throw CliException.Usage($"'{written}' is neither an http(s) URL nor a file path");
        if (!FeedSource.IsHttpLocation(location))
        {
            // Stored sources are read by every later fetch: a local file gets in only when the user says so.
            if (!allowFile)
                throw CliException.Usage($"{written}: a local file; the feed list keeps http(s) URLs unless you pass --allow-file (or use `sahel fetch --feeds LIST` for one run)");
            if (Directory.Exists(location))
                throw CliException.Usage($"{written}: is a directory, not a feed file");
            if (!File.Exists(location))
                throw new CliException($"{written}: file not found");
        }
        using var store = context.OpenStore();
        var source = new FeedSource(location, name, lang?.ToLowerInvariant(), country?.ToUpperInvariant(), FullText: fullText);
        var added = store.Feeds.Subscribe(source, context.Now);
        context.Inform(added ? $"sahel: added {location}" : $"sahel: {location} is already in your list (details updated)");
        return Task.FromResult(ExitCodes.Success);
    }

    public static Task<int> RemoveAsync(CommandContext context, string written)
    {
        var location = SourceLocation.FromArgument(written) ?? written;
        using var store = context.OpenExistingStore();
        if (!store.Feeds.Unsubscribe(location) && !store.Feeds.Unsubscribe(written))
            throw new CliException($"{written}: not in your feed list (see `sahel feeds list`)");
        context.Inform($"sahel: removed {location}; its stories stay in the store");
        return Task.FromResult(ExitCodes.Success);
    }

    public static Task<int> ImportAsync(CommandContext context, string file, bool allowFiles = false)
    {
        var list = SourceListReader.ReadFile(file, allowFiles);
        foreach (var warning in list.Warnings)
            context.Error.WriteLine($"sahel: {file}: {warning}");
        if (list.Sources.Count == 0)
            throw CliException.Usage(list.Warnings.Count == 0 ? $"{file}: no feeds in this list; nothing imported" : $"{file}: no usable feeds in this list; nothing imported");
        using var store = context.OpenStore();
        var added = list.Sources.Count(source => store.Feeds.Subscribe(source, context.Now));
        context.Inform($"sahel: imported {list.Sources.Count} feeds from {file} ({added} new, {list.Sources.Count - added} already in your list)");
        return Task.FromResult(ExitCodes.Success);
    }

    public static async Task<int> ExportAsync(CommandContext context, string? output)
    {
        using var store = SahelStore.Exists(context.DbPath) ? context.OpenStore() : null;
        var (feeds, _) = Current(store);
        await OutputTarget.WriteAsync(output, context.Out,
            writer => OpmlWriter.Write(writer, feeds.Select(f => f.ToSource()), context.Now)).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static (IReadOnlyList<FeedRecord> Feeds, bool BuiltIn) Current(ISahelStore? store)
    {
        var subscribed = store?.Feeds.List(subscribedOnly: true) ?? [];
        if (subscribed.Count > 0)
            return (subscribed, false);
        // Show the defaults with whatever state past sweeps left for them.
        var defaults = DefaultSources.All
            .Select((s, i) => store?.Feeds.Find(s.Location) ?? new FeedRecord { Id = -1 - i, Location = s.Location, Name = s.Name, Lang = s.Lang, Country = s.Country, SiteUrl = s.SiteUrl })
            .ToList();
        return (defaults, true);
    }

    internal static string Status(FeedRecord feed) => feed.LastStatus switch
    {
        null => "never fetched",
        "failed" => $"failed ({feed.LastErrorStage}): {feed.LastError}",
        _ => feed.LastStatus,
    };
}
