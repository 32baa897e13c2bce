using Sahel.Diff.Claims;

namespace Sahel.Diff.Incidents;

/// <summary>
/// What accounts say of an incident's responsibility other than a group's own claim, kept apart from claims as
/// ACLED and analysts keep them: an actor blamed (and by whom), an actor denying, or nobody having claimed it.
/// </summary>
public sealed record BlameComparison
{
    /// <summary>The lexicon actor id blamed or denying; null for "not claimed".</summary>
    public string? Actor { get; init; }
    public required ResponsibilityPolarity Polarity { get; init; }

    /// <summary>Who blames or denies, as source kinds or actor ids, in order of first report.</summary>
    public required IReadOnlyList<Attribution> By { get; init; }
    public required IReadOnlyList<StoryAccount> Accounts { get; init; }
    public required IReadOnlyList<StoryAccount> Copies { get; init; }

    /// <summary>The sentence of the first account that says it.</summary>
    public required string Evidence { get; init; }

    internal static List<BlameComparison> Compare(IReadOnlyList<StoryAccount> accounts)
    {
        var all = accounts.SelectMany(a => a.Claims.Responsibility.Where(c => c.Polarity != ResponsibilityPolarity.Claimed).Select(c => (Account: a, Claim: c))).ToList();
        return all.GroupBy(x => (x.Claim.Polarity, x.Claim.Actor))
            .Select(g =>
            {
                var ordered = g.OrderBy(x => x.Account.IsCopy).ThenBy(x => x.Account.Story.Published).ToList();
                return new BlameComparison
                {
                    Actor = g.Key.Actor,
                    Polarity = g.Key.Polarity,
                    By = ordered.Select(x => x.Claim.By).OfType<Attribution>().DistinctBy(b => (b.Kind, b.Name)).ToList(),
                    Accounts = g.Where(x => !x.Account.IsCopy).Select(x => x.Account).Distinct().ToList(),
                    Copies = g.Where(x => x.Account.IsCopy).Select(x => x.Account).Distinct().ToList(),
                    Evidence = ordered[0].Claim.Text,
                };
            })
            .OrderBy(b => b.Polarity).ThenBy(b => b.Accounts.Concat(b.Copies).Min(a => a.Story.Published))
            .ToList();
    }
}
