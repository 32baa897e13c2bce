namespace Sahel.Diff.Claims;

/// <summary>
/// Round 40: a list of N names published or drawn up by victims' relatives, a community association or a rights group ("une liste de
/// 58 noms", "a list of 130 names", "قائمة تضم ٥٨ اسما", "قائمة بأسماء ٣١") is how the press of the killings gives that speaker's count
/// of the dead when no toll word follows the names: a `killed` toll. A list whose sentence says what befell them ("une liste
/// de 57 personnes disparues", "a list of 23 people abducted") is read by its toll word as before; a list of passengers, of demands or
/// of candidates names no victims and is not read ("la liste des 52 passagers": no "noms").
/// </summary>
internal static partial class TollFinder
{
    /// <summary>The list: "liste", "list", "قائمة" (normalised, with its prefixes).</summary>
    internal static bool IsListWord(string word) => ListWords.Contains(word);

    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal) { "liste", "list", "قائمه", "وقائمه", "بقائمه" };

    /// <summary>The names: "noms", "names", "اسما", "اسم", "اسماء", "باسماء".</summary>
    private static readonly HashSet<string> NameWords = new(StringComparer.Ordinal) { "noms", "names", "اسما", "اسم", "اسماء", "باسماء" };

    private static void ListedNames(ClaimSentence sentence, List<(TollKind Kind, int First, int Last, bool Neutralised)> cues, List<NumberPhrases.Found> numbers,
        HashSet<int> usedNumbers, List<Found> found)
    {
        var words = sentence.Words;
        for (var n = 0; n < numbers.Count; n++)
        {
            var (range, first, last, _) = numbers[n];
            if (usedNumbers.Contains(n) || found.Any(f => f.First <= last && first <= f.Last) || !ListOfNames(words, first, last)
                // a toll word right after the names says what the listed people suffered ("noms de disparus"): the other passes read it
                || cues.Any(q => q.First > last && q.First <= last + 4))
                continue;
            usedNumbers.Add(n);
            // the count's text quotes the list ("liste de 58 noms"): ClaimExtractor.ListedNames knows it by that
            var list = Enumerable.Range(Math.Max(0, first - 3), first - Math.Max(0, first - 3)).First(k => ListWords.Contains(words[k].Text));
            found.Add(new Found(TollKind.Killed, Victims(words, last + 1, Math.Min(words.Count - 1, last + 4)),
                range with { Text = sentence.Quote(list, Math.Min(words.Count - 1, last + 1)) }, first, last));
        }
    }

    /// <summary>"liste de 58 noms", "list of 130 names", "قائمة تضم ٥٨ اسما", "قائمة بأسماء ٣١": the list word within three words before the
    /// count, the names right after it (or "بأسماء" between the list and the count).</summary>
    private static bool ListOfNames(IReadOnlyList<ClaimWord> words, int first, int last)
    {
        var listed = false;
        for (var k = Math.Max(0, first - 3); k < first && !listed; k++)
            listed = ListWords.Contains(words[k].Text);
        if (!listed)
            return false;
        return last + 1 < words.Count && NameWords.Contains(words[last + 1].Text)
            || first > 0 && words[first - 1].Text is "باسماء" or "اسماء";
    }
}
