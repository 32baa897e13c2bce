namespace Sahel.Diff.Claims;

/// <summary>
/// Session 13, round 25: forces joined as the doer of the operation a force claims ("BIR and VDP units neutralised 40
/// terrorists", "des unités du BIR et des VDP ont neutralisé", "الدرك ووحدات المتطوعين قتلوا"): each state force or
/// self-defence militia joined to the claimant by "and" claims it too; a partner ("alongside", "avec") does not.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Words a pair of joined forces may have between them besides "and": articles, unit numbers, the units' nouns.</summary>
    private static readonly HashSet<string> JoinedForceFillers = new(StringComparer.Ordinal)
    {
        "and", "et", "the", "its", "le", "la", "les", "l", "des", "du", "de", "d", "ses", "units", "unites", "unit", "unite", "elements", "وحدات", "عناصر",
    };

    /// <summary>The forces joined to <paramref name="force"/> by "and", before or after it, in the order named.</summary>
    private static IEnumerable<SourceFinder.Mention> JoinedForces(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> actors, SourceFinder.Mention force)
    {
        bool Joined(SourceFinder.Mention a, SourceFinder.Mention b)
        {
            var gap = Enumerable.Range(a.Last + 1, Math.Max(0, b.First - a.Last - 1)).ToList();
            if (gap.Count > 3 || !gap.TrueForAll(k => JoinedForceFillers.Contains(words[k].Text) || words[k].Text.All(char.IsDigit) || words[k].Readings.Any(JoinedForceFillers.Contains)))
                return false;
            return gap.Exists(k => words[k].Text is "and" or "et") || words[b.First].Text.StartsWith('و') || gap.Exists(k => words[k].Text.StartsWith('و'));
        }
        bool IsForce(SourceFinder.Mention m) => m.Name is not null && (m.Kind == SourceKind.Army || ArmyReferences.SelfDefenceMilitias.Contains(m.Name)) && !Partner(words, m);
        var ordered = actors.OrderBy(m => m.First).ToList();
        var at = ordered.IndexOf(force);
        if (at < 0)
            yield break;
        for (var (j, previous) = (at - 1, force); j >= 0 && Joined(ordered[j], previous) && IsForce(ordered[j]); previous = ordered[j], j--)
            yield return ordered[j];
        for (var (j, previous) = (at + 1, force); j < ordered.Count && Joined(previous, ordered[j]) && IsForce(ordered[j]); previous = ordered[j], j++)
            yield return ordered[j];
    }

    /// <summary>Each force joined to a force's claimed operation claims it too.</summary>
    private static void ClaimsOfJoinedForces(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> actors, List<ResponsibilityClaim> found)
    {
        foreach (var claim in found.Where(f => f.Polarity == ResponsibilityPolarity.Claimed && f.Actor is not null).ToList())
            foreach (var force in actors.Where(m => m.Name == claim.Actor && (m.Kind == SourceKind.Army || ArmyReferences.SelfDefenceMilitias.Contains(m.Name!))).ToList())
                foreach (var joined in JoinedForces(words, actors, force))
                    if (!found.Exists(f => f.Polarity == ResponsibilityPolarity.Claimed && f.Actor == joined.Name))
                        found.Add(claim with { Actor = joined.Name, Attackers = joined.Name });
    }
}
