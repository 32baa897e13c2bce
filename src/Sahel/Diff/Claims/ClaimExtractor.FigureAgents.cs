namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// Session 19, round 44, the scope of a figure's agent: the agent of a passive participle or an Arabic relative verb of giving
    /// that follows a figure ("contre onze annoncés dans un premier temps par la mairie", "the 22 first announced by the police",
    /// "تسعين قتيلا أعلنتها المنظمة") is that figure's speaker, before any "that"-clause it stands in ("Le porte-parole a dit que
    /// … contre 90 morts avancés par les ONG": the ONG's figure, quoted by the spokesman) and before a speaker named nearer.
    /// Only a named agent: one pointing back ("par la même source") leaves the figure to the usual reading.
    /// </summary>
    private static Attribution? FigureAgent(ClaimSentence sentence, List<SourceFinder.Found> found, TollFinder.Found toll, List<TollFinder.Found> figures)
    {
        foreach (var a in found)
            if (a.Attribution.Kind != SourceKind.Unattributed && !a.Back && GovernsFigure(sentence, a, toll, figures))
                return a.Attribution;
        return null;
    }

    /// <summary>
    /// The other half of the scope: such an agent does not attribute a figure told before the figure it follows ("revu à 14 soldats
    /// tués, contre 23 annoncés par X, a indiqué Y": the 14 is Y's).
    /// </summary>
    private static bool AgentOfAnother(ClaimSentence sentence, SourceFinder.Found a, TollFinder.Found toll, List<TollFinder.Found> figures) =>
        AgentCueAfter(sentence, a, toll) is var cue and >= 0 && NumberBetween(sentence, toll, cue, figures);

    /// <summary>The cue starts within four words after the figure with a giving participle, no punctuation and no other figure between.</summary>
    private static bool GovernsFigure(ClaimSentence sentence, SourceFinder.Found a, TollFinder.Found toll, List<TollFinder.Found> figures) =>
        AgentCueAfter(sentence, a, toll) is var cue and >= 0 && cue - toll.Last <= 4
        && sentence.Between(toll.Last, cue).IndexOfAny(",;:،؛()") < 0 && !NumberBetween(sentence, toll, cue, figures);

    /// <summary>Another figure between the toll and the cue: a toll, or a bare number the toll finder did not take ("against 30 initially reported").</summary>
    private static bool NumberBetween(ClaimSentence sentence, TollFinder.Found toll, int cue, List<TollFinder.Found> figures) =>
        figures.Exists(f => f.First > toll.Last && f.Last < cue) || NumberPhrases.Find(sentence).Exists(n => n.First > toll.Last && n.Last < cue);

    /// <summary>The participle or relative verb of giving that makes <paramref name="a"/> an agent, when it stands after the toll; else -1.</summary>
    private static int AgentCueAfter(ClaimSentence sentence, SourceFinder.Found a, TollFinder.Found toll) =>
        a.First > toll.Last && SourceFinder.AgentCueBefore(sentence, a.First) is var cue and >= 0 && cue > toll.Last ? cue : -1;
}
