using Sahel.Cluster;
using Sahel.Diff.Claims;
using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Incidents;

/// <summary>
/// Where the accounts of one incident agree and disagree: per figure, the values each outlet reports and whom
/// it attributes them to; the claims of responsibility; who reported first and who repeated whom; which
/// language communities covered it; and what one account has that the others lack.
/// </summary>
public sealed record IncidentComparison
{
    public required Incident Incident { get; init; }

    /// <summary>Every story, originals and copies, oldest first.</summary>
    public required IReadOnlyList<StoryAccount> Accounts { get; init; }
    public required IReadOnlyList<TollComparison> Tolls { get; init; }
    public required IReadOnlyList<ClaimComparison> Claims { get; init; }

    /// <summary>Blames, denials and "not claimed", apart from the claims.</summary>
    public IReadOnlyList<BlameComparison> Blames { get; init; } = [];
    public required IReadOnlyList<UniqueDetail> UniqueDetails { get; init; }

    /// <summary>The lexicon the claims were read with: it names the actors they refer to by id.</summary>
    public required Lexicon Lexicon { get; init; }

    public string ActorName(string id) => Lexicon.FindActor(id)?.Name ?? id;

    /// <summary>The earliest original report.</summary>
    public StoryAccount FirstReport => Accounts.Where(a => !a.IsCopy).DefaultIfEmpty(Accounts[0]).First()!;

    /// <summary>Outlets by language, in order of their first report.</summary>
    public IReadOnlyList<(string Language, IReadOnlyList<string> Outlets)> Languages =>
        Accounts.GroupBy(a => a.Story.Lang ?? "und").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.Select(a => a.Story.Outlet).Distinct(StringComparer.Ordinal).ToList())).ToList();

    /// <summary>
    /// True when some figure is given differently by two accounts (one's figure outside the other's range), when
    /// claims of responsibility name different groups, or when a group claims what another account says it denies.
    /// A force's claim of its own operation (the army's riposte to an ambush) competes with no group's claim.
    /// </summary>
    public bool Disagree => Tolls.Any(t => !t.Agree)
        || Claims.Where(c => !c.ByForce).Select(c => c.Claimant).Distinct(StringComparer.Ordinal).Count() > 1
        || Blames.Any(b => b.Polarity == ResponsibilityPolarity.Denied && Claims.Any(c => c.Claimant == b.Actor));

    /// <summary>Compares the stories of <paramref name="incident"/>, reading each one's text with <paramref name="text"/> (full text when stored, else its summary).</summary>
    public static IncidentComparison Build(Incident incident, Func<Story, string?> text, Lexicon lexicon)
    {
        var analyzer = new StoryAnalyzer(lexicon);
        var accounts = incident.Stories.Select(s =>
        {
            var body = text(s.Story);
            var features = analyzer.Analyze(s.Story.Title, body, s.Story.Published);
            return new StoryAccount
            {
                Story = s.Story,
                CopyOf = s.DuplicateOf,
                Claims = ClaimExtractor.Extract(s.Story.Title, body, s.Story.Lang, lexicon),
                Places = features.Places,
                Actors = features.Actors,
            };
        }).ToList();
        var tolls = TollGrouping.Compare(accounts);
        var claims = ClaimComparison.Compare(accounts, lexicon);
        return new IncidentComparison
        {
            Incident = incident,
            Accounts = accounts,
            Tolls = tolls,
            Claims = claims,
            Blames = BlameComparison.Compare(accounts),
            UniqueDetails = UniqueDetail.Find(accounts, tolls, claims, lexicon),
            Lexicon = lexicon,
        };
    }
}
