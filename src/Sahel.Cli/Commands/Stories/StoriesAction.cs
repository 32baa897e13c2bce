using Sahel.Cli.Infrastructure;
using Sahel.Cli.Terminal;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Commands.Stories;

public static class StoriesAction
{
    /// <summary>The terminal table first (the default), then the library's formats.</summary>
    public static FormatTable<StoryList> Formats { get; } = ReportFormats.Stories.With(
        new OutputFormat<StoryList>("table", "a table for people", s => new StoryTableRenderer { IsTerminal = s.Terminal }) { NeedsSummaries = false }, first: true);

    public static async Task<int> RunAsync(CommandContext context, StoryFilter filter, OutputFormat<StoryList> format, string? output = null)
    {
        using var store = context.OpenExistingStore();
        var stories = store.Stories.Query(filter);
        // The claims a digest shows for the same story: read from the cache a fetch filled, with the default
        // lexicon, from the fullest stored text. Reading them again here took twice as long as a whole timeline.
        var claims = format.ShowsClaims
            ? Digest.CachedClaims.For(store, stories, Cluster.IncidentAnalysis.Default.Lexicon, Cluster.IncidentAnalysis.Default.Fingerprint)
            : null;
        var renderer = format.Create(new RenderSettings { Terminal = context.Terminal.HumanReadsStdout(output) });
        await OutputTarget.WriteAsync(output, context.Out, writer => renderer.Render(new StoryList(context.Now, stories) { Claims = claims }, writer)).ConfigureAwait(false);
        if (stories.Count == 0)
            context.Inform("sahel: no stories match");
        else if (output is not null)
            context.Inform($"sahel: wrote {stories.Count} stories to {output}");
        return ExitCodes.Success;
    }
}
