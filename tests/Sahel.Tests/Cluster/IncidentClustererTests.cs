using Sahel.Cluster;
using Sahel.Model;
using Xunit;
using static Sahel.Tests.Cluster.ClusterTestData;

namespace Sahel.Tests.Cluster;

public sealed class IncidentClustererTests
{
    private static IncidentSet Build(params (Story Story, StoryFeatures Features)[] items)
    {
        var features = items.ToDictionary(i => i.Story.Id, i => i.Features);
        return new IncidentBuilder(s => features[s.Id], new ClusterOptions()).Build(items.Select(i => i.Story).OrderBy(s => s.Published).ToList());
    }

    [Fact]
    public void ThreeLanguagesOneAmbush_AreOneIncident_NamedByWhatTheyAgreeOn()
    {
        var set = Build(
            (Story(1, "sada", "ar", Monday), Features(EventType.Attack, [Kidal, Anefis], [Fla, Fama])),
            (Story(2, "wire", "en", Monday.AddHours(2)), Features(EventType.Ambush, [Kidal], [Fama], [20])),
            (Story(3, "tamarinier", "fr", Monday.AddHours(20)), Features(EventType.Ambush, [Anefis], [Fama], [12])));
        var incident = Assert.Single(set.Incidents);
        Assert.Equal(3, incident.Stories.Count);
        Assert.Equal(EventType.Ambush, incident.EventType);
        Assert.Equal(["ml-kidal", "ml-anefis"], incident.Places.Select(p => p.Id).ToArray());
        Assert.Equal("fama", incident.Actors[0].Id);
        Assert.Equal(Monday, incident.FirstSeen);
        Assert.Equal("inc-" + Story(1, "sada", "ar", Monday).Key, incident.Id);
    }

    [Fact]
    public void SamePlace_ThreeWeeksLater_IsAnotherIncident()
    {
        var set = Build(
            (Story(1, "a", "fr", Monday), Features(EventType.Attack, [Djibo], [Jnim])),
            (Story(2, "b", "en", Monday.AddDays(21)), Features(EventType.Attack, [Djibo], [Jnim])));
        Assert.Equal(2, set.Incidents.Count);
    }

    [Fact]
    public void SamePlace_TwoDaysLater_DifferentTarget_IsAnotherIncident()
    {
        var set = Build(
            (Story(1, "a", "fr", Monday), Features(EventType.Attack, [Djibo], [Jnim], text: "attaque contre le detachement militaire")),
            (Story(2, "b", "fr", Monday.AddHours(1)), Features(EventType.Attack, [Djibo], [Jnim], text: "le camp militaire attaque")),
            (Story(3, "c", "fr", Monday.AddDays(2)), Features(EventType.Attack, [Djibo], [Jnim], text: "un convoi de ravitaillement attaque")));
        Assert.Equal(2, set.Incidents.Count);
        Assert.Equal(2, set.Incidents[0].Stories.Count);
    }

    [Fact]
    public void NearbyPlaces_WithinTheDistance_AreOneIncident_FarOnesAreNot()
    {
        var near = Build(
            (Story(1, "a", "fr", Monday), Features(EventType.Ambush, [Kidal], [Fama], [5])),
            (Story(2, "b", "en", Monday.AddHours(3)), Features(EventType.Ambush, [new Place("ml-near", "Near Kidal", "village", "ML", "Kidal", 18.60, 1.55, false)], [Fama], [5])));
        Assert.Single(near.Incidents);
        var far = Build(
            (Story(1, "a", "fr", Monday), Features(EventType.Ambush, [Kidal], [Fama], [5])),
            (Story(2, "b", "en", Monday.AddHours(3)), Features(EventType.Ambush, [Aguelhok], [Fama], [5])));
        Assert.Equal(2, far.Incidents.Count);
    }

    [Fact]
    public void RetrospectivesAndCountryOnlyMentions_AreNotIncidents()
    {
        var set = Build(
            (Story(1, "a", "fr", Monday), Features(EventType.Ambush, [Kidal], [Fama], retrospective: true)),
            (Story(2, "b", "en", Monday), Features(EventType.Attack, [Mali], [Jnim])));
        Assert.Empty(set.Incidents);
        Assert.Equal(2, set.Unassigned.Count);
    }

    [Fact]
    public void AMentionWithoutAnEvent_JoinsAnIncidentItMatches_ButNeverStartsOne()
    {
        var alone = Build((Story(1, "a", "fr", Monday), Features(EventType.Other, [Kidal], [Fama], [12])));
        Assert.Empty(alone.Incidents);
        var joined = Build(
            (Story(1, "a", "fr", Monday), Features(EventType.Ambush, [Kidal], [Fama], [12])),
            (Story(2, "b", "fr", Monday.AddHours(30)), Features(EventType.Other, [Kidal], [Fama], [12])));
        Assert.Equal(2, Assert.Single(joined.Incidents).Stories.Count);
    }

    [Fact]
    public void IncompatibleEventTypes_SamePlaceAndDay_StayApart()
    {
        var set = Build(
            (Story(1, "a", "fr", Monday), Features(EventType.Kidnapping, [Aguelhok])),
            (Story(2, "b", "fr", Monday.AddHours(4)), Features(EventType.AirStrike, [Aguelhok])));
        Assert.Equal(2, set.Incidents.Count);
    }

    [Fact]
    public void Copies_AreFoldedUnderTheEarliest_AndFollowItIntoItsIncident()
    {
        const string wire = "at least twenty soldiers were killed when gunmen ambushed a military convoy between kidal and anefis on tuesday security sources said";
        var set = Build(
            (Story(1, "wire", "en", Monday), Features(EventType.Ambush, [Kidal], [Fama], [20], wire)),
            (Story(2, "review", "en", Monday.AddHours(3)), Features(EventType.Ambush, [Kidal], [Fama], [20], wire)),
            (Story(3, "brief", "en", Monday.AddDays(5)), Features(EventType.Ambush, [Kidal], [Fama], [20], "new headline " + wire)));
        var incident = Assert.Single(set.Incidents);
        Assert.Equal(3, incident.Stories.Count);
        Assert.Equal(2, incident.Stories.Count(s => s.DuplicateOf?.Id == 1));
        Assert.Equal(2, incident.Stories.Single(s => s.Story.Id == 1).CopyCount);
    }

    [Fact]
    public void SameUrlInTwoFeeds_IsOneStory()
    {
        var set = Build(
            (Story(1, "a", "fr", Monday, "https://same.example/x"), Features(EventType.Other, [])),
            (Story(2, "b", "fr", Monday.AddHours(1), "https://same.example/x"), Features(EventType.Other, [])));
        Assert.Equal(1, set.OriginalOf(set.Unassigned[1].Story)!.Id);
    }
}
