namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>What the sentence leaves for the next ones to read by: see <see cref="ClaimReadingState"/> for why each is carried.</summary>
    private static void CarryToNextSentence(ClaimReadingState state, SentenceReading here)
    {
        var (sentence, isTitle, mentions, actorMentions, found, lexicon) = (here.Sentence, here.IsTitle, here.Mentions, here.ActorMentions, here.Found, state.Lexicon);
        // "…, a indiqué le ministère, rapporte l'Agence …": the outlet relays; what follows ("précise le texte") is the ministry's.
        if (found.Count > 0 && !here.Asks)
            state.LastAttribution = (found[^1].Attribution.Kind == SourceKind.Media ? found.LastOrDefault(f => f.Attribution.Kind is not (SourceKind.Media or SourceKind.Unattributed))?.Attribution : null) ?? found[^1].Attribution;
        if (isTitle && found.Count > 0)
            state.TitleAttribution ??= found[0].Attribution;
        // "the defendants belong to ISSP; they deny the charges": whom the next sentence's "they" may stand for.
        state.DoersBefore = ResponsibilityFinder.NamesDoers(sentence);
        // "Q: Who were these men?": the next sentence answers who did it.
        state.AskedWho = !isTitle && ResponsibilityFinder.AsksWho(sentence);
        // Session 14, round 27: the next sentence's "the group" is the group this one is about, the group that speaks in it or
        // opens it, before a group its statement names ("JNIM denied it, accusing Dozo militias. Officials blamed the group").
        var groups = mentions.Where(m => m.Kind == SourceKind.ArmedGroup && !ResponsibilityFinder.PossessedCommonNoun(sentence.Words, m)).ToList();
        var topic = groups.FirstOrDefault(m => m.Name is not null && (m.First <= 1 || found.Exists(f => !f.Back && f.Attribution.Kind == SourceKind.ArmedGroup && f.Attribution.Name == m.Name)));
        state.LastGroup = (topic ?? groups.LastOrDefault())?.Name ?? state.LastGroup;
        state.LastSpokesman = mentions.LastOrDefault(m => m.Kind != SourceKind.Unattributed && Enumerable.Range(m.First, m.Last - m.First + 1).Any(k => SourceFinder.SpokesmanWords.Contains(sentence.Words[k].Text))) ?? state.LastSpokesman;
        // A national army, not a foreign force beside it ("الجيش المالي وحلفاؤه من فاغنر … ورد الجيش" is Mali's army).
        // A unit's country stands behind a later bare "the army" ("soldiers of a BIR … the army denied" is Burkina Faso's army).
        state.LastArmy = actorMentions.LastOrDefault(m => m is { Kind: SourceKind.Army, Name: { } army } && lexicon.FindActor(army)?.Kind == "state")?.Name is { } stateForce
            ? ArmyReferences.NationalArmy(lexicon.FindActor(stateForce)?.Affiliation) ?? stateForce : state.LastArmy;
        foreach (var mention in mentions)
            if (mention is { Kind: SourceKind.ArmedGroup, Name: { } group })
                state.GroupsNamed.Add(group);
        // "Le ministre … a détaillé le bilan. Il a désigné …": whom the next sentence's pronoun stands for.
        // only a subject: one that speaks in its sentence ("The army says it freed…") or opens it ("The MSA, …, accused"), not
        // a name the sentence reports on ("Le document attribue ces morts à des groupes armés, « en particulier le JNIM »")
        state.LastSubjectActor = mentions.FirstOrDefault(IsSpeaker) is { } first && (first.First <= 2 || found.Exists(f => !f.Back && f.Attribution.Kind == first.Kind && f.Attribution.Name == first.Name))
            ? actorMentions.FirstOrDefault(m => m.First == first.First) : null;
        // session 12, round 23: else a speaker read by its head noun ("Le comité de gestion du marché a annoncé…"), which is no
        // mention, so that "D'après son président" in the next sentence is the committee's
        state.LastSubject = mentions.FirstOrDefault(IsSpeaker) is { } subject
            ? new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, subject.Last) }
            : found.FirstOrDefault(f => !f.Back && f.Attribution.Kind is not (SourceKind.Unattributed or SourceKind.Media))?.Attribution;
        if (mentions.LastOrDefault(m => m.Kind is not SourceKind.Unattributed) is { } named)
            state.LastSource = new Attribution { Kind = named.Kind, Name = named.Name, Text = sentence.Quote(named.First, named.Last) };
        // session 16, round 35: a sentence that read an attribution leaves for a back reference a name it read as speaking, not
        // one in what is said (past the cue: "أعلنت الرئاسة في بيان أن … هجوم شنته جماعة بوكو حرام. وأضاف البيان" is not the
        // group; "The mayor said JNIM fighters killed 18. He added" is not the JNIM). With no such name, the one left before stands
        // (an unread issuer names no one new); with no attribution read, the last name, as before.
        state.UncuedSubject = UncuedSubject(sentence, mentions, found);
        if (found.Count == 0)
            state.LastSpeakerSource = state.LastSource;
        else if (mentions.LastOrDefault(m => m.Kind is not SourceKind.Unattributed && Speaking(sentence, m, found)) is { } speaker)
            state.LastSpeakerSource = new Attribution { Kind = speaker.Kind, Name = speaker.Name, Text = sentence.Quote(speaker.First, speaker.Last) };
    }

    /// <summary>
    /// Whether <paramref name="mention"/> may be read as speaking: inside a cue read (not a back reference), the source one of them
    /// names, the issuer right after one, or a name in no one's words. A name is in what is said past a cue whose speaker was read
    /// ("The mayor said JNIM fighters…", "selon lui, le JNIM…") or past a "that"/"أن" opening a cue's words ("في بيان أن … بوكو
    /// حرام"); past a statement whose issuer is unread and no "that", it may still be that issuer's complement ("بيان صحفي
    /// للمحكمة … في نواكشوط").
    /// </summary>
    private static bool Speaking(ClaimSentence sentence, SourceFinder.Mention mention, List<SourceFinder.Found> found) =>
        found.Exists(f => !f.Back && (f.First <= mention.First && mention.Last <= f.Last
            || f.Attribution.Kind == mention.Kind && f.Attribution.Name == mention.Name || IssuerAfter(sentence, f, mention)))
        || !found.Exists(f => mention.First > f.Last && (f.Back || f.Attribution.Kind != SourceKind.Unattributed || ThatBetween(sentence, f.Last, mention.First)));

    /// <summary>Whether a "that"/"que"/"أن" opens what is said within six words after a cue ending at <paramref name="cueLast"/>, before <paramref name="before"/>.</summary>
    private static bool ThatBetween(ClaimSentence sentence, int cueLast, int before) =>
        Enumerable.Range(cueLast + 1, Math.Max(0, Math.Min(before, cueLast + 7) - cueLast - 1)).Any(k => ThatWords.Contains(sentence.Words[k].Text));

    /// <summary>
    /// A name within two words after a cue with no "that" between: the cue's own complement ("بيان صحفي للمحكمة", "communiqué du
    /// ministère", "said the governor"), the issuer the vocabulary may have left unread, not yet what is said.
    /// </summary>
    private static bool IssuerAfter(ClaimSentence sentence, SourceFinder.Found cue, SourceFinder.Mention mention) =>
        mention.First > cue.Last && mention.First <= cue.Last + 2 && !ThatBetween(sentence, cue.Last, mention.First);
}
