using Sahel.Cluster;
using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;
using Sahel.Digest;
using Sahel.Model;
using Sahel.Render.Feeds;
using Sahel.Render.Tables;
using Xunit;

namespace Sahel.Tests.Render;

/// <summary>The rules behind the digest formats: feed entry ids and update times, ACLED's counts, CSV safety, glosses.</summary>
public sealed class DigestFormatUnitTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);

    private static Story Story(long id, DateTimeOffset published, DateTimeOffset? firstSeen = null, DateTimeOffset? edited = null) => new()
    {
        Id = id,
        ItemKey = "guid:" + id,
        FeedId = 1,
        FeedUrl = "https://veilleur.example/rss",
        Outlet = "Le Veilleur",
        Title = "Embuscade près d'Anéfis",
        Url = $"https://veilleur.example/{id}",
        Published = published,
        FirstSeen = firstSeen ?? published,
        LastSeen = published.AddDays(2),
        LastEdited = edited,
        Versions = edited is null ? 1 : 2,
    };

    private static Incident Incident(params Story[] stories) => new()
    {
        Id = "inc-" + stories[0].Key,
        FirstSeen = stories.Min(s => s.Published),
        LastSeen = stories.Max(s => s.Published),
        Places = [],
        Actors = [],
        EventType = EventType.Ambush,
        Stories = stories.Select(s => new IncidentStory(s, null)).ToList(),
    };

    [Fact]
    public void AnEntry_KeepsItsId_AndIsUpdated_WhenTheIncidentGainsAReport_OrAReportIsEdited()
    {
        var first = Story(1, Monday, Monday.AddMinutes(30));
        var before = DigestFeedBuilder.ForIncident(Incident(first), DigestDetails.Empty);
        Assert.Equal(Monday.AddMinutes(30), before.Updated);

        var grown = DigestFeedBuilder.ForIncident(Incident(first, Story(2, Monday.AddHours(5), Monday.AddHours(6))), DigestDetails.Empty);
        Assert.Equal(before.Id, grown.Id);
        Assert.Equal(Monday.AddHours(6), grown.Updated);

        var edited = DigestFeedBuilder.ForIncident(Incident(first with { LastEdited = Monday.AddDays(1) }), DigestDetails.Empty);
        Assert.Equal(before.Id, edited.Id);
        Assert.Equal(Monday.AddDays(1), edited.Updated);

        // Nothing new: the same time, so a reader shows nothing again.
        Assert.Equal(before.Updated, DigestFeedBuilder.ForIncident(Incident(first), DigestDetails.Empty).Updated);
        Assert.Equal("tag:sahel-osint.github.io,2026:incident/inc-" + first.Key, before.Id);
    }

    private static NumberRange Count(string qualifier, int? min, int? max = null) => new() { Qualifier = qualifier, Min = min, Max = max ?? min, Text = qualifier };

    [Theory]
    [InlineData("dozens", 20, 99, 12)]
    [InlineData("hundreds", 200, 999, 100)]
    [InlineData("several", 3, 9, 10)]
    [InlineData("at-least", 12, null, 12)]
    [InlineData("about", 25, 35, 30)]
    [InlineData("exact", 5, 5, 5)]
    public void AcledCounts_FollowTheCodebook(string qualifier, int? min, int? max, int expected) =>
        Assert.Equal(expected, AcledCoding.Lowest(new NumberRange { Qualifier = qualifier, Min = min, Max = max, Text = "" }));

    [Theory]
    [InlineData("town", 1)]
    [InlineData("district", 2)]
    [InlineData("region", 3)]
    [InlineData("country", 3)]
    public void GeoPrecision_IsOneTwoOrThree(string precision, int expected) => Assert.Equal(expected, AcledCoding.GeoPrecision(precision));

    [Theory]
    [InlineData(EventType.Ambush, "Battles", "Armed clash")]
    [InlineData(EventType.Ied, "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData(EventType.AirStrike, "Explosions/Remote violence", "Air/drone strike")]
    [InlineData(EventType.Shelling, "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData(EventType.Kidnapping, "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData(EventType.Massacre, "Violence against civilians", "Attack")]
    public void EventTypes_MapToAcleds(EventType type, string eventType, string subEventType)
    {
        var code = AcledCoding.Event(type, civiliansOnly: false);
        Assert.Equal((eventType, subEventType), (code.EventType, code.SubEventType));
    }

    [Fact]
    public void CsvCells_AreQuotedByRfc4180_AndFormulasNeutralised_ButNumbersNeverAltered()
    {
        var output = new StringWriter();
        var csv = new CsvWriter(output);
        csv.Header("a", "b", "c", "d", "e");
        csv.Text("=1+2").Text("he said \"no\", twice").Text("-3").Number(-3.5).Number(-12);
        csv.EndLine();
        Assert.Equal("a,b,c,d,e\r\n'=1+2,\"he said \"\"no\"\", twice\",'-3,-3.5,-12\r\n", output.ToString());
    }

    [Fact]
    public void TheFatalityCount_IsTheLowestPerVictimGroup_Summed()
    {
        var soldiers = new TollComparison
        {
            Kind = TollKind.Killed,
            Victims = "soldiers",
            Reports = [Report(Count("exact", 5)), Report(Count("dozens", 20, 99)), Report(Count("at-least", 20, null))],
        };
        var attackers = new TollComparison { Kind = TollKind.Killed, Victims = "attackers", Reports = [Report(Count("dozens", 20, 99))] };
        var wounded = new TollComparison { Kind = TollKind.Wounded, Victims = "soldiers", Reports = [Report(Count("exact", 9))] };
        Assert.Equal(5 + 12, AcledCoding.Fatalities([soldiers, attackers, wounded]));
        Assert.Equal(0, AcledCoding.Fatalities([wounded]));
    }

    private static TollReport Report(NumberRange count) => new()
    {
        Count = count,
        SourceKind = SourceKind.Local,
        SourceText = "",
        Accounts = [],
        Copies = [],
        Evidence = "",
    };

    [Fact]
    public void AGloss_SaysWhatWhereWhoAndTheFirstFigure_InEnglish()
    {
        var anefis = new Place("ml-anefis", "Anéfis", "base", "ML", "Kidal", 18.05, 0.6, false);
        var features = new StoryFeatures
        {
            EventType = EventType.Ambush,
            Places = [anefis],
            TitlePlaces = [anefis],
            Actors = [new Actor("fama", "FAMa", "state", "Mali", null), new Actor("fla", "FLA", "separatist", "none", null)],
        };
        var claims = StoryClaims.Empty with
        {
            Tolls = [new TollClaim { Kind = TollKind.Killed, Victims = "soldiers", Count = Count("at-least", 12, null), Source = new Attribution { Kind = SourceKind.Local, Text = "selon des sources locales" }, Evidence = "" }],
        };
        Assert.Equal("Ambush · Anéfis (Kidal, Mali) · FAMa vs FLA · ≥ 12 soldiers killed (local sources)", StoryGloss.Of(features, claims, Sahel.Normalize.Lexicon.Default));
        Assert.Equal(StoryGloss.Nothing, StoryGloss.Of(new StoryFeatures(), StoryClaims.Empty, Sahel.Normalize.Lexicon.Default));
    }
}
