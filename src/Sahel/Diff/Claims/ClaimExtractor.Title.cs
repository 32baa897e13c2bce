namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    // Whose voice the text is in, as the title says: an interview's answers are the interviewee's, a document speaks for its
    // issuer. Both give the figures no source of their own attributes (ClaimExtractor.Attribution.cs).

    /// <summary>
    /// An interview: whom the title names (the interviewee) speaks in the answers ("Entretien – Le maire de Tillia : …",
    /// "حوار | وجيه من أندرامبوكان"), from an answer's mark to the next question's.
    /// </summary>
    private static void NoteTheInterview(ClaimReadingState state, ClaimSentence sentence, bool isTitle, List<SourceFinder.Mention> mentions)
    {
        if (isTitle && state.Interviewee is null && mentions.Find(IsSpeaker) is { } speaker)
            state.Interviewee = new Attribution { Kind = speaker.Kind, Name = speaker.Name, Text = sentence.Quote(speaker.First, speaker.Last) };
        if (!isTitle && ClaimContext.InterviewTurn(sentence) is var turn and not 0)
            state.Answering = turn > 0;
    }

    /// <summary>
    /// A document (a communiqué, a press release, a ministry's bulletin) opening the title or the text speaks in its issuer's
    /// voice: whom its title names, else the body's "notre organisation", "our company" (session 8).
    /// </summary>
    private static void NoteTheIssuer(ClaimReadingState state, ClaimSentence sentence, bool isTitle, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> read)
    {
        if ((isTitle || state.SentenceNo == 0) && ClaimContext.OpensOnDocument(sentence))
            state.Document = true;
        // the title's speaker ("Press release: Frontline Care Alliance condemns…"), else the one it names, else "notre organisation"
        if (state.Document && state.Issuer is null)
            state.Issuer = isTitle && read.Find(f => f.Attribution.Kind != SourceKind.Unattributed) is { } speaking ? speaking.Attribution
                : mentions.Find(m => IsSpeaker(m) && (isTitle || !state.TitleNamed && m.First > 0 && sentence.Words[m.First - 1].Text is "notre" or "our" or "nos")) is { } issuing
                ? new Attribution { Kind = issuing.Kind, Name = issuing.Name, Text = sentence.Quote(issuing.First, issuing.Last) } : null;
        // "Communiqué. Le mouvement … informe…" opening the text: the document of the one its title has speaking
        if (state.Document && state.Issuer is null && !isTitle && state.TitleAttribution is { Kind: not SourceKind.Unattributed })
            state.Issuer = state.TitleAttribution;
        if (isTitle)
            state.TitleNamed = mentions.Exists(IsSpeaker);
    }
}
