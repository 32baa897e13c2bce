using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Claims of responsibility and of results in one sentence: an armed group that "revendique" / "claimed" /
/// "تبنى" an attack, or that says (affirme, said, أعلنت) it destroyed, seized or held something. The target is
/// the convoy, camp, post or patrol the sentence names, with the force it belonged to when named.
/// </summary>
internal static class ResponsibilityFinder
{
    private static readonly IReadOnlyDictionary<string, bool> ClaimCues = ClaimVocabulary.Set(
        "revendique", "revendiquent", "revendication", "revendiquee", "claimed responsibility", "claims responsibility", "claim of responsibility",
        "claimed", "تبنى", "تبنت", "يتبنى", "تبني", "مسؤوليته", "مسؤوليتها", "مسؤوليه");

    public static IEnumerable<ResponsibilityClaim> FindAll(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, Func<string, string> actorName)
    {
        // "la colonne a été détruite et des véhicules saisis": one claim per result the sentence claims.
        var words = sentence.Words;
        var outcomes = Enumerable.Range(0, words.Count).Select(i => PhraseMatch.At(words, i, ClaimVocabulary.OutcomeWords)?.Value).OfType<string>().Distinct().ToList();
        if (Find(sentence, mentions, attributions, actorName) is not { } claim)
            yield break;
        yield return claim;
        foreach (var outcome in outcomes.Where(o => o != claim.Outcome && o != "repelled"))
            yield return claim with { Outcome = outcome };
    }

    public static ResponsibilityClaim? Find(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, Func<string, string> actorName)
    {
        var words = sentence.Words;
        var cue = Enumerable.Range(0, words.Count).FirstOrDefault(i => PhraseMatch.At(words, i, ClaimCues) is not null, -1);
        var outcome = Enumerable.Range(0, words.Count).Select(i => PhraseMatch.At(words, i, ClaimVocabulary.OutcomeWords)).FirstOrDefault(o => o is not null)?.Value;
        var groups = mentions.Where(m => m.Kind == SourceKind.ArmedGroup && m.Name is not null).ToList();
        string? claimant = null;
        if (cue >= 0)
            claimant = groups.OrderBy(m => Math.Abs(m.First - cue)).FirstOrDefault()?.Name;
        // "le FLA affirme que le convoi a été détruit", "وبحسب بيان الجبهة، فإن القافلة دمرت": a group's statement of a result.
        claimant ??= outcome is null ? null : attributions.FirstOrDefault(a => a.Attribution.Kind == SourceKind.ArmedGroup)?.Attribution.Name;
        if (claimant is null)
            return null;
        // An army that "repelled" an attack is not claiming it.
        if (cue < 0 && outcome == "repelled")
            return null;
        return new ResponsibilityClaim
        {
            Claimant = claimant,
            Attackers = claimant,
            Target = Target(words, mentions, actorName),
            Outcome = outcome,
            Text = sentence.Text,
        };
    }

    /// <summary>Words between a target and the force it belongs to: "convoi des FAMa", "قافلة عسكرية تابعة للجيش".</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "de", "des", "du", "d", "l", "la", "le", "les", "of", "the", "militaire", "military", "army", "عسكريه", "تابعه",
    };

    private static string? Target(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> mentions, Func<string, string> actorName)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (PhraseMatch.At(words, i, ClaimVocabulary.TargetWords) is not { } target)
                continue;
            // "convoi des FAMa", "قافلة للجيش المالي", "army convoy": the force it belonged to, when named.
            var end = i + target.Length - 1;
            var owner = mentions.Where(m => m.Kind == SourceKind.ArmyOrGovernment && m.Name is not null
                    && (m.Last == i - 1 || m.First > end && m.First - end <= 4 && Enumerable.Range(end + 1, m.First - end - 1).All(k => Connectors.Contains(words[k].Text))))
                .OrderBy(m => Math.Abs(m.First - i)).FirstOrDefault();
            return owner is null ? target.Value : $"{target.Value} ({actorName(owner.Name!)})";
        }
        return null;
    }
}
