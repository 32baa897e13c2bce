using Sahel.Diff.Claims;

namespace Sahel.Diff.Incidents;

/// <summary>
/// Groups the figures of an incident's accounts by what they count (kind and victims) and, within that, by value
/// and source. A figure whose victims the text does not name ("خمسة قتلى") counts with the incident's main
/// victims of that kind: the accounts are about the same dead.
/// </summary>
internal static class TollGrouping
{
    private static readonly string?[] VictimOrder = ["soldiers", "civilians", "people", null, "attackers"];

    // State forces are one source whether or not an account names them; armed groups stay apart by name.
    private static string? Group(Attribution? source) => source?.Kind == SourceKind.ArmedGroup ? source.Name : null;

    public static List<TollComparison> Compare(IReadOnlyList<StoryAccount> accounts)
    {
        var all = accounts.SelectMany(a => a.Claims.Tolls.Select(t => (Account: a, Toll: t))).ToList();
        var main = all.Where(x => x.Toll.Victims is not null and not "attackers").GroupBy(x => x.Toll.Kind)
            .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Toll.Victims).OrderByDescending(v => v.Count()).ThenBy(v => Array.IndexOf(VictimOrder, v.Key)).First().Key);
        return all
            .GroupBy(x => (x.Toll.Kind, Victims: x.Toll.Victims ?? main.GetValueOrDefault(x.Toll.Kind)))
            .OrderBy(g => g.Key.Kind).ThenBy(g => Array.IndexOf(VictimOrder, g.Key.Victims))
            .Select(g => new TollComparison
            {
                Kind = g.Key.Kind,
                Victims = g.Key.Victims,
                Reports = g.GroupBy(x => (x.Toll.Count.Min, x.Toll.Count.Max, x.Toll.Count.Qualifier, Source: x.Toll.Source?.Kind ?? SourceKind.Unattributed, Name: Group(x.Toll.Source)))
                    .Select(r =>
                    {
                        var first = r.OrderBy(x => x.Account.IsCopy).ThenBy(x => x.Account.Story.Published).First();
                        return new TollReport
                        {
                            Count = first.Toll.Count,
                            SourceKind = r.Key.Source,
                            // "the army" in one account and "FAMa" in another are one source: keep the name when an account gives it.
                            SourceName = r.Select(x => x.Toll.Source?.Name).OfType<string>().FirstOrDefault(),
                            SourceText = first.Toll.Source?.Text ?? "",
                            Accounts = r.Where(x => !x.Account.IsCopy).Select(x => x.Account).Distinct().ToList(),
                            Copies = r.Where(x => x.Account.IsCopy).Select(x => x.Account).Distinct().ToList(),
                            Evidence = first.Toll.Evidence,
                        };
                    })
                    // Lowest to highest, as a researcher lists them; equal figures in order of first report.
                    .OrderBy(r => TollComparison.Point(r.Count)).ThenBy(r => r.Count.Qualifier is "dozens" or "hundreds" or "several" ? 1 : 0).ThenBy(r => r.Accounts.Concat(r.Copies).Min(a => a.Story.Published))
                    .ToList(),
            })
            .ToList();
    }
}
