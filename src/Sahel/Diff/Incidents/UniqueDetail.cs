using Sahel.Normalize;

namespace Sahel.Diff.Incidents;

/// <summary>
/// Something only one outlet's accounts mention when others covered the incident too: a place, an actor, a
/// figure or a claim. Copies do not count: a copy has what its original has.
/// </summary>
public sealed record UniqueDetail(string Kind, string Value, string Outlet)
{
    internal static List<UniqueDetail> Find(IReadOnlyList<StoryAccount> accounts, Lexicon lexicon)
    {
        var originals = accounts.Where(a => !a.IsCopy).ToList();
        var outlets = originals.Select(a => a.Story.Outlet).Distinct(StringComparer.Ordinal).ToList();
        if (outlets.Count < 2)
            return [];
        var details = new List<UniqueDetail>();
        Add("place", a => a.Places.Where(p => p.Kind != "country").Select(p => p.Name));
        Add("actor", a => a.Actors.Select(x => x.Name));
        Add("figure", a => a.Claims.Tolls.Select(t =>
            $"{Claims.ClaimChanges.Name(t.Kind)}{(t.Victims is null ? "" : " " + t.Victims)} {t.Count.Display} ({SourceLabel.Of(t.Source?.Kind ?? Claims.SourceKind.Unattributed, t.Source?.Name, lexicon)})"));
        Add("claim", a => a.Claims.Responsibility.Select(c => $"{lexicon.FindActor(c.Claimant)?.Name ?? c.Claimant}: {c.Outcome ?? "claims the attack"}{(c.Target is null ? "" : " — " + c.Target)}"));
        return details;

        void Add(string kind, Func<StoryAccount, IEnumerable<string>> values)
        {
            var byValue = originals.SelectMany(a => values(a).Select(v => (Value: v, a.Story.Outlet)))
                .GroupBy(x => x.Value, StringComparer.Ordinal);
            foreach (var group in byValue)
            {
                var who = group.Select(x => x.Outlet).Distinct(StringComparer.Ordinal).ToList();
                if (who.Count == 1)
                    details.Add(new UniqueDetail(kind, group.Key, who[0]));
            }
        }
    }
}
