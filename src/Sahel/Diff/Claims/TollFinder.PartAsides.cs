namespace Sahel.Diff.Claims;

/// <summary>
/// Round 34: an aside listing the parts of a figure before its verb, the parts joined by "and" ("At least 21 people, including
/// three women and two children, were killed", "Au moins 21 personnes, dont trois femmes et deux enfants, ont été tuées", "٢١
/// شخصا، بينهم ثلاث نساء وطفلان، قتلوا"): the last part is the nearest count to the verb, so it took the verb and the figure
/// was lost. A part joined inside the aside is read as a part (<see cref="PartFigures"/> and the joined pass after it), never
/// as the verb's subject.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>Longest aside searched back from the joined part to its opener.</summary>
    private const int MaxPartAside = 10;

    /// <summary>
    /// The count <paramref name="number"/> is joined by "and/et/و" inside an aside opened by "including/dont/بينهم…" after a
    /// comma, and the aside is closed by a comma before the toll word at <paramref name="cue"/>; the whole is counted right before the
    /// aside (not "Les otages, dont neuf femmes et cinq enfants, avaient été enlevés": with no whole, the parts are the verb's).
    /// </summary>
    private static bool JoinedPartInAside(ClaimSentence sentence, List<NumberPhrases.Found> numbers, NumberPhrases.Found number, int cue)
    {
        var words = sentence.Words;
        if (number.First < 3 || number.Last >= cue)
            return false;
        var joined = words[number.First - 1].Text is "and" or "et" || words[number.First].Text.StartsWith('و') && ArabicScript.Starts(words[number.First].Text);
        if (!joined || !Enumerable.Range(number.Last + 1, cue - number.Last).Any(sentence.CommaBefore))
            return false;
        for (var k = number.First - 1; k > 0 && number.First - k <= MaxPartAside; k--)
            if (sentence.CommaBefore(k))
                return AsideOpeners.Contains(words[k].Text) && numbers.Any(n => n.Last < k && k - n.Last <= 4);
        return false;
    }

    /// <summary>
    /// Between the figure's count and its toll word: the figure's noun (at most two words), the aside of its parts with a joint
    /// "and/et/و" in it, closed by a comma, and at most three words of the verb's auxiliaries (the whole reaches its verb past its parts).
    /// </summary>
    private static bool PartsAsideBetween(ClaimSentence sentence, int numberLast, int cue)
    {
        var words = sentence.Words;
        var open = Enumerable.Range(numberLast + 1, Math.Max(0, Math.Min(3, cue - numberLast - 1))).FirstOrDefault(sentence.CommaBefore, -1);
        if (open < 0 || !AsideOpeners.Contains(words[open].Text))
            return false;
        var close = Enumerable.Range(open + 1, Math.Max(0, Math.Min(MaxPartAside, cue - open))).FirstOrDefault(sentence.CommaBefore, -1);
        return close > open && cue - close <= 3
            && Enumerable.Range(open + 1, close - open - 1).Any(k => words[k].Text is "and" or "et" || words[k].Text.StartsWith('و') && ArabicScript.Starts(words[k].Text));
    }
}
