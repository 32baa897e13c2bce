using System.Globalization;
using System.Text;
using System.Text.Json;
using Sahel.Cli.Infrastructure;
using Sahel.Cli.Terminal;
using Sahel.Model;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Commands.Stories;

public static class StoriesAction
{
    public static async Task<int> RunAsync(CommandContext context, StoryFilter filter, string format, string? output = null)
    {
        using var store = context.OpenExistingStore();
        var stories = store.Stories.Query(filter);
        await OutputTarget.WriteAsync(output, context.Out, writer => Write(writer, stories, format, context.Terminal.HumanReadsStdout(output))).ConfigureAwait(false);
        if (stories.Count == 0)
            context.Inform("sahel: no stories match");
        else if (output is not null)
            context.Inform($"sahel: wrote {stories.Count} stories to {output}");
        return ExitCodes.Success;
    }

    private static void Write(TextWriter writer, IReadOnlyList<Story> stories, string format, bool terminal)
    {
        switch (format)
        {
            case "json":
                WriteJson(writer, stories);
                break;
            case "ndjson":
                WriteJsonLines(writer, stories);
                break;
            default:
                TableWriter.Write(writer, terminal,
                    ["published", "outlet", "lang", "title", "url"],
                    stories.Select(s => (IReadOnlyList<string>)[
                        s.Published.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        SafeText.Clean(s.Outlet), s.Lang ?? "", SafeText.Clean(s.Title), SafeText.HttpLink(s.Url) ?? ""]));
                break;
        }
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<Story> stories) =>
        JsonOutput.Write(output, JsonOutput.Options, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", JsonTimelineRenderer.SchemaVersion);
            json.WriteStartArray("stories");
            foreach (var story in stories)
                StoryJsonWriter.Write(json, story);
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteJsonLines(TextWriter output, IReadOnlyList<Story> stories)
    {
        foreach (var story in stories)
            JsonOutput.Write(output, JsonOutput.Compact, json => StoryJsonWriter.Write(json, story));
    }
}
