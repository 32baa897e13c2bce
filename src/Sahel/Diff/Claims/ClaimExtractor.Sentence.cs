namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// One sentence as the steps of <see cref="Extract(string, string?, string?, Normalize.Lexicon)"/> read it: whom it names,
    /// the sources it gives (back references resolved), and its figures, read once for tolls and for claims read from results.
    /// </summary>
    private sealed class SentenceReading
    {
        public required ClaimSentence Sentence { get; init; }

        public required bool IsTitle { get; init; }

        /// <summary>The sentence is in a related headline ("Lire aussi : …"): who claimed or was blamed there is another story's.</summary>
        public required bool RelatedLine { get; init; }

        /// <summary>The sentence asks (an interview's question): the source it names is not what the next figures carry.</summary>
        public required bool Asks { get; init; }

        /// <summary>How many tolls the story had before this sentence: the sentence's own are those after.</summary>
        public required int TollsBefore { get; init; }

        /// <summary>Who the sentence names, sources or not.</summary>
        public required List<SourceFinder.Mention> Mentions { get; init; }

        /// <summary>The same, "l'armée", "the army" resolved to the story's national army (for who is blamed or denies).</summary>
        public required List<SourceFinder.Mention> ActorMentions { get; init; }

        /// <summary>The sentence's attributions, a back reference ("selon la même source") standing for the source it repeats.</summary>
        public required List<SourceFinder.Found> Found { get; init; }

        /// <summary>
        /// The inside of a several-word name ("Volontaires pour la défense de la patrie"): words that do not count in the
        /// distance between a count and its toll word.
        /// </summary>
        public required HashSet<int> InNames { get; init; }

        /// <summary>What the sentence says of other events: a recall, a retracted figure, a year's count.</summary>
        public required ClaimContext.Events Events { get; init; }

        /// <summary>
        /// "Lire aussi : …", "Read more: …", "اقرأ أيضا": another story's headline; "after one that killed 11 in
        /// March": another event. Their figures are not this story's.
        /// </summary>
        public required bool OtherEvent { get; init; }

        private List<TollFinder.Found>? figures;

        /// <summary>
        /// One reading of the sentence's figures for tolls and for claims read from results. A retracted figure, what a recall
        /// tells, a year's count: words whose figures are not this story's (read only when there are figures).
        /// </summary>
        public List<TollFinder.Found> Figures() => figures ??= Events.OnlyThisEvent(TollFinder.Find(Sentence, InNames.Contains));
    }

    /// <summary>
    /// Reads who the sentence names and the sources it gives, noting on the way what the title says of the story's voice (an
    /// interview, a document) and which army "the army" means.
    /// </summary>
    private static SentenceReading ReadSentence(ClaimReadingState state, ClaimSentence sentence, bool isTitle, bool relatedLine, bool asks)
    {
        var tollsBefore = state.Tolls.Count;
        state.Sources.ReadingTitle = isTitle;
        var mentions = state.Sources.Mentions(sentence, state.LastGroup, state.LastSpokesman, state.LastSubject);
        NoteTheInterview(state, sentence, isTitle, mentions);
        var actorMentions = ActorsMeant(state, sentence, mentions);
        var read = state.Sources.Find(sentence, mentions);
        NoteTheFirstPerson(state, sentence, isTitle, mentions);
        NoteTheIssuer(state, sentence, isTitle, mentions, read);
        var found = WithTheFirstPerson(state, sentence, isTitle, WithBackReferences(state, sentence, read, mentions));
        found = WithUncuedSpeaker(sentence, isTitle, mentions, found);
        var inNames = mentions.Where(m => m.Last > m.First).SelectMany(m => Enumerable.Range(m.First + 1, m.Last - m.First)).ToHashSet();
        var events = ClaimContext.Read(sentence);
        return new SentenceReading
        {
            Sentence = sentence,
            IsTitle = isTitle,
            RelatedLine = relatedLine,
            Asks = asks,
            TollsBefore = tollsBefore,
            Mentions = mentions,
            ActorMentions = actorMentions,
            Found = found,
            InNames = inNames,
            Events = events,
            OtherEvent = relatedLine || events.RecallsAnotherEvent,
        };
    }
}
