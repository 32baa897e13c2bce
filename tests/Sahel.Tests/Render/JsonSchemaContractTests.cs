using System.Text.Json;
using Sahel.Model;
using Sahel.Render;
using Sahel.Testing;
using Xunit;
using TimelineModel = global::Sahel.Timeline.Timeline;

namespace Sahel.Tests.Render;

/// <summary>
/// docs/schema/timeline.v1.schema.json is the promise to users' scripts: the output carries exactly the fields it
/// names (required ones always), so adding a field without documenting it, or dropping one, fails here.
/// </summary>
public sealed class JsonSchemaContractTests
{
    private static JsonElement Schema() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", "timeline.v1.schema.json"))).RootElement;

    private static JsonElement Output()
    {
        var story = new Story
        {
            Id = 1, FeedId = 1, FeedUrl = "https://a.example/rss", Outlet = "A", ItemKey = "guid:1", Title = "Titre",
            Published = DateTimeOffset.UnixEpoch, FirstSeen = DateTimeOffset.UnixEpoch, LastSeen = DateTimeOffset.UnixEpoch,
            Versions = 3, LastEdited = DateTimeOffset.UnixEpoch.AddDays(1), // an edited story carries the optional fields too
        };
        using var writer = new StringWriter();
        new JsonTimelineRenderer().Render(new TimelineModel(DateTimeOffset.UnixEpoch, null, null, [story]), writer);
        return JsonDocument.Parse(writer.ToString()).RootElement.Clone();
    }

    [Fact]
    public void TopLevel_MatchesTheSchema() => AssertMatches(Schema(), Output());

    [Fact]
    public void Story_MatchesTheSchema() =>
        AssertMatches(Schema().GetProperty("$defs").GetProperty("story"), Output().GetProperty("stories")[0]);

    private static void AssertMatches(JsonElement schema, JsonElement instance)
    {
        var documented = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var required = schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToList();
        var present = instance.EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(required, name => Assert.Contains(name, present));
        Assert.All(present, name => Assert.True(documented.Contains(name), $"'{name}' is in the output but not in the schema"));
    }
}
