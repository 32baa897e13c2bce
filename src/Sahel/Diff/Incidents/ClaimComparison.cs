using Sahel.Diff.Claims;
using Sahel.Normalize;

namespace Sahel.Diff.Incidents;

/// <summary>
/// One group's claims about an incident across accounts: what it claims (the attack, a target destroyed, vehicles
/// seized), which accounts carry the claim, and whether the group gives a figure of its own.
/// </summary>
public sealed record ClaimComparison
{
    /// <summary>The lexicon actor id of the claimant (fla, jnim), or its words when the lexicon does not know it.</summary>
    public required string Claimant { get; init; }
    public string? Target { get; init; }

    /// <summary>What the claimant says happened: destroyed, seized, held…; empty when it only claims the attack.</summary>
    public required IReadOnlyList<string> Outcomes { get; init; }

    /// <summary>True when some account attributes a figure to the claimant.</summary>
    public required bool GivesFigure { get; init; }
    public required IReadOnlyList<StoryAccount> Accounts { get; init; }
    public required IReadOnlyList<StoryAccount> Copies { get; init; }

    /// <summary>The sentence of the first account that carries the claim.</summary>
    public required string Evidence { get; init; }

    /// <summary>
    /// The claimant is a state, foreign or regional force telling of the operation it carried out (ClaimsSet README:
    /// a force that names itself as the doer claims it): its own operation, not an attack on a target, and no rival
    /// to the group that claims the attack.
    /// </summary>
    public bool ByForce { get; init; }

    /// <summary>What the claimant claims, in words. A defending army "claiming the attack" it suffered misled the reader.</summary>
    public string Verb => ByForce ? "claims its own operation" : "claims the attack";

    // The target most accounts name ("convoy"), with the force it belonged to when some account says ("convoy (FAMa)").
    private static string? MainTarget(List<string> targets) =>
        targets.GroupBy(t => t.Split(" (")[0], StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Where(t => t.Contains(" (", StringComparison.Ordinal)).GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(v => v.Count()).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => v.Key).FirstOrDefault() ?? g.Key)
            .FirstOrDefault();

    internal static List<ClaimComparison> Compare(IReadOnlyList<StoryAccount> accounts, Lexicon lexicon)
    {
        var all = accounts.SelectMany(a => a.Claims.Responsibility.Where(c => c.Polarity == ResponsibilityPolarity.Claimed && c.Actor is not null).Select(c => (Account: a, Claim: c))).ToList();
        // A figure the claimant itself gives: a group's statement, or the army's own bulletin when the claimant is that army.
        var figures = accounts.SelectMany(a => a.Claims.Tolls).Where(t => t.Source?.Kind is SourceKind.ArmedGroup or SourceKind.Army).Select(t => t.Source!.Name).ToHashSet(StringComparer.Ordinal);
        return all.GroupBy(x => x.Claim.Actor!, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.OrderBy(x => x.Account.IsCopy).ThenBy(x => x.Account.Story.Published).First();
                return new ClaimComparison
                {
                    Claimant = g.Key,
                    ByForce = lexicon.FindActor(g.Key)?.Kind is "state" or "foreign" or "regional",
                    Target = MainTarget(g.Select(x => x.Claim.Target).OfType<string>().ToList()),
                    Outcomes = g.Select(x => x.Claim.Outcome).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                    GivesFigure = figures.Contains(g.Key),
                    Accounts = g.Where(x => !x.Account.IsCopy).Select(x => x.Account).Distinct().ToList(),
                    Copies = g.Where(x => x.Account.IsCopy).Select(x => x.Account).Distinct().ToList(),
                    Evidence = first.Claim.Text,
                };
            })
            .OrderBy(c => c.Accounts.Concat(c.Copies).Min(a => a.Story.Published))
            .ToList();
    }
}
