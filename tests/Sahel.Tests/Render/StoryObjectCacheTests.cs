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

    private static byte[] AnObject() => System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(
        "{\"title\": \"Embuscade près d'Anéfis\", \"summary\": \"كمين قرب أنفيس: ١٢ جنديا\"},\n", 40)));

    [Fact]
    public void AKeptObject_ExpandsToTheBytesItWasKeptWith()
    {
        var original = AnObject();
        var compressed = StoryObjectCache.Compress(original);
        Assert.True(compressed.Length < original.Length / 2, $"{compressed.Length} bytes kept for {original.Length}");
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        System.Buffers.BuffersExtensions.Write(output, "before"u8);
        Assert.True(StoryObjectCache.Expand(compressed, output));
        Assert.Equal([.. "before"u8, .. original], output.WrittenSpan.ToArray());
    }

    public static TheoryData<string, Func<byte[], byte[]>> Damages => new()
    {
        { "cut short", kept => kept[..(kept.Length / 2)] },
        { "a longer length", kept => { var copy = kept.ToArray(); copy[0]++; return copy; } },
        { "a shorter length", kept => { var copy = kept.ToArray(); copy[0]--; return copy; } },
        { "a flipped byte", kept => { var copy = kept.ToArray(); copy[kept.Length / 2] ^= 0x55; return copy; } },
        { "no length", kept => kept[..3] },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void ADamagedObject_IsNotCopied(string damage, Func<byte[], byte[]> damaged)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        Assert.False(StoryObjectCache.Expand(damaged(StoryObjectCache.Compress(AnObject())), output), $"{damage}: expanded");
        Assert.Equal(0, output.WrittenCount);
    }

    [Fact]
    public void DamageAfterTheData_NeverYieldsOtherBytes()
    {
        // zlib does not see a lost checksum or bytes after its stream; the object itself is then still whole.
        var original = AnObject();
        var kept = StoryObjectCache.Compress(original);
        foreach (var damaged in new[] { kept[..^4], [.. kept, 0x78, 0x01] })
        {
            var output = new System.Buffers.ArrayBufferWriter<byte>();
            if (StoryObjectCache.Expand(damaged, output))
                Assert.Equal(original, output.WrittenSpan.ToArray());
            else
                Assert.Equal(0, output.WrittenCount);
        }
    }
}
