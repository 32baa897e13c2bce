using Sahel.Cluster;
using Sahel.Model;
using Xunit;
using static Sahel.Tests.Cluster.ClusterTestData;

namespace Sahel.Tests.Cluster;

/// <summary>
/// Capitals in the news are mostly governments speaking. Regression: "نواكشوط تطلب توضيحات من باماكو" (Nouakchott asks
/// Bamako about the herders abducted near Fassala) opened an incident "near Nouakchott, Bamako", and a report of a
/// massacre near Déou that quoted the government in Ouagadougou was titled "near Déou, Ouagadougou".
/// </summary>
public sealed class CapitalAnchorTests
{
    private static readonly Place Bamako = new("ml-bamako", "Bamako", "city", "ML", "Bamako", 12.65, -8.0, false) { Capital = true };
    private static readonly Place Nouakchott = new("mr-nouakchott", "Nouakchott", "city", "MR", "Nouakchott", 18.09, -15.98, false) { Capital = true };
    private static readonly Place Ouagadougou = new("bf-ouagadougou", "Ouagadougou", "city", "BF", "Centre", 12.37, -1.53, false) { Capital = true };
    private static readonly Place Fassala = new("mr-fassala", "Fassala", "town", "MR", "Hodh Ech Chargui", 15.55, -5.51, false);
    private static readonly Place Deou = new("bf-deou", "Déou", "town", "BF", "Sahel", 14.60, -0.72, false);

    [Fact]
    public void ATitleNamingTwoCapitals_IsLocatedByItsText()
    {
        var features = new StoryFeatures { TitlePlaces = [Nouakchott, Bamako], Places = [Fassala, Nouakchott, Bamako], EventType = EventType.Kidnapping };
        Assert.Equal([Fassala], IncidentClusterer.Anchors(features));
    }

    [Fact]
    public void ATitleNamingOneCapital_IsLocatedThere()
    {
        var features = new StoryFeatures { TitlePlaces = [Bamako], Places = [Bamako, Kidal], EventType = EventType.Attack };
        Assert.Equal([Bamako], IncidentClusterer.Anchors(features));
    }

    [Fact]
    public void InTheText_ACapitalCountsOnlyWhenNoOtherPlaceIsNamed()
    {
        Assert.Equal([Deou], IncidentClusterer.Anchors(new StoryFeatures { Places = [Ouagadougou, Deou] }));
        Assert.Equal([Ouagadougou], IncidentClusterer.Anchors(new StoryFeatures { Places = [Ouagadougou, Mali] }));
    }

    [Fact]
    public void TheDiplomaticFollowUp_JoinsTheIncidentItIsAbout()
    {
        var monday = Monday.AddDays(2);
        var abduction = Story(1, "sadaelhodh", "ar", monday);
        var followUp = Story(2, "sadaelhodh", "ar", monday.AddHours(17));
        var set = new IncidentBuilder(s => s.Id == 1
                ? Features(EventType.Kidnapping, [Fassala])
                : new StoryFeatures { TitlePlaces = [Nouakchott, Bamako], Places = [Fassala, Nouakchott, Bamako], EventType = EventType.Kidnapping },
            new ClusterOptions()).Build([abduction, followUp]);
        var incident = Assert.Single(set.Incidents);
        Assert.Equal(2, incident.Stories.Count);
        Assert.Equal([Fassala], incident.Places);
    }
}
