using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 43: a state's denial whose denied clause names ITS FORCES as the doers, not a strike: "the government
/// denied that soldiers killed civilians", "نفت الحكومة أن تكون قواتها استهدفت مدنيين", "a démenti que ses militaires aient
/// tué des civils", or their involvement ("dément toute implication de ses forces", "تنفي أي تورط لجيشها", "denied any
/// involvement of its troops"). Round 40's <see cref="DeniedStrikeForce"/> read the same denial with a strike noun; the
/// forces are the other half of the class (who did it rather than with what). The clause tells the deed and the harm, so it
/// is the force's denial even when the accusation before it was not read (an accuser's account with no blame verb).
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// The state's own forces as doers in a denied clause: the bare plurals of soldiers (<see cref="BareSoldiers"/>), the army,
    /// and the possessed forms ("ses forces", "its troops", "قواتها", "لجيشها", "جنوده"), normalised. Built on first use: the
    /// soldiers' list sits in another file of this partial class, whose static initialisers run in no set order.
    /// </summary>
    private static HashSet<string> DeniedForceWords => _deniedForceWords ??= new(BareSoldiers.Concat(
    [
        "armee", "army", "forces", "الجيش", "جيش", "جيشها", "لجيشها", "جيشه", "لجيشه",
        "قوات", "قواتها", "لقواتها", "قواته", "لقواته", "القوات", "جنودها", "لجنودها", "جنوده", "لجنوده", "عسكرييها",
    ]), StringComparer.Ordinal);

    private static HashSet<string>? _deniedForceWords;

    /// <summary>
    /// The persons harmed that make the denied clause an accusation's: civilians and the unarmed ("civilians", "villageois",
    /// "مدنيين"); not places (a market, a village), which round 40's strike list admits because a strike hits a place. Built on
    /// first use from <see cref="CivilianPersons"/>, which sits in another file of this partial class.
    /// </summary>
    private static HashSet<string> DeniedHarmedPersons => _deniedHarmedPersons ??= new(CivilianPersons.Concat(
    [
        "innocent", "innocents", "unarmed", "eleveurs", "الرعاه", "قرويين", "القرويين", "ابرياء", "الابرياء",
    ]), StringComparer.Ordinal);

    private static HashSet<string>? _deniedHarmedPersons;

    /// <summary>Involvement, the denied deed told as a part in it ("toute implication de ses forces", "أي تورط لقواتها").</summary>
    private static readonly HashSet<string> DeniedInvolvement = new(StringComparer.Ordinal)
    {
        "implication", "involvement", "involved", "impliquee", "impliquees", "implique", "impliques", "تورط", "ضلوع",
    };

    /// <summary>
    /// Whether the sentence's first denial (at <paramref name="cue"/>) denies that the state's forces harmed civilians or had
    /// a part in it: within 25 words after the verb a force word, then after it a harmed person or involvement, or
    /// involvement then the force ("toute implication de ses forces"). Not when a jihadist or separatist group is named in the
    /// sentence (the harm may be theirs: "denied that troops abandoned villagers to JNIM"), nor when the force word is counted
    /// among the dead (a toll's victims come after the force here only as its victims: "denied soldiers were killed" has no
    /// civilians word and is not read).
    /// </summary>
    private static bool OwnForcesDenied(ClaimSentence sentence, int cue, List<SourceFinder.Mention> actors, Func<string, string?> kindOf)
    {
        var words = sentence.Words;
        if (cue < 0 || actors.Exists(m => m is { Kind: SourceKind.ArmedGroup, Name: { } n } && kindOf(n) is "jihadist" or "separatist"))
            return false;
        // a group or paramilitary named before the verb is the denier speaking of its own men ("An RSF spokesman denied …, saying
        // our forces do not target civilians"): not a state's denial
        if (actors.Exists(m => m is { Kind: SourceKind.ArmedGroup, Name: { } g } && m.Last < cue && kindOf(g) is not ("state" or "regional")))
            return false;
        var end = Math.Min(words.Count, cue + 25);
        var force = -1;
        for (var k = cue + 1; k < end && force < 0; k++)
            if (DeniedForceWords.Contains(words[k].Text) && words[k - 1].Text is not ("our" or "nos" or "notre")
                || actors.Exists(m => m.First == k && m.Name is { } n && kindOf(n) is "state" or "regional"))
                force = k;
            // "saying our forces do not target civilians": the speaker's own men in the first person, whoever the speaker is; the
            // older rules read the speaker's denial, and a state's own is read from its name, not from "our"
            else if (DeniedForceWords.Contains(words[k].Text))
                return false;
        if (force < 0)
            return false;
        for (var k = force + 1; k < end; k++)
            if (DeniedHarmedPersons.Contains(words[k].Text) || DeniedInvolvement.Contains(words[k].Text))
                return true;
        // involvement before its holder: "toute implication de ses forces", "أي تورط لقواتها"
        for (var k = cue + 1; k < force; k++)
            if (DeniedInvolvement.Contains(words[k].Text))
                return true;
        return false;
    }

    /// <summary>
    /// The force such a denial clears: a state force named after the denial verb, else the denier itself when an army, else the
    /// army of the denying government, else the story's army (as round 40's <see cref="DeniedStrikeForce"/>).
    /// </summary>
    private static string? DeniedOwnForce(ClaimSentence sentence, int cue, List<SourceFinder.Mention> actors, Attribution by, Func<string, string?> kindOf, string? storyArmy)
    {
        // a paramilitary's or a group's spokesman speaks of its own men ("our forces do not target civilians"): not the state's
        if (by.Name is { } speaker0 && kindOf(speaker0) is { } kind0 && kind0 is not ("state" or "regional") || SpeaksForAGroup(by, sentence.Text))
            return null;
        // a speaker read as an army with no name must say so in its words ("a military spokesman"): "An RSF spokesman" is not one
        if (by is { Kind: SourceKind.Army, Name: null } && !(by.Text is { } title && TextNormalizer.Normalize(title).Split(' ').Any(MilitaryWords.Contains)))
            return null;
        return ForceTheStateDenies(sentence, cue, actors, by, kindOf, storyArmy);
    }
}
