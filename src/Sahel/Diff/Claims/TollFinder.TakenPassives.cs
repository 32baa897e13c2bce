namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 42: the bare passive "taken" closing its clause is a kidnapping ("27 girls were taken.", "five people were
/// taken, and one was shot", "43 of their members had been taken and two later found dead", "two drivers were also taken"). The
/// toll words held "taken" only with its place or manner ("taken from", "taken near", "taken away"), because "taken" alone has other
/// senses ("taken to hospital", "taken into custody", "taken prisoner" is read by its noun); a passive whose clause ends right after
/// it (a punctuation mark or "and") has no destination to carry, so the people were taken by their captors.
/// English only: French and Arabic say the taking with verbs of their own ("emmenés", "enlevés", "اقتيدوا"), already read.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Auxiliaries of the passive right before "taken", an adverb between allowed ("were also taken", "had been taken").</summary>
    private static readonly HashSet<string> TakenAuxiliaries = new(StringComparer.Ordinal) { "were", "was", "been", "are", "is", "being" };

    /// <summary>Adverbs between the auxiliary and "taken": "also", "reportedly", "all", "later".</summary>
    private static readonly HashSet<string> TakenAdverbs = new(StringComparer.Ordinal) { "also", "reportedly", "all", "later", "allegedly", "then" };

    /// <summary>The cues with a kidnapping cue added at each bare passive "taken" that closes its clause, in the order of the words.</summary>
    private static List<(TollKind Kind, int First, int Last, bool Neutralised)> WithTakenPassives(ClaimSentence sentence, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues)
    {
        var words = sentence.Words;
        var added = false;
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Text != "taken" || cues.Any(c => c.First <= i && i <= c.Last))
                continue;
            var k = i - 1;
            if (k > 0 && TakenAdverbs.Contains(words[k].Text))
                k--;
            if (!TakenAuxiliaries.Contains(words[k].Text))
                continue;
            if (!ClosesClause(sentence, i) && words[i + 1].Text != "and")
                continue;
            cues.Add((TollKind.Kidnapped, i, i, false));
            added = true;
        }
        return added ? cues.OrderBy(c => c.First).ToList() : cues;
    }
}
