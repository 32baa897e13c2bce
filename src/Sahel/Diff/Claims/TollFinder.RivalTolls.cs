namespace Sahel.Diff.Claims;

/// <summary>A rival death toll right after its comparative ("un bilan plus lourd, « au moins quinze »", "a far higher toll: 30"), read before any pair.</summary>
internal static partial class TollFinder
{
    // session 8: "évoque un bilan plus lourd, « au moins quinze soldats »", "a far higher toll: 30", "حصيلة أثقل: ٣٠": a rival
    // death toll given right after its comparative, across the punctuation that sets it off, before any verb after it takes it.
    private static void RivalTolls(IReadOnlyList<ClaimWord> words, List<NumberPhrases.Found> numbers, HashSet<int> usedNumbers, List<Found> found)
    {
        for (var n = 0; n < numbers.Count; n++)
        {
            var k = numbers[n].First - 1;
            while (k >= 0 && numbers[n].First - k <= 4 && Heavier.Contains(words[k].Text))
                k--;
            if (k < 0 || k == numbers[n].First - 1 || words[k].Readings.All(r => r is not ("bilan" or "toll" or "حصيله")) || CountsThings(words, numbers[n].Last + 1)
                || RiseFrom(words, numbers[n].First) is not null)
                continue;
            usedNumbers.Add(n);
            found.Add(new Found(TollKind.Killed, VictimsAfter(words, numbers[n].First, numbers[n].Last + 1), numbers[n].Range, k, VictimEnd(words, numbers[n].Last + 1, Math.Min(words.Count - 1, numbers[n].Last + 2))));
        }
    }
}
