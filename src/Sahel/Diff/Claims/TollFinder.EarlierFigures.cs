namespace Sahel.Diff.Claims;

/// <summary>The figure a toll stood at before the one just read: "up from 12", "contre onze annoncés", "rose from 15 to 44 dead".</summary>
internal static partial class TollFinder
{
    // "porté à dix-neuf morts, contre onze annoncés lundi", "up from 12", "بعدما كانت ١٩": the earlier figure of the toll just read.
    private static void EarlierFigures(IReadOnlyList<ClaimWord> words, List<NumberPhrases.Found> numbers, HashSet<int> usedNumbers, List<Found> found)
    {
        for (var n = 0; n < numbers.Count; n++)
        {
            // round 20: also "up from the 18 reported by police"
            var theFrom = numbers[n].First > 2 && words[numbers[n].First - 1].Text == "the" && words[numbers[n].First - 2].Text == "from" && words[numbers[n].First - 3].Text is "up" or "down"
                // round 23: "up from an earlier figure of 76", "contre un bilan initial de neuf", "down from a previous toll of 40"
                || EarlierFigureOf(words, numbers[n].First);
            // round 32: "to 13 dead, from eight announced on Monday", "from 12 reported earlier": the English cell of "contre onze
            // annoncés" (the French and Arabic cells are read since rounds 20 and 8)
            theFrom = theFrom || FromAnnounced(words, numbers[n]);
            if (usedNumbers.Contains(n) || numbers[n].First == 0 || !theFrom && !EarlierFigure.Contains(words[numbers[n].First - 1].Text) && !(numbers[n].First > 1 && words[numbers[n].First - 2].Text is "up" or "down" && words[numbers[n].First - 1].Text == "from"))
                continue;
            var number = numbers[n];
            // session 8: "إلى أحد عشر قتيلا، بعد أن كانت سبعة" (past "بعد أن"); "has risen to 41, the agency said on Thursday, up
            // from 27": "up from" and "down from" name the earlier figure of the toll read last in the sentence, however far.
            // round 20: so does "contre onze annoncés", its figure said as announced, past the toll's source ("a indiqué … le
            // haut-commissaire, contre onze annoncés dans un premier temps par la mairie").
            var explicitly = theFrom || words[number.First - 1].Text == "from" || words[number.First - 1].Text == "contre"
                && Enumerable.Range(number.Last + 1, Math.Max(0, Math.Min(2, words.Count - number.Last - 1))).Any(k => Announced.Contains(words[k].Text));
            var reach = explicitly ? words.Count : words[number.First - 1].Text == "كانت" && number.First > 2 && words[number.First - 2].Text == "ان" ? 5 : 3;
            if (found.Where(f => f.Last < number.First && number.First - f.Last <= reach).MaxBy(f => f.Last) is not { } updated || CountsThings(words, number.Last + 1))
                continue;
            usedNumbers.Add(n);
            found.Add(new Found(updated.Kind, Victims(words, number.Last + 1, Math.Min(words.Count - 1, number.Last + 2)), number.Range, number.First, number.Last));
        }
    }

    // round 23: "ارتفعت من ١٥ إلى ٤٤ قتيلا", "rose from 15 to 44 dead", "est passé de 9 à 15 morts": the first of a rise's two figures is
    // the earlier figure of the toll read right after it
    private static void RiseFigures(IReadOnlyList<ClaimWord> words, List<NumberPhrases.Found> numbers, HashSet<int> usedNumbers, List<Found> found)
    {
        for (var n = 0; n < numbers.Count; n++)
        {
            if (usedNumbers.Contains(n) || RiseFrom(words, numbers[n].First) is not { } to
                || found.FirstOrDefault(f => numbers.Any(o => o.First == to + 1 && f.First <= o.First && o.Last <= f.Last)) is not { } risen)
                continue;
            usedNumbers.Add(n);
            found.Add(new Found(risen.Kind, risen.Victims, numbers[n].Range, numbers[n].First, numbers[n].Last));
        }
    }

    /// <summary>Round 32: English participles of a figure given before: "announced", "reported", "given".</summary>
    private static readonly HashSet<string> AnnouncedEnglish = new(StringComparer.Ordinal) { "announced", "reported", "given", "issued" };

    /// <summary>What may follow such a participle: its date, its speaker, "earlier" (not a noun: "from eight reported attacks").</summary>
    private static readonly HashSet<string> AfterAnnounced = new(StringComparer.Ordinal) { "on", "by", "earlier", "in", "last", "at", "this", "yesterday", "previously", "initially", "the" };

    /// <summary>
    /// Round 32: "from eight announced on Monday", "from 12 reported earlier": a count after "from" whose participle of giving
    /// follows it, closing the sentence or before its date, its speaker or "earlier".
    /// </summary>
    private static bool FromAnnounced(IReadOnlyList<ClaimWord> words, NumberPhrases.Found number) =>
        number.First > 0 && words[number.First - 1].Text == "from" && number.Last + 1 < words.Count && AnnouncedEnglish.Contains(words[number.Last + 1].Text)
        && (number.Last + 2 >= words.Count || AfterAnnounced.Contains(words[number.Last + 2].Text));
}
