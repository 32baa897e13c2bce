namespace Sahel.Diff.Claims;

/// <summary>
/// What changed between two versions of one story's claims: a toll raised or lowered ("toll 12 → 20"), a toll
/// added or dropped, an attribution added or removed ("attribution 'selon l'armée' removed"), a claim of
/// responsibility added or removed. Tolls are matched by kind and victims; attributions by their words.
/// </summary>
public static class ClaimChanges
{
    public static IReadOnlyList<ClaimChange> Compare(StoryClaims before, StoryClaims after)
    {
        var changes = new List<ClaimChange>();
        foreach (var group in before.Tolls.Concat(after.Tolls).Select(t => (t.Kind, t.Victims)).Distinct())
        {
            var old = before.Tolls.Where(t => t.Kind == group.Kind && t.Victims == group.Victims).Select(t => t.Count.Display).Distinct().ToList();
            var now = after.Tolls.Where(t => t.Kind == group.Kind && t.Victims == group.Victims).Select(t => t.Count.Display).Distinct().ToList();
            if (old.SequenceEqual(now))
                continue;
            var kind = Name(group.Kind);
            var who = group.Victims is null ? "" : $" ({group.Victims})";
            var was = old.Count == 0 ? null : string.Join(", ", old);
            var becomes = now.Count == 0 ? null : string.Join(", ", now);
            var description = (was, becomes) switch
            {
                (null, _) => $"toll {kind}{who} {becomes} added",
                (_, null) => $"toll {kind}{who} {was} removed",
                _ => $"toll {was} → {becomes}" + (group.Kind == TollKind.Killed && group.Victims is null ? "" : $" ({kind}{(group.Victims is null ? "" : ", " + group.Victims)})"),
            };
            changes.Add(new ClaimChange(kind, was, becomes, description));
        }
        var oldAttributions = before.Attributions.Select(a => a.Text).Where(t => t.Length > 0).ToList();
        var newAttributions = after.Attributions.Select(a => a.Text).Where(t => t.Length > 0).ToList();
        foreach (var removed in oldAttributions.Except(newAttributions, StringComparer.Ordinal))
            changes.Add(new ClaimChange("attribution", removed, null, $"attribution '{removed}' removed"));
        foreach (var added in newAttributions.Except(oldAttributions, StringComparer.Ordinal))
            changes.Add(new ClaimChange("attribution", null, added, $"attribution '{added}' added"));
        var oldClaims = before.Responsibility.Select(Describe).ToList();
        var newClaims = after.Responsibility.Select(Describe).ToList();
        foreach (var removed in oldClaims.Except(newClaims, StringComparer.Ordinal))
            changes.Add(new ClaimChange("responsibility", removed, null, $"claim '{removed}' removed"));
        foreach (var added in newClaims.Except(oldClaims, StringComparer.Ordinal))
            changes.Add(new ClaimChange("responsibility", null, added, $"claim '{added}' added"));
        return changes;
    }

    /// <summary>The name of a toll kind in output: killed, wounded, kidnapped, missing.</summary>
    public static string Name(TollKind kind) => kind.ToString().ToLowerInvariant();

    private static string Describe(ResponsibilityClaim claim) => claim.Polarity switch
    {
        ResponsibilityPolarity.Unclaimed => "no one claims the attack",
        ResponsibilityPolarity.Blamed => $"{(claim.By?.Text is { Length: > 0 } by ? by : "someone")} blames {claim.Actor}",
        ResponsibilityPolarity.Denied => $"{claim.Actor} denies the attack",
        _ => claim.Actor + (claim.Outcome is null ? " claims the attack" : $" claims the {claim.Target ?? "target"} was {claim.Outcome}")
            + (claim.Outcome is null && claim.Target is not null ? $" on the {claim.Target}" : ""),
    };
}
