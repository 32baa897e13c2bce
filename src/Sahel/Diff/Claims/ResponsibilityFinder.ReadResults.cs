namespace Sahel.Diff.Claims;

/// <summary>
/// Sentences with no cue of claim, blame or denial, read for what they tell was done (<see cref="ReadResults"/>): a
/// group's own deeds, another actor's killings, a force's own operation; and the killing told by a group of another
/// force or group (<see cref="AnothersDeed"/>).
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// A sentence with no cue of claim, blame or denial, read for what it tells was done: a group telling of its own
    /// deeds claims them; a group telling of another actor's killings, or anyone else telling of an actor's killings, a
    /// cleft or an attack, blames that actor; a force telling of its own operation claims it. Adds to <paramref name="found"/>.
    /// </summary>
    private static void ReadResults(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, List<SourceFinder.Mention> actors, List<ResponsibilityClaim> found, Func<List<TollFinder.Found>> tolls, Func<string?> targeted, Func<List<string>> outcomes, string? storyArmy, Attribution? previous)
    {
        var words = sentence.Words;
        var speaker = attributions.FirstOrDefault(a => a.Attribution.Kind == SourceKind.ArmedGroup && a.Attribution.Name is not null);
        // "جبهة تحرير أزواد التي قالت إن غارة بطائرة مسيّرة تابعة للجيش المالي أدت إلى مقتل ثمانية مدنيين": a group telling
        // of killings another actor did blames that actor; it claims nothing.
        var toldOfOthers = speaker is null ? [] : BlamesByResult(sentence, tolls(), actors, speaker.Attribution).Where(b => b.Actor != speaker.Attribution.Name).ToList();
        // Session 11, round 22: "the association said nine of its members were killed by soldiers of the Malian army": the agent of
        // a passive the group tells is blamed, and the group claims nothing
        if (speaker is not null && toldOfOthers.Count == 0)
            toldOfOthers = AgentsOfAGroupsLosses(sentence, tolls(), actors, speaker);
        if (toldOfOthers.Count > 0)
            found.AddRange(toldOfOthers);
        // "The FLA said it did not carry out the attack", "Le FLA affirme ne pas avoir mené cette attaque", "قالت الجبهة إنها لم
        // تشارك في الهجوم": the group's deed, negated, is its denial.
        else if (speaker is not null && Enumerable.Range(0, words.Count).FirstOrDefault(k => PhraseMatch.At(words, k, DeniedDeeds) is not null, -1) is var deed and >= 0
            && Negated(sentence, deed))
            found.Add(new ResponsibilityClaim { Actor = speaker.Attribution.Name, Polarity = ResponsibilityPolarity.Denied, Text = sentence.Text });
        else if (speaker is not null && (outcomes().Count > 0 && !outcomes().All(o => o == "repelled")
            || Enumerable.Range(0, words.Count).Any(k => PhraseMatch.At(words, k, ResultCues) is not null || PhraseMatch.At(words, k, OwnMen) is not null && !OwnMenDenied(words)
                    // Session 12, round 23: not its men counted among the dead ("اثنين من عناصرها قتلا"): a loss, not a deed
                    && !(k > 1 && words[k - 1].Text == "من" && tolls().Exists(t => t.First <= k - 2 && k - 2 <= t.Last))
                // Session 11, round 20: "JNIM said it is holding the drivers", "affirme détenir", "إنها تحتجز": holding them, said of itself
                || k > 0 && PhraseMatch.At(words, k, HoldingCues) is not null && SaidDeedLength(words, k) > 0)
            || tolls().Any(t => t.Kind is TollKind.Killed or TollKind.Kidnapped && t.Victims is not "attackers" && t.First > speaker.First && TheGroupsDeed(words, tolls(), speaker, t)
                && !AnothersDeed(words, mentions, speaker, t) && !OwnMenLost(words, t) && !ToldOfAStrikeOrTheDead(words, mentions, speaker, t)
                // Session 15, round 31: a self-defence militia counting the dead it found or lost ("a CJTF commander said 19 bodies had
                // been recovered", "un chef des VDP dit qu'environ 90 de ses hommes ont été tués", "قال قائد في الميليشيا إن ١٢ شخصا
                // قتلوا") tells of the attack on those it defends, not of a deed: only its own verb before the figure claims
                && (!ArmyReferences.SelfDefenceMilitias.Contains(speaker.Attribution.Name!) || OwnVerbBefore(words, speaker.Last, t.First + 1)))
            // Session 8: "les chasseurs dozos affirment avoir tué onze jihadistes": a self-defence militia killing attackers, by its own verb
            || ArmyReferences.SelfDefenceMilitias.Contains(speaker.Attribution.Name!) && tolls().Any(t => t.Kind is TollKind.Killed or TollKind.Kidnapped && t.Victims == "attackers"
                && t.First > speaker.Last && TheGroupsDeed(words, tolls(), speaker, t) && OwnVerbBefore(words, speaker.Last, t.First + 1))))
            found.Add(Claimed(speaker.Attribution.Name!, targeted(), outcomes().FirstOrDefault(o => o != "repelled"), sentence.Text));
        // "Dozo hunters killed eight herders, a rights group said", "قالت منظمة العفو إن غارات للجيش قتلت ٣١ مدنيا":
        // someone else saying an actor killed is a blame, by whoever says it.
        else if (speaker is null && attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed)) is { } said)
            found.AddRange(BlamesByResult(sentence, tolls(), said.Attribution.Kind == SourceKind.Army ? actors : WithSoldiersBesideAMilitia(sentence, tolls(), WithBareSoldiers(sentence, tolls(), actors, storyArmy), storyArmy), said.Attribution));
        // Session 12, round 23: "A village chief said JNIM is holding the herders": whoever says so blames the holder.
        if (speaker is null && found.Count == 0 && attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed)) is { } teller
            && HolderNamedByAnother(sentence, actors) is { } holder && holder.Name != teller.Attribution.Name)
            found.Add(BlameOf(holder, teller.Attribution, sentence));
        // "c'est l'EIGS qui a fait le coup", "it was ISWAP fighters who came", "عناصر الجماعة هم من نصبوا الكمين": a cleft
        // singles out the doer, and whoever says it blames them.
        if (speaker is null && found.Count == 0 && Cleft(sentence, actors) is { } singled)
            found.Add(BlameOf(singled, attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.ArmedGroup or SourceKind.Unattributed) && a.Attribution.Name != singled.Name)?.Attribution, sentence));
        // "an attack by Lakurawa militants, the presidency said", "after Boko Haram fighters attacked their position, the
        // army said": whoever tells of a group's attack blames it.
        if (speaker is null && found.Count == 0)
            found.AddRange(AttackAgents(sentence, mentions, actors, attributions));
        // "The FLA said its units repelled an attack by the Malian army": a group telling of someone else's attack blames them.
        if (speaker is not null && found.Count == 0)
            found.AddRange(AttackByOthers(sentence, actors, speaker.Attribution));
        // Session 8, round 14: "ISWAP said it was JAS fighters who killed the fishermen": a group singling out another doer blames it.
        if (speaker is not null && !found.Exists(f => f.Polarity == ResponsibilityPolarity.Blamed))
            found.AddRange(CleftOfOthers(sentence, actors, speaker.Attribution, -1));
        // "Les FAMa ont neutralisé 17 terroristes", "the army said its troops had killed 23 militants": a force telling of
        // its own operation claims it (the ClaimsSet's rule since the second writer).
        if (speaker is null && ForceOfItsOwnOperation(words, tolls(), mentions, attributions, storyArmy: storyArmy, previous: previous) is { } force)
            found.Add(Claimed(force.Name!, targeted(), outcomes().FirstOrDefault(o => o != "repelled"), sentence.Text));
        // Session 14, round 28: "…, while security sources spoke of about a hundred": the force's account before the contrast
        if (!found.Exists(f => f.Polarity == ResponsibilityPolarity.Claimed && mentions.Exists(m => m.Kind == SourceKind.Army && m.Name == f.Actor))
            && ForceOfTheFirstAccount(sentence, tolls(), mentions, attributions, storyArmy, previous, speaker) is { } first && !found.Exists(f => f.Actor == first.Name))
            found.Add(Claimed(first.Name!, targeted(), outcomes().FirstOrDefault(o => o != "repelled"), sentence.Text));
    }

    /// <summary>Between a force or a group and the killing it is the subject of: "the army had killed", "l'armée a tué".</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "had", "has", "have", "a", "ont", "avait", "avaient", "aurait", "auraient", "reportedly", "allegedly", "قد",
    };

    /// <summary>
    /// Session 9, round 17: a group telling of a killing another force or group did ("JNIM said the army had killed five
    /// herders", "Le JNIM affirme que l'armée a tué", "إن الجيش قتل"), named or not: the other is the subject right before
    /// the verb, and the group claims nothing.
    /// </summary>
    private static bool AnothersDeed(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> mentions, SourceFinder.Found speaker, TollFinder.Found toll) =>
        mentions.Exists(m => m.Kind is SourceKind.Army or SourceKind.ArmedGroup && m.First > speaker.Last && m.Last < toll.First && toll.First - m.Last <= 4
            && (m.Name is null || m.Name != speaker.Attribution.Name)
            && Enumerable.Range(m.Last + 1, toll.First - m.Last - 1).All(k => Auxiliaries.Contains(words[k].Text) || PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null));
}
