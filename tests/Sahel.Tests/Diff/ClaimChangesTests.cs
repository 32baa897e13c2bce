using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>What changed in a story's claims between two versions: the words the article-versions diff prints.</summary>
public sealed class ClaimChangesTests
{
    private static IReadOnlyList<ClaimChange> Changes(string before, string after) =>
        ClaimChanges.Compare(ClaimExtractor.Extract("Embuscade", before, "fr"), ClaimExtractor.Extract("Embuscade", after, "fr"));

    [Fact]
    public void A_raised_toll_is_one_change_from_the_old_figure_to_the_new()
    {
        var change = Assert.Single(Changes("Au moins 12 soldats ont été tués, selon l'armée.", "Au moins 20 soldats ont été tués, selon l'armée."));
        Assert.Equal(("killed", "≥ 12", "≥ 20"), (change.Kind, change.Before, change.After));
        Assert.Equal("toll ≥ 12 → ≥ 20 (killed, soldiers)", change.Description);
    }

    [Fact]
    public void A_dropped_attribution_is_named_as_written()
    {
        var changes = Changes("Cinq soldats ont été tués, selon l'armée.", "Cinq soldats ont été tués.");
        var change = Assert.Single(changes, c => c.Kind == "attribution");
        Assert.Equal("selon l'armée", change.Before);
        Assert.Null(change.After);
        Assert.Equal("attribution 'selon l'armée' removed", change.Description);
    }

    [Fact]
    public void Unchanged_claims_and_rewording_are_no_change() =>
        Assert.Empty(Changes("Cinq soldats ont été tués mardi, selon l'armée.", "Mardi, cinq soldats ont été tués, selon l'armée."));

    [Fact]
    public void A_new_wounded_figure_and_a_new_claim_are_added()
    {
        var changes = Changes("Cinq soldats tués selon l'armée.",
            "Cinq soldats tués et neuf blessés selon l'armée. Le FLA a revendiqué l'attaque contre le convoi.");
        Assert.Contains(changes, c => c is { Kind: "wounded", Before: null, After: "9" } && c.Description == "toll wounded (soldiers) 9 added");
        Assert.Contains(changes, c => c.Kind == "responsibility" && c.Before is null && c.After == "fla claims the attack on the convoy");
    }
}
