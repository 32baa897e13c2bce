using System.Text;
using System.Text.Json;

namespace Sahel.Render;

/// <summary>`sahel stories --format ndjson`: JSON Lines, one story object per line, for jq and streaming tools.</summary>
public sealed class NdjsonStoriesRenderer : IReportRenderer<StoryList>
{
    public void Render(StoryList report, TextWriter output)
    {
        var compact = JsonOutput.Compact;
        using var buffer = new MemoryStream();
        var details = report.Details;
        foreach (var story in report.Stories)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, compact))
                StoryJsonWriter.Write(json, story, details: details);
            output.WriteLine(JsonOutput.Text(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        }
    }
}
