namespace Sahel.Diff.Claims;

/// <summary>
/// Session 17, round 37: an armed group's counter-account of a force's strike. The README's rule on contradicting a force's
/// account says "someone": a rebel front or another group saying that the force's strike, told before as the force's own
/// operation, killed civilians blames the force as a resident's account does (<see cref="ContradictedOperation"/>), by
/// `armed-group`. Round 29 kept groups out (their figures are usually their own deeds); here the group is the speaker, not the doer.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// Opposition with a pronoun the group's sentence carries ("لكنها قالت", "but it said"): round 29's marks know "لكنه",
    /// "لكنهم"; a group is feminine in Arabic ("الجبهة", "الجماعة", "الحركة").
    /// </summary>
    private static readonly HashSet<string> GroupCounterMarks = new(StringComparer.Ordinal) { "لكنها", "ولكنها" };

    /// <summary>Civilians by trade a group names as the dead, beyond round 18's marks: "gold miners", "orpailleurs", "منقبين".</summary>
    private static readonly HashSet<string> TradeCivilians = new(StringComparer.Ordinal)
    {
        "miners", "prospectors", "orpailleurs", "منقبين", "المنقبين", "منقبون",
    };

    /// <summary>
    /// "Le FLA affirme au contraire que la frappe a tué sept civils", "The rebel front said the strike had killed 11 civilians",
    /// "وأكدت الجبهة مقتل قياديها، لكنها قالت إن الذين قتلوا معه مدنيون": after a state's or a joint force's own claim of its
    /// operation, a sentence whose speaker is an armed group (and no army, government or security voice), saying with round 29's
    /// ties (an opposing word, the operation named again, "the dead") that civilians died, no doer named, blames the force by
    /// `armed-group`. The group's own claim read from that sentence goes when the sentence tells of no soldier or fighter killed:
    /// the dead it counts are the strike's, not its deed. Not when another group was claimed or blamed before (then the
    /// civilians may be that group's victims), nor when the story told civilians killed before without blaming the force for them
    /// (then they may be another deed's), nor under round 29's negations,
    /// unnamed doers, other times and fighters' words (the speaker's own description, "a rebel group", is not the account).
    /// </summary>
    /// <param name="claims">The story's statements; those from <paramref name="claimsBefore"/> on are this sentence's.</param>
    /// <returns>The blame added, or null.</returns>
    internal static ResponsibilityClaim? GroupCounterAccount(List<ResponsibilityClaim> claims, int claimsBefore, ClaimSentence sentence,
        List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, List<TollFinder.Found> tolls,
        Func<string, string?> kindOf, Func<bool> civiliansBefore)
    {
        var speaker = attributions.FirstOrDefault(a => a.Attribution.Kind == SourceKind.ArmedGroup);
        if (speaker is null || claimsBefore == 0
            || attributions.Exists(a => a.Attribution.Kind is SourceKind.Army or SourceKind.Government or SourceKind.Security))
            return null;
        // "A rebel group, the Patriotic Liberation Front, said": the group the speaker's words name, when the speaker is told generically
        var named = mentions.Find(m => m.Kind == SourceKind.ArmedGroup && m.Name is not null && m.First < 10);
        var group = speaker.Attribution.Name ?? named?.Name;
        var speakerEnd = Math.Max(speaker.Last, named is not null && named.Name == group ? named.Last : -1);
        var own = claims.Skip(claimsBefore).ToList();
        // the sentence read nothing, or only the speaking group's claim (the counter-account misread as its deed)
        if (own.Exists(c => c.Polarity != ResponsibilityPolarity.Claimed || c.Actor != group))
            return null;
        var words = sentence.Words;
        var civilian = tolls.Exists(t => t is { Kind: TollKind.Killed, Victims: "civilians" })
            || words.Any(w => CivilianMarks.Contains(w.Text) || TradeCivilians.Contains(w.Text)) && words.Any(w => DeathWords.Contains(w.Text));
        if (!civilian || !Ties(words) && !words.Any(w => GroupCounterMarks.Contains(w.Text))
            || words.Any(w => OtherTimes.Contains(w.Text) || IsYear(w.Text))
            || tolls.Exists(t => t.Victims is "soldiers" or "attackers"))
            return null;
        // the speaker's own words ("a rebel group, the UFR, said") are not the account: its span, and what opens the sentence before it
        var from = speaker.First < 8 ? 0 : speaker.First;
        for (var k = 0; k < words.Count; k++)
        {
            if (k >= from && k <= speakerEnd || Disowned(words, k))
                continue;
            if (AgreesOrNamesADoer(words, k))
                return null;
        }
        var force = claims.Take(claimsBefore).LastOrDefault(c => c is { Polarity: ResponsibilityPolarity.Claimed, Actor: { } a } && kindOf(a) is "state" or "regional")?.Actor;
        // civilians killed told before are another deed's, unless the story already blamed this force for them
        if (force is null || civiliansBefore() && !claims.Take(claimsBefore).Any(c => c.Polarity == ResponsibilityPolarity.Blamed && c.Actor == force)
            || claims.Take(claimsBefore).Any(c => c.Actor is { } a && a != group && kindOf(a) is not ("state" or "foreign" or "regional"))
            || mentions.Exists(m => m.Name is not null && m.Name != force && m.Name != group
                && m.Kind is SourceKind.ArmedGroup or SourceKind.Army or SourceKind.Government or SourceKind.Security))
            return null;
        claims.RemoveRange(claimsBefore, claims.Count - claimsBefore);
        var blame = new ResponsibilityClaim { Actor = force, Polarity = ResponsibilityPolarity.Blamed, By = speaker.Attribution, Attackers = force, Text = sentence.Text };
        claims.Add(blame);
        return blame;
    }
}
