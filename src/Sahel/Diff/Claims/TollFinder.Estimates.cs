namespace Sahel.Diff.Claims;

/// <summary>An estimate of a count told before it ("put the number at nearly 60", "évalue à 13 le nombre"): its kind from the toll words around it.</summary>
internal static partial class TollFinder
{
    // An estimate of a count told before it: "residents put the number at nearly 60", "the captives, whom he put at 18", "put
    // the number of people taken at more than 60", "évalue à 13 le nombre": the kind of the toll word in the estimate or just
    // before it, else of the sentence's figure before it.
    private static void Estimates(ClaimSentence sentence, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, List<NumberPhrases.Found> numbers, List<Found> found)
    {
        var words = sentence.Words;
        foreach (var number in numbers)
        {
            if (found.Any(f => f.First <= number.First && number.First <= f.Last) || (EstimateAt(words, number.First) ?? LongEstimateAt(sentence, number.First)) is not { } put)
                continue;
            var kind = cues.Where(c => c.First > put && c.Last < number.First).Select(c => (TollKind?)c.Kind).FirstOrDefault()
                ?? (words[put + 1].Text is "the" && Enumerable.Range(put + 1, number.First - put - 1).Any(k => words[k].Text is "taken" or "seized" or "held") ? TollKind.Kidnapped : (TollKind?)null)
                ?? cues.Where(c => c.Last < put && put - c.Last <= 4).Select(c => (TollKind?)c.Kind).LastOrDefault()
                ?? found.Where(f => f.Last < put).MaxBy(f => f.Last)?.Kind;
            if (kind is { } estimated && !CountsThings(words, number.Last + 1))
                found.Add(new Found(estimated, Victims(words, number.Last + 1, Math.Min(words.Count - 1, number.Last + 2)), number.Range, number.First, number.Last));
        }
    }
}
