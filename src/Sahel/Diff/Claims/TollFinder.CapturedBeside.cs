namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 42: people taken alive in the fight whose dead or wounded the sentence has just counted, the noun left out
/// because it is the figure's own: "killed 20 soldiers and captured four in the attack", "tué douze soldats et capturé trois lors de
/// l'assaut", "killed nearly 30 soldiers and captured one", "killed 107 soldiers and captured a further 7, including an officer".
/// Round 25's <see cref="CapturedFighters"/> reads this ellipsis for attackers only; for soldiers or civilians the general pairing
/// read the bare count only when it closed its clause ("and captured seven."), so an adjunct after it, "one" or "a further" lost
/// the figure. Soldiers or civilians captured are `kidnapped` with the victims of the figure they are joined to.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>
    /// Verbs of taking people alive in a fight (not the arrest verbs: an arrest is read only beside a figure of attackers), with two
    /// Arabic forms joined to "and". Built on first use: the shared forms sit in another file of this partial class.
    /// </summary>
    private static HashSet<string> CaptureVerbs => _captureVerbs ??= new(CaptureVerbForms.Concat(["واسرت", "واسروا"]), StringComparer.Ordinal);

    private static HashSet<string>? _captureVerbs;

    /// <summary>Words between a capture verb and its count that add to the figure before: "a further 7", "another 3", "an additional 5".</summary>
    private static readonly HashSet<string> FurtherWords = new(StringComparer.Ordinal) { "a", "an", "further", "additional", "another" };

    /// <summary>
    /// After <see cref="CapturedFighters"/>: a capture verb joined by "and/et/و" to a killed or wounded figure of soldiers, civilians or
    /// people read just before it (its count, its noun and at most a capitalised adjective between), followed by a bare count (closing
    /// its clause, opening an adjunct, or "others"), "one/un/une" so placed, or "a further N".
    /// Not a count naming its own people ("captured four vehicles": the general pairing's), not a verb far from the figure.
    /// </summary>
    private static void CapturedBesideOthers(ClaimSentence sentence, List<NumberPhrases.Found> numbers, HashSet<int> usedNumbers, List<Found> found)
    {
        var words = sentence.Words;
        for (var v = 1; v + 1 < words.Count; v++)
        {
            if (!words[v].Readings.Any(CaptureVerbs.Contains) || found.Any(f => f.First <= v && v <= f.Last))
                continue;
            if (JoinedFigure(sentence, found, v) is not { } figure)
                continue;
            var start = v + 1;
            while (start < words.Count && start - v <= 2 && FurtherWords.Contains(words[start].Text) && numbers.All(x => x.First != start))
                start++;
            var n = numbers.FindIndex(x => x.First == start);
            NumberRange? range = null;
            var last = start;
            if (n >= 0 && !usedNumbers.Contains(n) && BareCapturedCount(sentence, numbers[n].Last))
            {
                range = numbers[n].Range;
                last = numbers[n].Last;
            }
            else if (n < 0 && start == v + 1 && OneCaptured.Contains(words[start].Text)
                && (ClosesClause(sentence, start) || start + 1 < words.Count && GappedPrepositions.Contains(words[start + 1].Text)))
                range = new NumberRange { Min = 1, Max = 1, Qualifier = "exact", Text = sentence.Quote(start, start) };
            if (range is null)
                continue;
            if (n >= 0)
                usedNumbers.Add(n);
            found.Add(new Found(TollKind.Kidnapped, figure.Victims, range, v, last));
        }
    }

    /// <summary>
    /// The killed or wounded figure of known, non-attacker victims the capture at <paramref name="at"/> is joined to: it ends at most
    /// five words before, and only its victims' words, a capitalised adjective, closing quote marks and joining words ("and", "et",
    /// "avoir", "a", "و") stand between, an "and/et/و" among them; null if none.
    /// </summary>
    private static Found? JoinedFigure(ClaimSentence sentence, List<Found> found, int at)
    {
        var words = sentence.Words;
        if (found.Where(f => f.Last < at && at - f.Last <= 5).MaxBy(f => f.Last) is not { } figure
            || figure.Victims is null or "attackers" || figure.Kind is not (TollKind.Killed or TollKind.Wounded))
            return null;
        var joined = words[at].Text.StartsWith('و') && ArabicScript.Starts(words[at].Text);
        for (var k = figure.Last + 1; k < at; k++)
        {
            if (words[k].Text is "and" or "et" or "و")
                joined = true;
            else if (!CaptureJoints.Contains(words[k].Text) && !PhraseMatch.Is(words[k], ClaimVocabulary.VictimWords) && !words[k].Capital)
                return null;
        }
        // no other clause between: a comma or a semicolon after the figure starts another one ("killed 20 soldiers; the army captured four")
        return joined && sentence.Between(figure.Last, at).IndexOfAny(";:،؛") < 0 ? figure : null;
    }
}
