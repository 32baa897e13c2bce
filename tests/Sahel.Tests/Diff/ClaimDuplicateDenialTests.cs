using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 19: a denial said in the headline with no denier and again in the text by its denier is one denial, kept with
/// the denier, as a blame already was. Sentences written for these tests.
/// </summary>
public sealed class ClaimDuplicateDenialTests
{
    private static List<string> Read(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility
            .Select(r => $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}{(r.By is { } by ? " by " + by.Kind : "")}").ToList();

    [Theory]
    [InlineData("Mauritanie : deux chameliers tués par des soldats maliens selon leurs familles, Bamako dément",
        "Deux chameliers ont été tués par des soldats maliens près de la frontière, ont affirmé leurs familles.\nLe ministère malien des Affaires étrangères a démenti toute implication des FAMa.", "denied fama")]
    // read as one denial before the change too; kept as a guard
    [InlineData("Niger: two herders killed by Nigerien soldiers, relatives say; Niamey denies",
        "Two herders were killed by Nigerien soldiers near the Malian border, their relatives said.\nThe Nigerien foreign ministry denied any involvement of the army.", "denied ne-fan")]
    public void ADenialInTitleAndText_IsOneDenial(string title, string text, string denial) =>
        Assert.Single(Read(title, text), r => r.StartsWith(denial, StringComparison.Ordinal));

    [Theory]
    // two forces each denying: both denials stay
    [InlineData("Mali : l'armée et ses alliés démentent toute bavure",
        "L'armée malienne a démenti avoir tué des civils près de Ségou. Africa Corps a également démenti toute exaction.", "denied fama", "denied africa-corps")]
    public void DenialsOfTwoForces_AreBothKept(string title, string text, string first, string second)
    {
        var read = Read(title, text);
        Assert.Contains(read, r => r.StartsWith(first, StringComparison.Ordinal));
        Assert.Contains(read, r => r.StartsWith(second, StringComparison.Ordinal));
    }
}
