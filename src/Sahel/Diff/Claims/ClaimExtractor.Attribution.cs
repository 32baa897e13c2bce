namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// The sentence's figures as tolls, each with its source: the nearest attribution in its sentence, else the one the story's
    /// voice gives (a document's issuer, an interview's answer), else the last one before it in the story, else the title's.
    /// A figure no source attributed yet waits for one named later in its paragraph (ClaimExtractor.LaterSources.cs).
    /// </summary>
    private static void AttributeTolls(ClaimReadingState state, SentenceReading here)
    {
        var (sentence, isTitle, found) = (here.Sentence, here.IsTitle, here.Found);
        var figures = here.OtherEvent ? [] : here.Figures();
        if (figures.Count == 0 && !here.OtherEvent && !isTitle)
            figures = SameFigure(state, sentence);
        else if (figures.Count > 0 && !isTitle)
            figures = WithFigureNounValues(state, sentence, figures);
        foreach (var toll in figures)
        {
            // The nearest attribution; one after the figure and past a comma counts as farther
            // ("JNIM claimed to have killed 35, while local sources put the toll at around 20").
            // A claim attributes only what follows it: "5 soldiers killed, the EIGS claims the attack" is not the group's figure.
            // Reported speech: "قالت الشرطة إن مسلحين خطفوا عشرات …، فيما قال أولياء أمور", "X said that …": a figure in the
            // clause a speaker opens with "that"/"que"/"إن" is that speaker's, whoever is named nearer after it.
            var own = FigureAgent(sentence, found, toll, figures) ?? Reporting(sentence, found, toll)
                ?? found.Where(a => !(a.ForwardOnly && a.First > toll.Last) && !InASecondAccount(sentence, toll, a) && !AgentOfAnother(sentence, a, toll, figures)).OrderBy(a => Distance(a.First, a.Last, toll.First, toll.Last) + (a.First > toll.Last && CommaBetween(sentence, toll.Last, a.First) ? 3 : 0))
                .Select(a => a.Attribution).FirstOrDefault();
            // session 8: in a document, a figure with no source of its own is the issuer's, unless a named source carries.
            // session 12, round 24: the issuer named again as the subject of its own opening ("Le mouvement X informe l'opinion que")
            // is still the document speaking
            var fromIssuer = own is null && !state.Answering && state.Issuer is not null
                && (NamedOrNull(state.LastAttribution) is null || state.LastAttribution is { Name: { } again } && again == state.Issuer.Name && state.LastAttribution.Kind == state.Issuer.Kind);
            var carried = fromIssuer ? state.Issuer! : own ?? (state.Answering ? state.Interviewee : null) ?? state.LastAttribution ?? state.TitleAttribution ?? Attribution.None;
            // A militia's own communiqué or statement speaks for the militia, not as locals do (session 8).
            var source = fromIssuer || Speaks(sentence) ? carried : AsLocals(carried);
            state.Tolls.Add(new TollClaim { Kind = toll.Kind, Victims = toll.Victims, Count = toll.Count, Source = source, Evidence = sentence.Quote(toll.First, toll.Last), Sentence = sentence.Text });
            state.Origins.Add(new TollOrigin(isTitle, isTitle ? -1 : state.SentenceNo, own is not null));
            if (!isTitle && own is null && !fromIssuer && !state.Answering && state.LastAttribution is null && state.TitleAttribution is null)
                state.Waiting.Add(state.Tolls.Count - 1);
        }
    }

    /// <summary>
    /// "Relatives put the number at four": a sentence with no toll of its own whose figure noun gives another value for the
    /// toll told last, of its kind and victims (<see cref="TollFinder.SameFigure"/>).
    /// </summary>
    private static List<TollFinder.Found> SameFigure(ClaimReadingState state, ClaimSentence sentence) =>
        state.Tolls.Count > 0 && TollFinder.SameFigure(sentence) is { } same
            ? [new TollFinder.Found(state.Tolls[^1].Kind, state.Tolls[^1].Victims, same.Count, same.First, same.Last)]
            : [];

    /// <summary>
    /// Round 30: a figure noun's value beside the sentence's own tolls ("Des sources évoquent sept morts, tandis que la presse a
    /// avancé le chiffre de neuf", "Local leaders gave a figure of 64 and said nine were missing"): another account of a toll, of
    /// the kind and victims of the sentence's figure before it, else of the toll told last. Only a value no figure holds, one
    /// that closes its clause ("a figure of 300 houses" counts something else), and one not denied or disputed ("ne cite jamais le
    /// chiffre de 200", "rejected the figure of 40": someone else's figure, read where it was given).
    /// </summary>
    private static List<TollFinder.Found> WithFigureNounValues(ClaimReadingState state, ClaimSentence sentence, List<TollFinder.Found> figures)
    {
        var words = sentence.Words;
        var more = new List<TollFinder.Found>();
        foreach (var (count, noun, last) in TollFinder.FigureNounValues(sentence))
        {
            if (figures.Any(f => f.First <= last && noun <= f.Last) || TollFinder.FigureNounDenied(sentence, noun)
                || !(last + 1 >= words.Count || sentence.Between(last, last + 1).IndexOfAny(",;.،؛:\"»”") >= 0 || words[last + 1].Text is "and" or "et" or "و" or "but" or "mais"))
                continue;
            var before = figures.Where(f => f.Last < noun).MaxBy(f => f.Last);
            if (before is not null)
                more.Add(new TollFinder.Found(before.Kind, before.Victims, count, noun, last));
            else if (state.Tolls.Count > 0)
                more.Add(new TollFinder.Found(state.Tolls[^1].Kind, state.Tolls[^1].Victims, count, noun, last));
        }
        return more.Count == 0 ? figures : [.. figures.Concat(more).OrderBy(f => f.First)];
    }

    /// <summary>A figure given by a community militia is a local account, as the labelling rules say ("militias speaking as locals").</summary>
    private static Attribution AsLocals(Attribution source) =>
        source is { Kind: SourceKind.ArmedGroup, Name: { } name } && ArmyReferences.VigilanteMilitias.Contains(name) ? source with { Kind = SourceKind.Local } : source;

    private static readonly HashSet<string> ThatWords = new(StringComparer.Ordinal) { "que", "qu", "that", "ان", "انه", "انها", "انهم", "بان", "بانه" };

    /// <summary>
    /// The speaker whose "that"-clause holds the figure: a named attribution before it, followed within ten words by
    /// "that"/"que"/"إن" (past a place or a time: "قالت الشرطة في ولاية كادونا … إن"), with no other attribution between it and the figure.
    /// </summary>
    private static Attribution? Reporting(ClaimSentence sentence, List<SourceFinder.Found> found, TollFinder.Found toll)
    {
        var words = sentence.Words;
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var a = found[k];
            if (a.Last >= toll.First)
                continue;
            if (a.Attribution.Kind == SourceKind.Unattributed)
                return null;
            var that = Enumerable.Range(a.Last + 1, Math.Max(0, Math.Min(10, toll.First - a.Last - 1))).Any(j => ThatWords.Contains(words[j].Text));
            return that ? a.Attribution : null;
        }
        return null;
    }

    /// <summary>A sentence that gives a statement's words: "dans un communiqué", "in a statement", "في بيان", "déclaration".</summary>
    private static bool Speaks(ClaimSentence sentence) =>
        sentence.Words.Any(w => PhraseMatch.Is(w, SourceVocabulary.Statements));

    // The Arabic comma (،) parts clauses as the Latin one does.
    private static bool CommaBetween(ClaimSentence sentence, int first, int last) =>
        sentence.Between(first, last).IndexOfAny(",،") >= 0;

    private static int Distance(int first, int last, int otherFirst, int otherLast) =>
        last < otherFirst ? otherFirst - last : otherLast < first ? first - otherLast : 0;
}
