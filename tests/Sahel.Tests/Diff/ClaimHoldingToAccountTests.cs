using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Round 20 reads a group saying it holds the hostages as its claim, and "no group has said it is holding them" as the
/// claim's absence. Holding someone responsible is no hostage held: "the army has not named the group it holds responsible"
/// says nothing of a claim. Found on the sample feeds, where a story whose attack IS Sahel had claimed was also read unclaimed.
/// </summary>
public sealed class ClaimHoldingToAccountTests
{
    [Theory]
    [InlineData("Islamic State Sahel Province claimed the attack. The Malian army has not publicly named the group it holds responsible.")]
    [InlineData("Islamic State Sahel Province claimed the attack. The army has not said whom it holds accountable.")]
    public void Holding_to_account_is_not_holding_hostages(string text) =>
        Assert.DoesNotContain(ClaimExtractor.Extract("", text, "en").Responsibility, r => r.Polarity == ResponsibilityPolarity.Unclaimed);

    [Theory]
    [InlineData("Twelve drivers were abducted on the road to Gao. No group has said it is holding them.")]
    public void Holding_the_hostages_still_reads(string text) =>
        Assert.Contains(ClaimExtractor.Extract("", text, "en").Responsibility, r => r.Polarity == ResponsibilityPolarity.Unclaimed);
}
