using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// "Residents dispute Niger's toll of four": a country's possessed toll is its government's figure, as "Niamey's toll" is.
/// Found on the sample feeds, where that headline's four went to the residents the lead quotes.
/// </summary>
public sealed class ClaimCountryTollTests
{
    [Theory]
    [InlineData("Tillaberi blast: residents dispute Niger's toll of four", "Residents of Ouallam say seven soldiers, not four, were killed when the device went off.", 4)]
    [InlineData("Kidal ambush: families question Mali's official toll of five", "Relatives say at least twelve soldiers died in the convoy.", 5)]
    public void A_country_s_toll_is_its_government_s(string title, string text, int value) =>
        Assert.Equal(SourceKind.Government, ClaimExtractor.Extract(title, text, "en").Tolls.Single(t => t.Count.Min == value).Source!.Kind);

    [Theory]
    // a country named as a place, or its army, is not the state's toll
    [InlineData("Residents in Niger's Tillaberi region say seven soldiers were killed.", 7, SourceKind.Local)]
    [InlineData("Niger's army said four soldiers were killed.", 4, SourceKind.Army)]
    public void A_country_named_otherwise_is_no_toll_source(string text, int value, SourceKind kind) =>
        Assert.Equal(kind, ClaimExtractor.Extract("", text, "en").Tolls.Single(t => t.Count.Min == value).Source!.Kind);
}
