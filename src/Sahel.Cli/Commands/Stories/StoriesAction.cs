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
    public static Task<int> RunAsync(CommandContext context, StoryFilter filter, string format)
    {
        using var store = context.OpenStore();
        var stories = store.Stories.Query(filter);
        switch (format)
        {
            case "json":
                WriteJson(context.Out, stories);
                break;
            case "ndjson":
                WriteJsonLines(context.Out, stories);
                break;
            default:
                TableWriter.Write(context.Out, context.Environment.Streams.OutIsTerminal,
                    ["published", "outlet", "lang", "title", "url"],
                    stories.Select(s => (IReadOnlyList<string>)[
                        s.Published.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        SafeText.Clean(s.Outlet), s.Lang ?? "", SafeText.Clean(s.Title), SafeText.HttpLink(s.Url) ?? ""]));
                break;
        }
        if (stories.Count == 0)
            context.Inform("sahel: no stories match");
        return Task.FromResult(ExitCodes.Success);
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<Story> stories)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, StoryJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", JsonTimelineRenderer.SchemaVersion);
            json.WriteStartArray("stories");
            foreach (var story in stories)
                StoryJsonWriter.Write(json, story);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteJsonLines(TextWriter output, IReadOnlyList<Story> stories)
    {
        var compact = StoryJsonWriter.Options with { Indented = false };
        using var buffer = new MemoryStream();
        foreach (var story in stories)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, compact))
                StoryJsonWriter.Write(json, story);
            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }
}
