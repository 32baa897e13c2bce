namespace Sahel.Diff.Claims;

/// <summary>
/// Session 16, round 34: a group's counter-accusation. A group that denies a killing and accuses another of it ("Le JNIM a nié
/// toute implication … un porte-parole du groupe accuse l'armée", "JNIM denied carrying out the attack. The statement accused the
/// junta", "نفت الجماعة أي صلة لها بالهجوم، واتهمت ميليشيا …") blames that other actor itself: the blamer is the group, not the
/// source the story named for the toll before (officials, residents), which the blame had been carried from.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// Gives the blames read in <paramref name="sentence"/> (those of <paramref name="claims"/> from <paramref name="from"/> on) to the
    /// group that denies in that sentence, or denied in the sentence just before (<paramref name="sentenceBefore"/>), when the
    /// blame's own sentence names no other speaker for it: no blamer, or one carried from an earlier sentence, or a spokesman
    /// "of the group". The denier never blames itself; a blame whose speaker the sentence names (residents, the army) is theirs.
    /// </summary>
    internal static void CounterAccusations(ClaimSentence sentence, List<ResponsibilityClaim> claims, int from, string? sentenceBefore, Func<string, bool> isGroup)
    {
        if (!claims.Skip(from).Any(c => c.Polarity == ResponsibilityPolarity.Blamed))
            return;
        var denial = claims.Skip(from).LastOrDefault(c => c is { Polarity: ResponsibilityPolarity.Denied, Actor: { } denier } && isGroup(denier))
            ?? (sentenceBefore is null ? null
                : claims.Take(from).LastOrDefault(c => c is { Polarity: ResponsibilityPolarity.Denied, Actor: { } denier } && isGroup(denier) && c.Text == sentenceBefore));
        if (denial?.Actor is not { } group)
            return;
        var by = new Attribution { Kind = SourceKind.ArmedGroup, Name = group, Text = group };
        for (var k = from; k < claims.Count; k++)
            if (claims[k] is { Polarity: ResponsibilityPolarity.Blamed, Actor: { } blamed } blame && blamed != group
                && blame.By?.Kind != SourceKind.ArmedGroup && !SpeaksInTheSentence(blame.By, sentence.Text))
                claims[k] = blame with { By = by };
    }

    /// <summary>A blamer the sentence itself names (not one carried from before, nor a spokesman "of the group", nor nobody).</summary>
    private static bool SpeaksInTheSentence(Attribution? by, string sentence) =>
        by is { Kind: not SourceKind.Unattributed, Text.Length: > 0 } && sentence.Contains(by.Text, StringComparison.Ordinal) && !SpeaksForAGroup(by, sentence);
}
