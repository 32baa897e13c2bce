using Sahel.Model;
using Sahel.Render;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;
using TimelineModel = global::Sahel.Timeline.Timeline;

namespace Sahel.Tests.Render;

/// <summary>What people and machines read, approved as files under __snapshots__ (review any change to them).</summary>
public sealed class TimelineSnapshotTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 11, 12, 0, 0, TimeSpan.Zero);

    private static Story Story(long id, string outlet, string lang, string title, string? url, DateTimeOffset published, bool estimated = false) => new()
    {
        Id = id,
        ItemKey = "guid:" + id,
        FeedId = id,
        FeedUrl = $"https://{outlet.ToLowerInvariant().Replace(' ', '-')}.example/rss",
        Outlet = outlet,
        Url = url,
        Title = title,
        SummaryHtml = "<p>Résumé de test.</p>",
        Lang = lang,
        Country = "ML",
        Published = published,
        PublishedIsEstimated = estimated,
        FirstSeen = published,
        LastSeen = Now,
        CategoriesJson = "[\"Sécurité\"]",
    };

    private static TimelineModel Sample() => new(Now, Now.AddDays(-3), null,
    [
        Story(1, "Le Veilleur du Sahel", "fr", "Embuscade entre Kidal et Anéfis : l'armée parle de « violents combats »", "https://veilleur.example/2026/03/09/embuscade", Now.AddDays(-2).AddHours(-5)),
        Story(2, "الساحل اليوم", "ar", "هجوم على رتل للجيش المالي قرب أغلهوك", "https://sahel-today.example/news/1201", Now.AddDays(-2).AddHours(-1)),
        Story(3, "Sahel Wire", "en", "JNIM and FLA ambush Malian convoy; at least 20 killed", "https://sahelwire.example/ambush-kidal", Now.AddDays(-1)),
        Story(4, "Hostile Outlet", "en", "[click](javascript:alert(1)) <script>x</script> # heading | cell \u202Eevil", "javascript:alert(1)", Now.AddDays(-1).AddHours(2)),
        Story(5, "Le Veilleur du Sahel", "fr", "Bulletin sans date", null, Now.AddHours(-3), estimated: true),
    ]);

    private static string Render(IReportRenderer<TimelineModel> renderer, TimelineModel timeline)
    {
        using var writer = new StringWriter();
        renderer.Render(timeline, writer);
        return writer.ToString();
    }

    [Fact]
    public void Markdown_ForFilesAndPipes() => Snapshot.Match(Render(new MarkdownTimelineRenderer(relativeTimes: false), Sample()));

    [Fact]
    public void Markdown_OnATerminal_HasRelativeTimes() => Snapshot.Match(Render(new MarkdownTimelineRenderer(relativeTimes: true), Sample()));

    [Fact]
    public void Markdown_Empty() => Snapshot.Match(Render(new MarkdownTimelineRenderer(false), new TimelineModel(Now, Now.AddDays(-1), Now, [])));

    [Fact]
    public void Json() => Snapshot.Match(Render(new JsonTimelineRenderer(), Sample()).Replace(SahelVersion.Version, "VERSION"));

    [Fact]
    public void Json_IsValid_AndKeepsHostileTextAsData()
    {
        var json = Render(new JsonTimelineRenderer(), Sample());
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var stories = document.RootElement.GetProperty("stories");
        Assert.Equal(5, stories.GetArrayLength());
        var hostile = stories[3];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hostile.GetProperty("url").ValueKind);
        Assert.False(hostile.GetProperty("title").GetString()!.Contains('\u202E', StringComparison.Ordinal));
        Assert.Equal(1, document.RootElement.GetProperty("schemaVersion").GetInt32());
    }
}
