namespace Sahel.Diff.Claims;

/// <summary>
/// Who claims and what: the claimant of a claim cue, a negation that turns a claim into its absence, the force
/// that claims its own operation, and the target and outcomes a claim carries.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// The state force that says it killed or captured attackers: named before the figure as its doer ("les FAMa ont
    /// neutralisé", "وحداتها تمكنت من تحييد" once "its units" is resolved), told by the force itself, its government or
    /// no one else. Someone else's account ("a resident said the army killed five gunmen") is not the force's claim.
    /// </summary>
    private static SourceFinder.Mention? ForceOfItsOwnOperation(IReadOnlyList<ClaimWord> words, List<TollFinder.Found> tolls, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, int after = -1, string? storyArmy = null, Attribution? previous = null)
    {
        if (attributions.Exists(a => a.Attribution.Kind is not (SourceKind.Army or SourceKind.Government or SourceKind.Unattributed) && !BroadcastOnly(words, a)))
            return null;
        // Session 15, round 30: men of no named kind are the force's enemy only when the force or its government tells it
        // (or, naming no one, goes on with the voice of the sentence before: "the statement added that the units had captured…")
        var forceSpeaks = attributions.Exists(a => a.Attribution.Kind is SourceKind.Army or SourceKind.Government)
            || attributions.TrueForAll(a => a.Attribution.Kind == SourceKind.Unattributed) && previous is { Kind: SourceKind.Army or SourceKind.Government };
        return OwnForce(words, tolls, mentions, after, forceSpeaks) ?? OwnForce(words, tolls, TroopsOfTheSpeaker(words, mentions, attributions, storyArmy, previous), after, forceSpeaks);
    }

    /// <summary>Session 10, round 18: an army's own troops named bare, "troops", "les unités", "القوات", "وحداتنا".</summary>
    private static readonly PhraseVocabulary<bool> BareTroops = ClaimVocabulary.Set(
        "troops", "the troops", "our troops", "units", "the units", "les unites", "nos unites", "les troupes", "nos troupes", "les militaires", "nos militaires", "nos soldats",
        "القوات", "قواتنا", "الوحدات", "وحداتنا", "جيشنا",
        // Session 11, round 22: "our forces" in the army's own post or spokesman's quote ("« Nos forces ont neutralisé … », écrit
        // l'armée"), as "our troops"; only when an army speaks (a group's "nos hommes" is its own, in OwnMen)
        "our forces", "nos forces", "قواتنا المسلحة",
        // Session 16, round 33: the speaking force's men by its possessive or as its one unit, where the sentence names the force
        // nowhere else ("In a statement, it said its forces neutralised 18 assailants", "« Nos hommes ont neutralisé plusieurs
        // assaillants », précise le communiqué", "وأضاف البيان أن الوحدة تمكنت من قتل ثلاثة منهم"); only an army speaking, as above
        "its forces", "its soldiers", "its men", "our men", "our soldiers", "the unit",
        "ses hommes", "nos hommes", "ses soldats", "ses troupes", "ses unites", "ses forces", "ses militaires", "l unite",
        "قواته", "قواتها", "جنوده", "جنودها", "وحداته", "وحداتها", "الوحده");

    /// <summary>
    /// Session 10, round 18: the troops an army's own spokesman or bulletin speaks of, left bare ("The Defence Headquarters said
    /// troops had neutralised 45 terrorists", "selon le communiqué de l'état-major, les unités ont neutralisé neuf terroristes",
    /// "قال المتحدث باسم الجيش إن القوات قتلت"): the speaking army's own men, the clear subject the labelling rules name. Only
    /// an army speaking: a government's or a ministry's figure of what unnamed troops did is not a claim. A bare army speaking
    /// ("selon le même communiqué" of the general staff) is the army the story meant (<paramref name="storyArmy"/>); a sentence
    /// that names no one speaks with the voice of the one before (<paramref name="previous"/>).
    /// </summary>
    private static List<SourceFinder.Mention> TroopsOfTheSpeaker(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, string? storyArmy, Attribution? previous)
    {
        // the army speaking in the sentence, else (a sentence that names no one: "…, selon le même communiqué") the one before
        var said = attributions.FirstOrDefault(a => a.Attribution.Kind == SourceKind.Army);
        var speaking = said?.Attribution ?? (attributions.TrueForAll(a => a.Attribution.Kind == SourceKind.Unattributed) && previous is { Kind: SourceKind.Army } ? previous : null);
        if (speaking is null || ((said is null ? null : mentions.FirstOrDefault(m => m is { Kind: SourceKind.Army, Name: not null } && m.First >= said.First && m.Last <= said.Last)?.Name)
                ?? speaking.Name ?? storyArmy) is not { } army)
            return [];
        List<SourceFinder.Mention>? troops = null;
        for (var k = 0; k < words.Count; k++)
            if (PhraseMatch.At(words, k, BareTroops) is { } bare && !mentions.Exists(m => m.First <= k + bare.Length - 1 && k <= m.Last)
                // "troops of Operation Hadin Kai", "les unités de l'armée": the bare noun's own complement is read as it is
                && !(k + bare.Length < words.Count && Complements.Contains(words[k + bare.Length].Text) && mentions.Exists(m => m.First == k + bare.Length + 1 || m.First == k + bare.Length + 2)))
                (troops ??= []).Add(new SourceFinder.Mention(SourceKind.Army, army, k, k + bare.Length - 1, false));
        return troops ?? [];
    }

    /// <summary>Words before a force that make it the doer's partner: "working alongside Malian troops", "« en coopération avec les FAMa »", "بالتعاون مع الجيش المالي".</summary>
    private static readonly HashSet<string> PartnerWords = new(StringComparer.Ordinal)
    {
        "with", "alongside", "avec", "cotes", "cooperation", "coordination", "conjointement", "jointly", "مع", "بالتعاون", "بالتنسيق", "جانب",
    };

    /// <summary>
    /// Session 10, round 18: a force named after a word of partnering, up to three words before it ("its forces, working
    /// alongside Malian troops, had eliminated", "ses unités, « en coopération avec les FAMa », ont éliminé", "وحداته نفذت بالتعاون
    /// مع الجيش المالي عملية"): the partner of the force that tells it, not the claimant of its operation.
    /// </summary>
    private static bool Partner(IReadOnlyList<ClaimWord> words, SourceFinder.Mention force)
    {
        for (var k = Math.Max(0, force.First - 3); k < force.First; k++)
            if (PartnerWords.Contains(words[k].Text))
                return true;
        return false;
    }

    private static SourceFinder.Mention? OwnForce(IReadOnlyList<ClaimWord> words, List<TollFinder.Found> tolls, List<SourceFinder.Mention> mentions, int after, bool forceSpeaks)
    {
        if (mentions.Count == 0)
            return null;
        foreach (var toll in tolls)
        {
            if (toll.Kind is not (TollKind.Killed or TollKind.Kidnapped) || toll.Victims is not ("attackers" or "people" or null))
                continue;
            // The force is the doer: the verb of killing or capturing stands between it and the figure ("its troops had
            // killed 23", "avoir neutralisé"), not after the figure ("said 12 assailants were neutralised", "11 terroristes
            // neutralisés": a figure the force reports, not an operation it claims).
            if (mentions.LastOrDefault(m => m is { Kind: SourceKind.Army, Name: not null } && m.Last < toll.First && !Partner(words, m)) is { } force
                // Session 15, round 30: or men of no named kind right after the force's own verb ("captured five armed men")
                && (toll.Victims == "attackers" || forceSpeaks && CountsTheForcesEnemy(words, toll, force))
                // the verb after <paramref name="after"/> too: a statement's own verb, not a loss its denial names ("dément toute perte et affirme que")
                && Math.Max(Math.Max(force.Last, after), tolls.Where(t => t.Last < toll.First).Select(t => t.Last).DefaultIfEmpty(-1).Max()) is var from
                && Enumerable.Range(from + 1, Math.Max(0, toll.First - from)).Any(k => PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is { Value: TollKind.Killed or TollKind.Kidnapped }))
                return force;
        }
        return null;
    }

    private static List<string> ReadOutcomes(IReadOnlyList<ClaimWord> words) =>
        Enumerable.Range(0, words.Count).Select(i => PhraseMatch.At(words, i, ClaimVocabulary.OutcomeWords)?.Value).OfType<string>().Distinct().ToList();

    private static ResponsibilityClaim Claimed(string actor, string? target, string? outcome, string text) => new()
    {
        Actor = actor,
        Polarity = ResponsibilityPolarity.Claimed,
        Attackers = actor,
        Target = target,
        Outcome = outcome == "repelled" ? null : outcome,
        Text = text,
    };

    /// <summary>
    /// A negation before the cue in its own clause: "n'a pas été revendiquée", "No group has come forward to claim",
    /// "لم تتبنَّ أي جهة", "دون أن يتبنى أي طرف", up to eight words back, not past a comma or a word that opens
    /// another clause; ambiguous negations only within four words.
    /// </summary>
    private static bool Negated(ClaimSentence sentence, int cue)
    {
        var words = sentence.Words;
        for (var k = cue - 1; k >= Math.Max(0, cue - 8); k--)
        {
            // "il ne fait aucun doute que le JNIM est derrière", "there is no doubt", "لا شك أن": the negation is the doubt's.
            if (words[k].Text is "doute" or "doubt" or "شك" or "question")
                return false;
            if (words[k].Readings.Any(r => Negations.Contains(r) && (cue - k <= 4 || !WeakNegations.Contains(r))))
                // Session 11, round 20: "لم تتبن سوى واحدة منها", "n'a revendiqué qu'une attaque": a restriction, which affirms
                return !Restricted(words, k, cue);
            if (ClauseOpeners.Contains(words[k].Text) || sentence.Between(k, k + 1).IndexOfAny(",;:") >= 0)
                return false;
        }
        return false;
    }

    /// <summary>
    /// Who claims: after the cue in the passive ("revendiquées par le GSIM", "claimed by") and in Arabic ("تبنته
    /// جماعة…", "تبنى تنظيم الدولة"); else the first group of the clause before it, passing over appositions.
    /// </summary>
    private static SourceFinder.Mention? Claimant(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> groups, int cue, int last)
    {
        var passive = last + 1 < words.Count && words[last + 1].Text is "par" or "by" || last + 2 < words.Count && words[last + 2].Text is "par" or "by";
        var after = groups.Where(g => g.First > last && g.First - last <= 6).OrderBy(g => g.First).FirstOrDefault();
        if (passive && after is not null)
            return after;
        // "revendiquée mardi soir sur les réseaux sociaux par le JNIM", "was claimed on Tuesday by ISWAP": the agent past the
        // time and the channel.
        if (words[last].Text is "revendiquee" or "revendiquees" or "revendique" or "revendiques" or "claimed" && !groups.Exists(g => g.Last < cue)
            && Enumerable.Range(last + 1, Math.Max(0, Math.Min(10, words.Count - last - 1))).FirstOrDefault(k => words[k].Text is "par" or "by", -1) is var agent and > 0
            && groups.FirstOrDefault(g => g.First > agent && g.First - agent <= 3) is { } far)
            return far;
        var before = groups.Where(g => g.Last < cue).OrderBy(g => g.First).FirstOrDefault();
        if (ArabicScript.Starts(words[cue].Text) && words[cue].Text.Contains("تبن", StringComparison.Ordinal))
            return after ?? before;
        return before ?? after;
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
            var owner = mentions.Where(m => m.Kind == SourceKind.Army && m.Name is not null
                    && (m.Last == i - 1 || m.First > end && m.First - end <= 4 && Enumerable.Range(end + 1, m.First - end - 1).All(k => Connectors.Contains(words[k].Text))))
                .OrderBy(m => Math.Abs(m.First - i)).FirstOrDefault();
            return owner is null ? target.Value : $"{target.Value} ({actorName(owner.Name!)})";
        }
        return null;
    }

    /// <summary>
    /// A claim cue at <paramref name="cue"/> (to <paramref name="last"/>): a denial of responsibility when a denial verb
    /// comes just before it, the claim's absence when it is negated, else the claimant's claim. Adds to <paramref name="found"/>.
    /// </summary>
    private static void ReadClaim(ClaimSentence sentence, List<SourceFinder.Mention> groups, List<SourceFinder.Mention> actors, List<ResponsibilityClaim> found, int cue, int last, Func<string?> targeted, Func<List<string>> outcomes)
    {
        var words = sentence.Words;
        // "تنفي مسؤوليتها", "nie toute revendication", "denies responsibility": a denial.
        if (Enumerable.Range(Math.Max(0, cue - 2), Math.Min(2, cue)).Any(k => PhraseMatch.At(words, k, DenyCues) is not null)
            || DeniedResponsibility(sentence, cue))
        {
            if ((Claimant(words, groups, cue, last) ?? actors.LastOrDefault(m => m.Last < cue)) is { Name: not null } denier)
                found.Add(new ResponsibilityClaim { Actor = denier.Name, Polarity = ResponsibilityPolarity.Denied, Text = sentence.Text });
            return;
        }
        if (words[cue].Text == "unclaimed" || Negated(sentence, cue)
            || last + 2 < words.Count && words[last + 1].Text is "par" or "by" && NegativeAgents.Contains(words[last + 2].Text))
        {
            found.Add(new ResponsibilityClaim { Polarity = ResponsibilityPolarity.Unclaimed, Text = sentence.Text });
            return;
        }
        if (Claimant(words, groups, cue, last) is { } claimant)
            found.Add(Claimed(claimant.Name!, targeted(), outcomes().FirstOrDefault(), sentence.Text));
    }
}
