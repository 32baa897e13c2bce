using Sahel.Diff.Claims;
using Sahel.Normalize;

namespace Sahel.Diff.Incidents;

/// <summary>
/// Something only one outlet's accounts mention when others covered the incident too: a place, an actor, a
/// figure (a value from a source no other outlet reports) or a claim. Copies do not count: a copy has what its
/// original has.
/// </summary>
public sealed record UniqueDetail(string Kind, string Value, string Outlet)
{
    internal static List<UniqueDetail> Find(IReadOnlyList<StoryAccount> accounts, IReadOnlyList<TollComparison> tolls, IReadOnlyList<ClaimComparison> claims, Lexicon lexicon)
    {
        var originals = accounts.Where(a => !a.IsCopy).ToList();
        if (originals.Select(a => a.Story.Outlet).Distinct(StringComparer.Ordinal).Count() < 2)
            return [];
        var details = new List<UniqueDetail>();
        // A capital in one account is usually its government speaking ("Bamako a démenti"), not a detail of the event.
        foreach (var group in originals.SelectMany(a => a.Places.Where(p => p.Kind != "country" && !p.Capital).Select(p => (p.Name, a.Story.Outlet))).GroupBy(x => x.Name, StringComparer.Ordinal))
            AddIfOne("place", group.Key, group.Select(x => x.Outlet));
        foreach (var group in originals.SelectMany(a => a.Actors.Select(x => (x.Name, a.Story.Outlet))).GroupBy(x => x.Name, StringComparer.Ordinal))
            AddIfOne("actor", group.Key, group.Select(x => x.Outlet));
        foreach (var toll in tolls)
            foreach (var report in toll.Reports)
                AddIfOne("figure", $"{ClaimChanges.Name(toll.Kind)}{(toll.Victims is null ? "" : " " + toll.Victims)} {report.Count.Display} ({SourceLabel.Of(report.SourceKind, report.SourceName, lexicon)})",
                    report.Accounts.Select(a => a.Story.Outlet));
        foreach (var claim in claims)
            AddIfOne("claim", $"{lexicon.FindActor(claim.Claimant)?.Name ?? claim.Claimant} {(claim.Outcomes.Count == 0 ? claim.Verb : "claims " + string.Join(", ", claim.Outcomes))}",
                claim.Accounts.Select(a => a.Story.Outlet));
        return details;

        void AddIfOne(string kind, string value, IEnumerable<string> outlets)
        {
            var who = outlets.Distinct(StringComparer.Ordinal).ToList();
            if (who.Count == 1)
                details.Add(new UniqueDetail(kind, value, who[0]));
        }
    }
}
