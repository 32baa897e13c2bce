using Sahel.Cluster;
using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;
using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Digest;

/// <summary>
/// Reads what digests add to the stories: the claims of each story (from its article when stored, else its
/// fullest feed text), its gloss, and each incident's figures compared across its reports.
/// </summary>
public static class DigestAnalyzer
{
    /// <param name="features">The analysis of each story, in the order of <paramref name="stories"/>.</param>
    /// <param name="claimsOf">Each story's claims (<see cref="CachedClaims"/>).</param>
    public static DigestDetails Analyze(IReadOnlyList<Story> stories, IReadOnlyList<StoryFeatures> features, IncidentSet? incidents,
        IReadOnlyDictionary<long, StoryClaims> claimsOf, Lexicon lexicon)
    {
        var claims = stories.Select(story => claimsOf[story.Id]).ToArray();
        // Each gloss and each incident's figures stand alone: worked out on every core.
        var glossText = new string[stories.Count];
        Parallel.For(0, stories.Count, i => glossText[i] = StoryGloss.Of(features[i], claims[i], lexicon));
        var glosses = new Dictionary<long, string>(stories.Count);
        var accounts = new Dictionary<long, (StoryClaims Claims, StoryFeatures Features)>(stories.Count);
        for (var i = 0; i < stories.Count; i++)
        {
            glosses[stories[i].Id] = glossText[i];
            accounts[stories[i].Id] = (claims[i], features[i]);
        }
        return new DigestDetails { Glosses = glosses, Claims = claimsOf, FiguresWhenAsked = () => Figures(incidents, accounts), Lexicon = lexicon };
    }

    private static Dictionary<string, IReadOnlyList<TollComparison>> Figures(IncidentSet? incidents, Dictionary<long, (StoryClaims Claims, StoryFeatures Features)> accounts)
    {
        var compared = (incidents?.Incidents ?? []).AsParallel().AsOrdered().Select(incident =>
        {
            var incidentAccounts = incident.Stories.Where(s => accounts.ContainsKey(s.Story.Id)).Select(s =>
            {
                var (storyClaims, storyFeatures) = accounts[s.Story.Id];
                return new StoryAccount { Story = s.Story, CopyOf = s.DuplicateOf, Claims = storyClaims, Places = storyFeatures.Places, Actors = storyFeatures.Actors };
            }).ToList();
            return (incident.Id, Figures: TollGrouping.Compare(incidentAccounts));
        }).ToList();
        var figures = new Dictionary<string, IReadOnlyList<TollComparison>>(StringComparer.Ordinal);
        foreach (var (id, incidentFigures) in compared)
            figures[id] = incidentFigures;
        return figures;
    }
}
