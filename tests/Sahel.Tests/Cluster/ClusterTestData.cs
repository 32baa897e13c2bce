using Sahel.Model;

namespace Sahel.Tests.Cluster;

/// <summary>Stories and features made by hand, so clustering is tested apart from text analysis.</summary>
internal static class ClusterTestData
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);

    public static readonly Place Kidal = new("ml-kidal", "Kidal", "city", "ML", "Kidal", 18.4411, 1.4078, false);
    public static readonly Place Anefis = new("ml-anefis", "Anéfis", "base", "ML", "Kidal", 18.05, 0.60, false);
    public static readonly Place Aguelhok = new("ml-aguelhok", "Aguelhok", "town", "ML", "Kidal", 19.4614, 0.8583, false);
    public static readonly Place Djibo = new("bf-djibo", "Djibo", "town", "BF", "Sahel", 14.1022, -1.6306, false);
    public static readonly Place Mali = new("ml", "Mali", "country", "ML", null, 17.0, -4.0, false);
    public static readonly Actor Jnim = new("jnim", "JNIM", "jihadist", "al-Qaeda", null);
    public static readonly Actor Fama = new("fama", "FAMa", "state", "Mali", null);
    public static readonly Actor Fla = new("fla", "FLA", "separatist", null, null);

    public static Story Story(int n, string outlet, string lang, DateTimeOffset published, string? url = null) => new()
    {
        Id = n,
        FeedId = n,
        FeedUrl = $"https://{outlet}.example/rss",
        Outlet = outlet,
        Url = url ?? $"https://{outlet}.example/{n}",
        Title = $"story {n}",
        ItemKey = $"guid:{n}",
        Lang = lang,
        Published = published,
        FirstSeen = published,
        LastSeen = published,
    };

    public static StoryFeatures Features(
        EventType type, Place[] title, Actor[]? actors = null, int[]? numbers = null, string text = "", bool retrospective = false) => new()
    {
        EventType = type,
        TitlePlaces = title,
        Places = title,
        Actors = actors ?? [],
        Numbers = (numbers ?? []).ToHashSet(),
        Tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        Retrospective = retrospective,
    };
}
