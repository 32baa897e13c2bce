using Sahel.Cli.Infrastructure;
using Sahel.Diff.Versions;
using Sahel.Model;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Commands.Diff;

/// <summary>
/// `sahel diff URL` (or a story id): how one article changed between sweeps, by default from its first version
/// to its latest; --since/--until compare the article as it stood at each end of the window, --from/--to name
/// the versions.
/// </summary>
public static class ArticleDiffAction
{
    public sealed record Request(DiffTarget Target, OutputFormat<ArticleDiffReport> Format, string? Output, bool ExitCode, DateTimeOffset? Since, DateTimeOffset? Until, int? From, int? To);

    public static async Task<int> RunAsync(CommandContext context, Request request)
    {
        using var store = context.OpenExistingStore();
        var story = Find(store, request.Target, context);
        var versions = store.Versions.Load(story.Id);
        var (from, to) = ArticleComparer.Window(versions, request.Since, request.Until);
        from = Check("--from", request.From, versions.Count) ?? from;
        to = Check("--to", request.To, versions.Count) ?? to;
        var diff = ArticleComparer.Compare(story, versions, from, to);
        var renderer = request.Format.Create(RenderSettings.Default);
        await OutputTarget.WriteAsync(request.Output, context.Out, writer => renderer.Render(new ArticleDiffReport(diff, context.Now), writer)).ConfigureAwait(false);
        return request.ExitCode && diff.Changed ? ExitCodes.DifferencesFound : ExitCodes.Success;
    }

    private static Story Find(ISahelStore store, DiffTarget target, CommandContext context)
    {
        if (target.Kind == DiffTargetKind.Story)
            return store.Stories.FindByKey(target.Value) ?? throw new CliException($"no stored story has the id {target.Value}; `sahel stories --format json` shows the ids");
        var stories = store.Stories.FindByUrl(target.Value);
        if (stories.Count == 0)
            throw new CliException($"no stored article has the URL {target.Value}");
        // The same article in several feeds (an outlet's main and section feeds): the most edited copy, then the first seen.
        var chosen = stories.OrderByDescending(s => s.Versions).ThenBy(s => s.FirstSeen).ThenBy(s => s.Key, StringComparer.Ordinal).First();
        if (stories.Count > 1)
            context.Inform($"sahel: {target.Value} is in {stories.Count} feeds; showing {chosen.Outlet}'s (id {chosen.Key})");
        return chosen;
    }

    private static int? Check(string option, int? version, int count) =>
        version is not { } number ? null
        : number >= 1 && number <= count ? number
        : throw CliException.Usage($"{option} {number}: the article has {(count == 1 ? "one version" : $"versions 1 to {count}")}");
}
