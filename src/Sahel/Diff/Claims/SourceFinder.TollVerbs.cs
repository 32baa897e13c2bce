namespace Sahel.Diff.Claims;

/// <summary>
/// Session 16, round 34: a verb acting on the toll itself ("Le ministère a corrigé vendredi le bilan", "a contesté ce bilan : « … »",
/// "The ministry updated its toll", "صححت الوزارة الحصيلة") is a verb of saying about the toll: its subject gives the figures that
/// follow, in its sentence and carried to the next ones, as "said" would.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Verbs that revise, confirm or dispute a toll (normalised: no accents).</summary>
    private static readonly HashSet<string> TollActingVerbs = new(StringComparer.Ordinal)
    {
        "corrige", "revu", "revise", "actualise", "rectifie", "conteste", "contestent", "corrigent", "revoit", "reevalue",
        "corrected", "revised", "updated", "disputed", "amended",
        "صحح", "صححت", "عدل", "عدلت", "حدث", "حدثت",
    };

    /// <summary>Toll nouns such a verb acts on, with the words that may stand between them (a time, an article, "à la hausse").</summary>
    private static readonly HashSet<string> ActedTollNouns = new(StringComparer.Ordinal) { "bilan", "toll", "tally", "الحصيله", "حصيله" };

    /// <summary>Adds the subject of each verb acting on a toll that no cue read as an attribution over the verb.</summary>
    private void TollVerbSpeakers(ClaimSentence sentence, List<Mention> mentions, List<Found> found, HashSet<Mention> used)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (!TollActingVerbs.Contains(words[i].Text) || found.Exists(f => f.First <= i && i <= f.Last))
                continue;
            // the toll within four words after the verb, no punctuation between ("a corrigé vendredi le bilan", "a revu à la hausse le bilan")
            var noun = Enumerable.Range(i + 1, Math.Max(0, Math.Min(5, words.Count - i - 1))).FirstOrDefault(k => ActedTollNouns.Contains(words[k].Text), -1);
            if (noun < 0 || sentence.Between(i, noun).IndexOfAny(",;:،؛\"«»") >= 0)
                continue;
            var source = SpeakerOfVerb(sentence, mentions, mentions, used, i, 1);
            if (source is null || source.Kind is SourceKind.Unattributed)
                continue;
            AddSpeaker(sentence, mentions, found, used, i, i, source);
        }
    }
}
