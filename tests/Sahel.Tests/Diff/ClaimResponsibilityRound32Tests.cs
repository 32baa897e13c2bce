using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 15, round 32, responsibility: a government (or a ministry) that tells its force's operation beside its denial that
/// civilians were hit (dev18, dev19, dev20). (A) an air force its country names beside it, where the lexicon names no air force
/// apart, is that country's army; (B) the force's operation told in a participle of saying after the denial ("…, saying the air
/// force had neutralised…", "…, affirmant que…", "…، مؤكدة أن…") is its claim, and the denial of harm to civilians, named with
/// no doer, is that force's denial. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound32Tests
{
    [Theory]
    // (A) the air force of a country with no air force apart in the lexicon
    [InlineData("Niger's defence ministry said the Nigerien air force had killed 25 terrorists near Tillaberi.", "claimed ne-fan")]
    [InlineData("Le ministère de la Défense a annoncé que l'armée de l'air burkinabè a neutralisé trente terroristes près de Djibo.", "claimed bf-army")]
    [InlineData("Le gouvernement béninois a annoncé que l'armée de l'air béninoise avait « neutralisé un groupe de terroristes ».", "claimed bj-army")]
    [InlineData("أعلنت وزارة الدفاع أن سلاح الجو النيجري قتل خمسة وعشرين إرهابيا قرب تيلابيري.", "claimed ne-fan")]
    // (A) the Malian air force stays itself
    [InlineData("Le gouvernement malien a annoncé que l'armée de l'air malienne avait neutralisé vingt terroristes.", "claimed ml-air-force")]
    public void AnAirForceItsCountryNames_IsThatCountrysForce(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Fact]
    // (A) a foreign air force the lexicon does not know is no one's
    public void AnUnknownCountrysAirForce_ClaimsNothing() =>
        Assert.DoesNotContain(ClaimStatements.Of("The US air force said its drone killed 20 militants near Agadez."), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // (B) the government's denial, then its force's operation in a participle of saying
    [InlineData("Burkina Faso's government rejected reports that a drone strike near Djibo had killed civilians, saying the Burkinabe air force had neutralised dozens of terrorists.", "claimed bf-army")]
    [InlineData("Burkina Faso's government rejected reports that a drone strike near Djibo had killed civilians, saying the Burkinabe air force had neutralised dozens of terrorists.", "denied bf-army")]
    [InlineData("Le gouvernement nigérien a démenti qu'une frappe ait tué des civils, affirmant que l'armée nigérienne avait neutralisé vingt terroristes.", "claimed ne-fan")]
    [InlineData("Le gouvernement nigérien a démenti qu'une frappe ait tué des civils, affirmant que l'armée nigérienne avait neutralisé vingt terroristes.", "denied ne-fan")]
    [InlineData("نفت حكومة النيجر أن تكون غارة جوية قد قتلت مدنيين، مؤكدة أن سلاح الجو النيجري حيد عشرات الإرهابيين.", "claimed ne-fan")]
    [InlineData("نفت حكومة النيجر أن تكون غارة جوية نفذها الجيش قد قتلت مدنيين، مؤكدة أن الجيش النيجري حيد عشرات الإرهابيين.", "claimed ne-fan")]
    [InlineData("نفت حكومة النيجر أن تكون غارة جوية نفذها الجيش قد قتلت مدنيين، مؤكدة أن الجيش النيجري حيد عشرات الإرهابيين.", "denied ne-fan")]
    public void AForcesOperationInAParticipleAfterTheDenial_IsItsClaim(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // (B) a group's participle names another doer; no force's operation in it; a local speaker
    [InlineData("JNIM denied that its fighters had killed civilians, saying the Malian army killed them.", "claimed fama")]
    [InlineData("Mali's government denied that its troops had killed anyone, saying the dead were terrorists.", "claimed fama")]
    [InlineData("Residents denied that the strike had hit only fighters, saying the Nigerien army had killed twelve civilians.", "claimed ne-fan")]
    // (B) a denial of the force's own losses is no denial of harm to civilians
    [InlineData("Burkina Faso's government denied losing any soldiers, saying the Burkinabe air force had neutralised dozens of terrorists.", "denied bf-army")]
    public void NoForceTellsItsOperation_NoClaimOrDenial(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, ClaimStatements.Of(text));
}
