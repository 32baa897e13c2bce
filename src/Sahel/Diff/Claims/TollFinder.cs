namespace Sahel.Diff.Claims;

/// <summary>
/// Figures in one sentence: a toll word (tués, killed, مقتل, neutralisés…) paired with the nearest count before
/// it ("cinq soldats ont été tués", "12 dead") or just after it ("killing 12", "مقتل ١٢ جنديا"), closest pairs
/// first, each word and count used once. Who the victims were is read from the words between or just after.
/// </summary>
internal static class TollFinder
{
    private const int MaxWordsBefore = 6;
    private const int MaxWordsAfter = 3;

    /// <summary>A figure with the words it spans, before its attribution is known.</summary>
    public sealed record Found(TollKind Kind, string? Victims, NumberRange Count, int First, int Last);

    public static List<Found> Find(ClaimSentence sentence)
    {
        var words = sentence.Words;
        var numbers = NumberPhrases.Find(sentence);
        var cues = new List<(TollKind Kind, int First, int Last, bool Neutralised)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (numbers.Any(n => n.First <= i && i <= n.Last && words[i].Number is not null))
                continue;
            if (PhraseMatch.At(words, i, ClaimVocabulary.TollWords) is not { } cue)
                continue;
            cues.Add((cue.Value, i, i + cue.Length - 1, words[i].Text.StartsWith("neutralis", StringComparison.Ordinal)));
            i += cue.Length - 1;
        }

        var pairs = new List<(int Gap, int Cue, int Number, bool After)>();
        for (var c = 0; c < cues.Count; c++)
        {
            for (var n = 0; n < numbers.Count; n++)
            {
                var number = numbers[n];
                if (number.Last < cues[c].First && cues[c].First - number.Last <= MaxWordsBefore)
                    pairs.Add((cues[c].First - number.Last, c, n, false));
                else if (number.First > cues[c].Last && number.First - cues[c].Last <= MaxWordsAfter)
                    pairs.Add((number.First - cues[c].Last, c, n, true));
            }
        }
        var found = new List<Found>();
        var usedCues = new HashSet<int>();
        var usedNumbers = new HashSet<int>();
        foreach (var pair in pairs.OrderBy(p => p.Gap).ThenBy(p => p.After ? 0 : 1))
        {
            if (usedCues.Contains(pair.Cue) || usedNumbers.Contains(pair.Number))
                continue;
            var cue = cues[pair.Cue];
            var number = numbers[pair.Number];
            // Another count between them belongs to something else: "12 morts dont 5 soldats" pairs 12 with morts.
            var between = pair.After ? (cue.Last + 1, number.First - 1) : (number.Last + 1, cue.First - 1);
            if (numbers.Any(other => other != number && other.First >= between.Item1 && other.Last <= between.Item2))
                continue;
            usedCues.Add(pair.Cue);
            usedNumbers.Add(pair.Number);
            var victims = Victims(words, pair.After ? number.First : number.First, pair.After ? Math.Min(words.Count - 1, number.Last + 3) : cue.First - 1)
                ?? (pair.After ? null : Victims(words, cue.Last + 1, Math.Min(words.Count - 1, cue.Last + 3)))
                ?? (cue.Neutralised ? "attackers" : null);
            var first = Math.Min(cue.First, number.First);
            var last = Math.Max(cue.Last, number.Last);
            if (pair.After && victims is not null)
                last = Math.Max(last, VictimEnd(words, number.Last, Math.Min(words.Count - 1, number.Last + 3)));
            found.Add(new Found(cue.Kind, victims, number.Range, first, last));
        }
        return found.OrderBy(f => f.First).ToList();
    }

    private static string? Victims(IReadOnlyList<ClaimWord> words, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= to && i < words.Count; i++)
            if (PhraseMatch.At(words, i, ClaimVocabulary.VictimWords) is { } victim)
                return victim.Value;
        return null;
    }

    private static int VictimEnd(IReadOnlyList<ClaimWord> words, int from, int to)
    {
        for (var i = from; i <= to; i++)
            if (PhraseMatch.At(words, i, ClaimVocabulary.VictimWords) is { } victim)
                return i + victim.Length - 1;
        return from;
    }
}
