using Sahel.Model;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Render;

/// <summary>
/// A kept story object is valid only while nothing it shows has changed: every stored field the story object
/// writes before its incident is in the key (the digests' copies are checked byte for byte end to end in
/// DayByDaySweepTests).
/// </summary>
public sealed class StoryObjectCacheTests
{
    private static readonly Story Base = new()
    {
        Id = 7,
        FeedId = 1,
        FeedUrl = "https://outlet.example/feed.xml",
        ItemKey = "https://outlet.example/7",
        Url = "https://outlet.example/7",
        Title = "Embuscade près d'Anéfis",
        Outlet = "Outlet",
        SummaryHtml = "<p>Au moins 12 soldats tués.</p>",
        ContentHash = "c1",
        Lang = "fr",
        Country = "ML",
        CategoriesJson = """["Sécurité"]""",
        Published = new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero),
        FirstSeen = new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero),
        LastSeen = new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero),
    };

    public static TheoryData<string, Story, string?> Changes => new()
    {
        { "item key", Base with { ItemKey = "other" }, null },
        { "feed", Base with { FeedUrl = "https://other.example/feed.xml" }, null },
        { "outlet name", Base with { Outlet = "Renamed outlet" }, null },
        { "content (title, link, summary, author)", Base with { ContentHash = "c2" }, null },
        { "article page", Base with { PageHash = "p1" }, null },
        { "link", Base with { Url = "https://outlet.example/7?amp" }, null },
        { "title", Base with { Title = "Embuscade près de Kidal" }, null },
        { "categories", Base with { CategoriesJson = "[]" }, null },
        { "language", Base with { Lang = "ar" }, null },
        { "no language", Base with { Lang = null }, null },
        { "country", Base with { Country = "NE" }, null },
        { "published", Base with { Published = Base.Published.AddHours(1) }, null },
        { "published estimated", Base with { PublishedIsEstimated = true }, null },
        { "updated", Base with { Updated = Base.Published.AddHours(2) }, null },
        { "first seen", Base with { FirstSeen = Base.FirstSeen.AddMinutes(1) }, null },
        { "last seen", Base with { LastSeen = Base.LastSeen.AddDays(1) }, null },
        { "versions", Base with { Versions = 2 }, null },
        { "last edited", Base with { LastEdited = Base.LastSeen }, null },
        { "English title", Base, "Ambush near Anéfis" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void AnyFieldTheObjectShows_ChangesTheKey(string change, Story changed, string? englishTitle)
    {
        Assert.True(StoryObjectCache.KeyOf(Base, null) != StoryObjectCache.KeyOf(changed, englishTitle), $"{change} left the key as it was");
    }

    [Fact]
    public void TheSameStory_HasTheSameKey_WhateverItsRowId()
    {
        Assert.Equal(StoryObjectCache.KeyOf(Base, null), StoryObjectCache.KeyOf(Base with { Id = 8, FeedId = 2 }, null));
    }
}
