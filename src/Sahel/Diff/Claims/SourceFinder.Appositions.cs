namespace Sahel.Diff.Claims;

/// <summary>
/// Session 15, round 30: a speaker's apposition between it and its verb ("A member of the CJTF, a vigilante group that helps
/// the military, said", "L'Observatoire X, une ONG basée à Nouakchott, affirme", "The mayor of Djibo, a close ally of the
/// governor, said"). The apposition describes the speaker; a name inside it (the military it helps, the capital it sits in,
/// the governor it is close to) is not the verb's subject.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>
    /// The subject of a verb at <paramref name="cue"/> that closes an apposition with its comma: the source right before the
    /// apposition's opening comma (within four words, no comma between), else the source that heads the apposition (within its
    /// first four words: "an NGO based in Niamey" tells what the unknown name before it is); else null.
    /// </summary>
    private Mention? ApposedSpeaker(ClaimSentence sentence, List<Mention> mentions, HashSet<Mention> used, int cue)
    {
        var words = sentence.Words;
        var start = cue > 0 && Auxiliaries.Contains(words[cue - 1].Text) ? cue - 1 : cue;
        if (!sentence.CommaBefore(start))
            return null;
        // the apposition's opening comma, at most sixteen words before the verb (its "that"/"qui" is a relative: "a vigilante
        // group that helps the military")
        var open = -1;
        for (var k = start - 2; k >= 1 && k >= start - 16; k--)
        {
            if (sentence.CommaBefore(k))
            {
                open = k;
                break;
            }
        }
        if (open < 0 || !ClaimVocabulary.Articles.Contains(words[open].Text))
            return null;
        var before = mentions.LastOrDefault(m => m.Kind != SourceKind.Unattributed && m.Last < open && open - m.Last <= 4 && !Accused(m)
            && Enumerable.Range(m.Last + 1, open - m.Last - 1).All(j => !sentence.CommaBefore(j)));
        if (before is not null)
            return before;
        // the name before the apposition is unknown: the apposition's head tells its kind ("an NGO", "a vigilante group")
        return mentions.FirstOrDefault(m => m.Kind != SourceKind.Unattributed && m.First >= open && m.First <= open + 3 && m.Last < start && !used.Contains(m));
    }
}
