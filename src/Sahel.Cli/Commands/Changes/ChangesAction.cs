using Sahel.Cli.Infrastructure;
using Sahel.Diff.Versions;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Commands.Changes;

/// <summary>
/// `sahel changes`: the articles with an edit seen in the window, each compared from its state when the window
/// opened to its state when it closed. An article edited and then edited back is left out: nothing changed.
/// </summary>
public static class ChangesAction
{
    public sealed record Request(DateTimeOffset? Since, DateTimeOffset? Until, OutputFormat<ChangesReport> Format, string? Output);

    public static async Task<int> RunAsync(CommandContext context, Request request)
    {
        using var store = context.OpenExistingStore();
        var edited = store.Versions.EditedBetween(request.Since, request.Until);
        var stories = edited.Count == 0 ? [] : store.Stories.Query(new StoryFilter { ItemIds = edited });
        var articles = stories
            .Select(story =>
            {
                var versions = store.Versions.Load(story.Id);
                var (from, to) = ArticleComparer.Window(versions, request.Since, request.Until);
                return ArticleComparer.Compare(story, versions, from, to);
            })
            .Where(article => article.Changed)
            .OrderBy(article => article.To.SeenAt)
            .ThenBy(article => article.Story.Key, StringComparer.Ordinal)
            .ToList();
        var report = new ChangesReport(context.Now, request.Since, request.Until, articles);
        var renderer = request.Format.Create(RenderSettings.Default);
        await OutputTarget.WriteAsync(request.Output, context.Out, writer => renderer.Render(report, writer)).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
