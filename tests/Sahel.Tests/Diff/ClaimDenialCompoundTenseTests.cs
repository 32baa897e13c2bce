using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 18: a denial's speaker is reached from its tense's auxiliary, so "Le ministère tchadien de la Défense a démenti"
/// reads the ministry as "Le ministère tchadien de la Défense dément" does (the nationality adjective had put the speaker one
/// word out of reach in the compound past). Sentences written for these tests.
/// </summary>
public sealed class ClaimDenialCompoundTenseTests
{
    private static List<string> Read(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility.Select(r => $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}").ToList();

    [Theory]
    [InlineData("Tchad : frappe contestée", "Le ministère tchadien de la Défense a démenti que des frappes aériennes près de Baga Sola aient tué des civils.", "denied td-army")]
    [InlineData("Mali : frappe contestée", "Le ministère malien de la Défense a démenti que ses frappes de drone près de Gao aient tué des civils.", "denied fama")]
    [InlineData("Niger : frappe contestée", "Le ministère nigérien de la Défense avait démenti que ses frappes près de Tillabéri aient tué des civils.", "denied ne-fan")]
    public void ACompoundPastDenial_ReachesTheMinistryWithItsAdjective(string title, string text, string expected) =>
        Assert.Contains(expected, Read(title, text));

    [Theory]
    // the present tense was read before; it still is
    [InlineData("Tchad : frappe contestée", "Le ministère tchadien de la Défense dément que des frappes aériennes près de Baga Sola aient tué des civils.", "denied td-army")]
    public void APresentDenial_IsReadAsBefore(string title, string text, string expected) =>
        Assert.Contains(expected, Read(title, text));

    [Theory]
    // a speaker too far before the auxiliary (an aside between) is still not taken as the denier of a strike
    [InlineData("Tchad : frappe contestée", "Des habitants, joints au téléphone depuis la capitale par notre rédaction, ont démenti que des frappes aériennes aient tué des civils.")]
    public void ASpeakerOutOfReach_DeniesForNoForce(string title, string text) =>
        Assert.DoesNotContain(Read(title, text), r => r.StartsWith("denied", StringComparison.Ordinal));
}
