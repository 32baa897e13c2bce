namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// The sentence's mentions, "l'armée", "Mali's armed forces" resolved to the national army meant, for who is blamed or denies
    /// (sources keep the generic word): the army named last, else the country's named last, else the places' country.
    /// </summary>
    private static List<SourceFinder.Mention> ActorsMeant(ClaimReadingState state, ClaimSentence sentence, List<SourceFinder.Mention> mentions)
    {
        state.CountryArmy = ArmyReferences.NamedCountry(sentence) ?? state.CountryArmy;
        // read only while the story has named no army and no country: most stories name one early
        if (state.LastArmy is null && state.CountryArmy is null)
            state.PlaceArmy = ArmyReferences.PlacedCountry(sentence, state.Lexicon.Recognizer) ?? state.PlaceArmy;
        return ArmyReferences.Resolve(sentence.Words, mentions, state.StoryArmy);
    }

    /// <summary>
    /// The sentence's claims of responsibility, blames and denials (<see cref="ResponsibilityFinder"/>), read with what the
    /// sentences before said: whom "it", "they", "the army" stand for, whom an interview's questions and answers speak for.
    /// </summary>
    private static void CollectResponsibility(ClaimReadingState state, SentenceReading here)
    {
        var (sentence, isTitle, mentions, actorMentions, found, lexicon) = (here.Sentence, here.IsTitle, here.Mentions, here.ActorMentions, here.Found, state.Lexicon);
        // A related headline or a year's history speaks of another attack: who claimed or was blamed for it is not this story's.
        // Session 8: an interview's answer is the interviewee's; a question's "your men" the interviewee's side
        // (ResponsibilityFinder.Interview).
        var turnNow = isTitle || state.Interviewee is null ? 0 : ClaimContext.InterviewTurn(sentence);
        var claimsBefore = state.Claims.Count;
        if (!here.RelatedLine && !ClaimContext.OpensOnAYear(sentence))
            state.Claims.AddRange(ResponsibilityFinder.FindAll(sentence, ResponsibilityFinder.WithYourMen(sentence, actorMentions, state.Interviewee, turnNow < 0),
                isTitle ? found : ResponsibilityFinder.WithTheInterviewee(found, state.Interviewee, state.Answering), id => lexicon.FindActor(id)?.Name ?? id, here.Figures, readResults: !here.OtherEvent,
                previous: state.LastAttribution ?? state.LastSource, previousSubject: state.LastSubject, previousLast: state.LastSource, doersBefore: state.DoersBefore, answersWho: state.AskedWho, pronounAntecedent: state.LastSubjectActor, storyArmy: state.StoryArmy));
        if (!isTitle) ResponsibilityFinder.ResolveDeniedStrikes(sentence, state.Claims, claimsBefore, mentions, actorMentions, found, id => lexicon.FindActor(id)?.Kind, state.StoryArmy); // session 18, round 40
        if (isTitle)
            state.TitleClaims.UnionWith(state.Claims.Skip(claimsBefore));
        // Session 16, round 34: a group that denies and accuses another blames it itself (ResponsibilityFinder.CounterAccusation).
        ResponsibilityFinder.CounterAccusations(sentence, state.Claims, claimsBefore, state.SentenceBefore,
            id => lexicon.FindActor(id)?.Kind is { } kind && kind is not ("state" or "foreign" or "regional" or "un"));
        // a joint force of several states ("the AES unified force") tells its operations as a state's army does
        string? ClaimedForce(bool regional = false) => state.Claims.Take(claimsBefore)
            .LastOrDefault(c => c is { Polarity: ResponsibilityPolarity.Claimed, Actor: { } own } && lexicon.FindActor(own)?.Kind is { } kind
                && (kind == "state" || regional && kind == "regional"))?.Actor;
        if (!isTitle && claimsBefore > 0 && !state.Claims.Skip(claimsBefore).Any(c => c.Polarity == ResponsibilityPolarity.Blamed)
            && (ResponsibilityFinder.OperationBlame(sentence, mentions, found, here.Figures(), () => ClaimedForce())
                // Session 14, round 29: civilians said to have died, no doer named, against the force's account of its operation (not
                // in a sentence recalling another event: "a raid last month in which villagers were killed")
                ?? (state.Claims.Count > claimsBefore || here.OtherEvent ? null : ResponsibilityFinder.ContradictedOperation(sentence, mentions, found, here.Figures(), () => ClaimedForce(regional: true),
                    civiliansBefore: () => ResponsibilityFinder.CiviliansBeforeOfAnother(state.Tolls.Exists(t => t is { Kind: TollKind.Killed, Victims: "civilians" } && t.Sentence != sentence.Text), state.Claims, claimsBefore, ClaimedForce(regional: true), found),
                    groupBefore: () => state.Claims.Take(claimsBefore).Any(c => c.Actor is { } actor && lexicon.FindActor(actor)?.Kind is not ("state" or "foreign" or "regional")),
                    fightBefore: () => ResponsibilityFinder.FightBefore(state.Claims, claimsBefore, state.Tolls, sentence.Text)))) is { } operationBlame)
        {
            state.Claims.Add(operationBlame);
            state.OperationBlames.Add(operationBlame);
        }
        // Session 17, round 37: an armed group's counter-account of the force's strike blames the force (ResponsibilityFinder.GroupCounterAccount)
        if (!isTitle && !here.OtherEvent && ResponsibilityFinder.GroupCounterAccount(state.Claims, claimsBefore, sentence, mentions, found, here.Figures(), id => lexicon.FindActor(id)?.Kind,
                () => state.Tolls.Exists(t => t is { Kind: TollKind.Killed, Victims: "civilians" } && t.Sentence != sentence.Text)) is { } groupBlame)
            state.OperationBlames.Add(groupBlame);
        // Session 17, round 37: round 29's counter-account after the force's denial alone (ResponsibilityFinder.ContradictedDenial)
        if (!isTitle && !here.OtherEvent && ResponsibilityFinder.ContradictedDenial(sentence, mentions, found, here.Figures(), state.Claims, claimsBefore, id => lexicon.FindActor(id)?.Kind,
                () => state.Tolls.Exists(t => t is { Kind: TollKind.Killed, Victims: "civilians" } && t.Sentence != sentence.Text),
                () => state.Claims.Take(claimsBefore).Any(c => c.Actor is { } actor && lexicon.FindActor(actor)?.Kind is not ("state" or "foreign" or "regional")),
                () => ResponsibilityFinder.FightBefore(state.Claims, claimsBefore, state.Tolls, sentence.Text)) is { } deniedBlame)
        {
            state.Claims.Add(deniedBlame);
            state.OperationBlames.Add(deniedBlame);
        }
        state.SentenceBefore = sentence.Text;
        if (turnNow < 0)
            state.AskedBlames = state.Claims.Skip(claimsBefore).Where(c => c is { Polarity: ResponsibilityPolarity.Blamed, Actor: { } accused }
                && (accused == state.Interviewee!.Name || state.Interviewee.Kind is SourceKind.Government or SourceKind.Army && lexicon.FindActor(accused)?.Kind == "state")).ToList();
        else if (turnNow > 0)
        {
            state.Claims.AddRange(ResponsibilityFinder.FlatDenials(sentence, state.AskedBlames));
            state.AskedBlames = [];
        }
    }
}
