using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Round 20 reads one person as the subject of a singular passive toll ("Un agent a été tué"). A French reflexive is no
/// passive: its subject acts ("une tempête s'est abattue sur la ville", it fell on the town, and killed no one). Found on the
/// sample feeds, where a sandstorm story showed "1 people killed".
/// </summary>
public sealed class ClaimSingularSubjectTests
{
    [Theory]
    [InlineData("Une violente tempête de sable s'est abattue mardi sur Abéché, arrachant des toitures. Aucune victime n'a été signalée.")]
    [InlineData("Une pluie diluvienne s'était abattue sur Niamey dans la nuit.")]
    [InlineData("Une rumeur s'est répandue dans le village.")]
    public void A_reflexive_is_no_toll(string text) => Assert.Empty(ClaimTolls.Tolls(text));

    [Theory]
    [InlineData("Un agent de la garde pénitentiaire a été abattu lors de l'évasion.", TollKind.Killed)]
    [InlineData("Un berger est mort dans l'attaque du campement.", TollKind.Killed)]
    public void The_singular_passive_still_counts_one(string text, TollKind kind) => Assert.True(ClaimTolls.Reads(text, kind, 1));
}
