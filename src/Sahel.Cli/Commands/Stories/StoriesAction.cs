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

    public static Task<int> RunAsync(CommandContext context, StoryFilter filter, OutputFormat<StoryList> format)
    {
        using var store = context.OpenStore();
        var stories = store.Stories.Query(filter);
        format.Create(new RenderSettings { Terminal = context.Environment.Streams.OutIsTerminal }).Render(new StoryList(context.Now, stories), context.Out);
        if (stories.Count == 0)
            context.Inform("sahel: no stories match");
        return Task.FromResult(ExitCodes.Success);
    }
}
