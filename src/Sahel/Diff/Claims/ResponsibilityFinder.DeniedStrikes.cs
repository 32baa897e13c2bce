namespace Sahel.Diff.Claims;

/// <summary>
/// Session 18, round 40: a state's denial that its own strike harmed civilians ("Chad's defence ministry denied that its air
/// strikes had killed civilians", "le ministère a démenti que des frappes aériennes aient tué des civils", "نفت وزارة الدفاع أن
/// تكون غارات الطيران قد أسفرت عن مقتل مدنيين"). Such a denial tells the deed it denies: the force's strike and the civilians.
/// So it is the force's denial even when no accusation was told before it (the rule of session 9, round 16 keeps a state's
/// "denied that …" for an accused force, since "denied that the town had fallen" denies an event, not a deed). Resolved at
/// once, it lets the residents' counter-account after it blame the force (round 37's <see cref="ContradictedDenial"/>), which
/// needs a denier with a name.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// The strike or the operation denied: round 18's definite operation nouns (<see cref="OperationNouns"/>) and the plural,
    /// unarticled and Arabic indefinite forms a denial also uses. Built on first use: the two lists sit in different files of
    /// this partial class, whose static initialisers run in no set order.
    /// </summary>
    private static HashSet<string> DeniedStrikeNouns => _deniedStrikeNouns ??= new(OperationNouns.Concat(
    [
        "bombings", "drone", "drones", "operations",
        "غاره", "غارات", "ضربه", "ضربات", "قصف", "عمليه", "الطيران", "طائره", "مسيره",
    ]), StringComparer.Ordinal);

    private static HashSet<string>? _deniedStrikeNouns;

    /// <summary>
    /// The force a state's denial in this sentence clears, when what it denies is its strike on civilians: a denial read with
    /// no actor gets that force; with none read (the denier's name not taken for a speaker of the denial), the denial is added,
    /// by the state speaker nearest the verb (an attribution before it, or the Arabic subject right after it).
    /// </summary>
    internal static void ResolveDeniedStrikes(ClaimSentence sentence, List<ResponsibilityClaim> claims, int from, List<SourceFinder.Mention> mentions,
        List<SourceFinder.Mention> actors, List<SourceFinder.Found> attributions, Func<string, string?> kindOf, string? storyArmy)
    {
        var words = sentence.Words;
        // the first denial cue, found once for the sentence (both the resolution and the added denial read from it)
        var cue = Enumerable.Range(0, words.Count).FirstOrDefault(k => PhraseMatch.At(words, k, DenyCues) is not null, -1);
        var read = false;
        for (var c = from; c < claims.Count; c++)
        {
            if (claims[c].Polarity != ResponsibilityPolarity.Denied)
                continue;
            read = true;
            if (claims[c] is not { Actor: null, By: { Kind: SourceKind.Army or SourceKind.Government } by } denial)
                continue;
            if (DeniedStrikeForce(sentence, cue, actors, by, kindOf, storyArmy) is not { } force
                || claims.Exists(o => o.Polarity == ResponsibilityPolarity.Denied && o.Actor == force))
                continue;
            claims[c] = denial with { Actor = force, By = null, OnlyForTheAccusedForce = false };
        }
        if (read || cue < 0)
            return;
        static bool State(SourceKind kind) => kind is SourceKind.Army or SourceKind.Government;
        var speaker = attributions.LastOrDefault(a => a.First < cue && cue - a.Last <= 6 && State(a.Attribution.Kind))?.Attribution
            ?? (ArabicScript.Starts(words[cue].Text) && mentions.FirstOrDefault(m => m.First > cue && m.First - cue <= 2 && State(m.Kind)) is { } subject
                ? new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, subject.Last) } : null);
        if (speaker is null || DeniedStrikeForce(sentence, cue, actors, speaker, kindOf, storyArmy) is not { } denied
            || claims.Exists(o => o.Polarity == ResponsibilityPolarity.Denied && o.Actor == denied))
            return;
        claims.Add(new ResponsibilityClaim { Actor = denied, Polarity = ResponsibilityPolarity.Denied, Text = sentence.Text });
    }

    /// <summary>
    /// The force whose strike on civilians the sentence's denial denies: a state force named after the denial verb (or the
    /// denier itself when an army), else the army of the government that denies, else the story's army. Null when the sentence
    /// has no denial verb followed by a strike and a civilians' word, or names an armed group (the strike may be theirs).
    /// </summary>
    private static string? DeniedStrikeForce(ClaimSentence sentence, int cue, List<SourceFinder.Mention> actors, Attribution by, Func<string, string?> kindOf, string? storyArmy)
    {
        var words = sentence.Words;
        if (OwnForcesDenied(sentence, cue, actors, kindOf)) return DeniedOwnForce(sentence, cue, actors, by, kindOf, storyArmy); // session 19, round 43: its forces, not its strike
        if (cue < 0 || actors.Exists(m => m.Kind == SourceKind.ArmedGroup))
            return null;
        var end = Math.Min(words.Count, cue + 25);
        int Find(HashSet<string> set) => Enumerable.Range(cue + 1, Math.Max(0, end - cue - 1)).FirstOrDefault(k => set.Contains(words[k].Text), -1);
        if (Find(DeniedStrikeNouns) < 0 || Find(CivilianMarks) < 0)
            return null;
        return ForceTheStateDenies(sentence, cue, actors, by, kindOf, storyArmy);
    }

    /// <summary>
    /// The state force a state's denial clears (of a strike, or of its forces' deeds): a state force named after the denial verb,
    /// else the denier itself when an army, else the army of the denying government, else the story's army.
    /// </summary>
    private static string? ForceTheStateDenies(ClaimSentence sentence, int cue, List<SourceFinder.Mention> actors, Attribution by, Func<string, string?> kindOf, string? storyArmy)
    {
        if (actors.FirstOrDefault(m => m.First > cue && m.Name is { } n && kindOf(n) is "state" or "regional") is { Name: { } named })
            return named;
        if (by.Kind == SourceKind.Army && by.Name is { } army && kindOf(army) is "state" or "regional")
            return army;
        return (by.Kind == SourceKind.Government && by.Text is { } speaker ? ArmyOfTheGovernment(speaker, sentence.Text) : null) ?? storyArmy;
    }
}
